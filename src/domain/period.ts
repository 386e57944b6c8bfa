// The periods a teacher taught ("Ghi nhận tiết dạy"), pure: what a valid log is, and which list rows were
// present for a module. A student present in a logged period has "learned it in class" (đã học trên lớp).
// Problems are kinds; the page words them.
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import type { Roster, TaughtPeriod } from './records'
import { vnDate } from './time'
import { normalizeName } from './text'

/** Periods of a school day (tiết): a day has at most 10 (morning and afternoon sessions). */
export const PERIOD_NUMBER_MAX = 10
/** Periods one log may hold (a double or triple period of one lesson). */
export const PERIODS_PER_LOG_MAX = 5

export type PeriodProblem =
  | 'noRoster'
  | 'noStudent'
  | 'badStudent'
  | 'badDate'
  | 'futureDate'
  | 'noPeriod'
  | 'badPeriod'
  | 'noModule'
  | 'unknownModule'
  | 'noTeacher'

/** What the form sends: the page's fields as they are. */
export interface PeriodDraft {
  /** 'YYYY-MM-DD' */
  date: string
  periods: readonly number[]
  moduleIds: readonly string[]
  /** Roster row numbers ticked present. */
  present: readonly number[]
  teacherName: string
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar day 'YYYY-MM-DD' (not 2026-02-30), from 2025 on (before the app existed nothing was taught). */
export function isCalendarDate(date: string): boolean {
  const m = DATE.exec(date)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return Number(m[1]) >= 2025 && d.toISOString().slice(0, 10) === date
}

const isModuleId = (id: string): id is ModuleId => (MODULE_IDS as readonly string[]).includes(id)

/**
 * The one check of a period log, in the order the form shows its fields: a class list is needed (presence is
 * ticked on it), then the date (a real day, not after today in Vietnam time), the periods, the module(s)
 * (each one of the app's), at least one student present (each a row of the list), and who taught.
 */
export function checkPeriod(
  draft: PeriodDraft,
  roster: Roster | undefined,
  now = Date.now(),
): PeriodProblem | undefined {
  if (!roster?.entries.length) return 'noRoster'
  if (!isCalendarDate(draft.date)) return 'badDate'
  if (draft.date > vnDate(now)) return 'futureDate'
  if (!draft.periods.length) return 'noPeriod'
  if (
    draft.periods.length > PERIODS_PER_LOG_MAX ||
    new Set(draft.periods).size !== draft.periods.length ||
    draft.periods.some((p) => !Number.isInteger(p) || p < 1 || p > PERIOD_NUMBER_MAX)
  )
    return 'badPeriod'
  if (!draft.moduleIds.length) return 'noModule'
  if (draft.moduleIds.some((id) => !isModuleId(id)) || new Set(draft.moduleIds).size !== draft.moduleIds.length)
    return 'unknownModule'
  if (!draft.present.length) return 'noStudent'
  const rows = new Set(roster.entries.map((e) => e.number))
  if (new Set(draft.present).size !== draft.present.length || draft.present.some((n) => !rows.has(n)))
    return 'badStudent'
  if (!normalizeName(draft.teacherName)) return 'noTeacher'
  return undefined
}

/** The stored record of a checked draft (sorted, the teacher's name in its canonical form). */
export function periodRecord(
  draft: PeriodDraft,
  base: { id: string; classId: string; rosterSize: number; createdAt: number },
  now = Date.now(),
): TaughtPeriod {
  return {
    id: base.id,
    classId: base.classId,
    date: draft.date,
    periods: [...draft.periods].sort((a, b) => a - b),
    moduleIds: MODULE_IDS.filter((id) => draft.moduleIds.includes(id)),
    present: [...draft.present].sort((a, b) => a - b),
    rosterSize: base.rosterSize,
    teacherName: normalizeName(draft.teacherName),
    createdAt: base.createdAt,
    updatedAt: now,
  }
}

/** Newest first: by date, then by the first period of the day, then by when it was logged. */
export function sortPeriods(list: readonly TaughtPeriod[]): TaughtPeriod[] {
  return [...list].sort(
    (a, b) => b.date.localeCompare(a.date) || (b.periods[0] ?? 0) - (a.periods[0] ?? 0) || b.createdAt - a.createdAt,
  )
}

/** 'Tiết 3' or 'Tiết 3, 4' style list of numbers (the words come from the caller). */
export function periodNumbers(p: Pick<TaughtPeriod, 'periods'>): string {
  return p.periods.join(', ')
}

export interface ModuleClassFigures {
  /** List rows present in at least one logged period of the module up to the end of the month. */
  presentRows: Set<number>
  /** Periods (tiết) of the module taught in the month. */
  periodsInMonth: number
  /** Periods of the module taught up to the end of the month. */
  periodsTotal: number
}

/**
 * Per module, over a class's logs: who was present (list rows, up to the end of `month`) and how many tiết
 * were taught (in the month, and in all up to its end). A log dated after the month does not count in it.
 * Rows no longer on the list (the list was replaced) are dropped: a student is counted on today's list.
 */
export function classFigures(
  periods: readonly TaughtPeriod[],
  roster: Roster | undefined,
  month: string,
): Record<ModuleId, ModuleClassFigures> {
  const rows = new Set((roster?.entries ?? []).map((e) => e.number))
  const out = {} as Record<ModuleId, ModuleClassFigures>
  for (const id of MODULE_IDS) out[id] = { presentRows: new Set(), periodsInMonth: 0, periodsTotal: 0 }
  for (const p of periods) {
    const when = p.date.slice(0, 7)
    if (when > month) continue
    for (const id of p.moduleIds) {
      const f = out[id]
      if (!f) continue
      f.periodsTotal += p.periods.length
      if (when === month) f.periodsInMonth += p.periods.length
      for (const n of p.present) if (rows.has(n)) f.presentRows.add(n)
    }
  }
  return out
}
