// The team's list of practical outcomes: seven defaults from the plan, then whatever the team adds,
// renames or hides. Pure functions; labels of the defaults come from the message file.
import type { OutreachOutcome } from '@/domain/records'

export const DEFAULT_OUTCOME_IDS = [
  'cai-vneid',
  'kich-hoat-muc-2',
  'dang-nhap-dvc',
  'nop-ho-so',
  'sinh-trac-hoc-ngan-hang',
  'bao-cao-lua-dao',
  'kiem-tra-website',
] as const
export type DefaultOutcomeId = (typeof DEFAULT_OUTCOME_IDS)[number]

export const MAX_LABEL = 80

/** The defaults, dated 0 so that any edit (on this phone or in a restored backup) wins over them. */
export function defaultOutcomes(label: (id: DefaultOutcomeId) => string): OutreachOutcome[] {
  return DEFAULT_OUTCOME_IDS.map((id, order) => ({
    id,
    label: label(id),
    hidden: false,
    order,
    updatedAt: 0,
  }))
}

export function sortOutcomes(list: readonly OutreachOutcome[]): OutreachOutcome[] {
  return [...list].sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, 'vi'))
}

export type LabelProblem = 'empty' | 'tooLong' | 'duplicate'

/** Checks a new or changed label against the others (case and spacing do not make a new name). */
export function labelProblem(
  label: string,
  list: readonly OutreachOutcome[],
  exceptId?: string,
): LabelProblem | undefined {
  const clean = label.trim().replace(/\s+/g, ' ')
  if (!clean) return 'empty'
  if (clean.length > MAX_LABEL) return 'tooLong'
  const key = clean.toLocaleLowerCase('vi')
  if (list.some((o) => o.id !== exceptId && o.label.trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi') === key))
    return 'duplicate'
  return undefined
}

export function makeOutcome(label: string, list: readonly OutreachOutcome[], id: string, now: number): OutreachOutcome {
  const order = list.reduce((max, o) => Math.max(max, o.order), -1) + 1
  return { id, label: label.trim().replace(/\s+/g, ' '), hidden: false, order, updatedAt: now }
}

/** Label for an outcome id that may be missing from the list (e.g. only in an old session). */
export function outcomeLabel(list: readonly OutreachOutcome[], id: string): string {
  return list.find((o) => o.id === id)?.label ?? id
}
