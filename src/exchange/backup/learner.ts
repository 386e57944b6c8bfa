// A learner's own file ("Tải tiến độ về máy"): her lessons, practices, quiz attempts, module results and the
// classes she joined (class key, her id in the class, her receipt sequence), so that after a lost phone or
// cleared site data she restores it and her next receipt updates her existing row at the teacher.
// Version 1 (before memberships) still restores. Pure: src/db/backupRepo.ts merges it by the one rule.
import type { BackupData } from '@/domain/records'
import { showableTime } from '@/domain/time'
import { readJsonObject, type Obj } from '@/exchange/checks'
import { BACKUP_APP, BACKUP_KIND, MAX_BACKUP_BYTES, parseBackup, parsePartial, type ParsedBackup } from './teacher'

export const LEARNER_KIND = 'learner-progress'
/** 2 adds the class memberships, and names each list as its store. */
export const LEARNER_VERSION = 2
export const LEARNER_LISTS = [
  'lessonProgress',
  'practiceResults',
  'moduleStatus',
  'quizAttempts',
  'memberships',
] as const
/** Version 1's names of the same lists. */
const V1_NAMES: Record<string, (typeof LEARNER_LISTS)[number]> = {
  lessons: 'lessonProgress',
  practices: 'practiceResults',
  statuses: 'moduleStatus',
  attempts: 'quizAttempts',
}

export function makeLearnerFile(data: BackupData, learner: string, now: number): Record<string, unknown> {
  const file: Record<string, unknown> = {
    app: BACKUP_APP,
    kind: LEARNER_KIND,
    version: LEARNER_VERSION,
    learner,
    exportedAt: new Date(now).toISOString(),
  }
  for (const k of LEARNER_LISTS) file[k] = data[k]
  return file
}

/** `tien-do-YYYY-MM-DD.json`, in the phone's own calendar day. */
export function learnerFileName(now: number): string {
  const d = new Date(showableTime(now))
  const p = (n: number) => String(n).padStart(2, '0')
  return `tien-do-${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}.json`
}

/**
 * Reads a learner's file (version 1 or 2) or a complete backup. Never throws; a refusal names the problem
 * as a backup's does. A learner file brings only her own lists; the rest of the result is empty.
 */
export function parseLearnerFile(text: string): ParsedBackup {
  const read = readJsonObject(text, MAX_BACKUP_BYTES)
  if (!read.ok) return read
  const o = read.o
  if (o.app === BACKUP_APP && o.kind === BACKUP_KIND) return parseBackup(text)
  if (o.app !== BACKUP_APP) return { ok: false, problem: 'foreign' }
  if (o.kind !== LEARNER_KIND) return { ok: false, problem: 'otherKind' }
  if (typeof o.version === 'number' && o.version > LEARNER_VERSION) return { ok: false, problem: 'newer' }
  if (o.version !== 1 && o.version !== 2) return { ok: false, problem: 'damaged' }
  const lists: Obj = {}
  if (o.version === 1) {
    for (const [old, now] of Object.entries(V1_NAMES)) lists[now] = o[old] ?? []
  } else for (const k of LEARNER_LISTS) lists[k] = o[k] ?? []
  const at = typeof o.exportedAt === 'string' ? Date.parse(o.exportedAt) : NaN
  return parsePartial(lists, LEARNER_LISTS, Number.isFinite(at) && at > 0 ? at : 0)
}
