// Class figures, pure: one status per student and module, the dashboard counts, and the monthly report
// the department asks for (completed in the month and cumulative, of how many, average best score).
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import { statusOf, type LearnStatus } from '@/domain/status'
import { own } from '@/domain/keys'
import { mergeModules } from '@/domain/merge'
import { matchRoster } from '@/domain/roster'
import type { Roster } from '@/domain/records'
import { monthChoices, openingMonth, vnMonth } from '@/domain/time'
import { fmt } from '@/domain/format'
import type { ModuleFigures, StudentRecord } from '@/exchange/codec'

function studentModule(s: StudentRecord, moduleId: ModuleId) {
  return own(s.modules, moduleId)
}

export function studentStatus(s: StudentRecord, moduleId: ModuleId): LearnStatus {
  return statusOf(studentModule(s, moduleId))
}

/** "12/32 (38%)": exact counts beside the percentage, figures the Vietnamese way (1.200/1.500 (80%)). */
export function countText(n: number, of: number): string {
  return `${fmt(n)}/${fmt(of)} (${fmt(of ? Math.round((n / of) * 100) : 0)}%)`
}

export interface ModuleCounts {
  completed: number
  started: number
  notStarted: number
}

/** Dashboard counts per module over the given students. */
export function moduleCounts(students: readonly StudentRecord[]): Record<ModuleId, ModuleCounts> {
  const out = {} as Record<ModuleId, ModuleCounts>
  for (const id of MODULE_IDS) {
    const c = { completed: 0, started: 0, notStarted: 0 }
    for (const s of students) c[studentStatus(s, id)]++
    out[id] = c
  }
  return out
}

/** Students with no progress in any module. */
export function notStarted(students: readonly StudentRecord[]): StudentRecord[] {
  return students.filter((s) => MODULE_IDS.every((id) => studentStatus(s, id) === 'notStarted'))
}

/**
 * How many of these students sent their result to the teacher: a record made from a receipt (a record the
 * teacher reset waits for the next one). The class paper's "đã gửi kết quả" and the summary's `sent` (v3).
 */
export function sentCount(students: readonly StudentRecord[]): number {
  return students.filter((s) => s.lastSeq > 0).length
}

/** Students who completed at least one module in the month, or sent a receipt in it. */
export function activeInMonth(s: StudentRecord, month: string): boolean {
  return (
    vnMonth(s.lastReceiptAt) === month ||
    MODULE_IDS.some((id) => {
      const at = studentModule(s, id)?.completedAt
      return at !== undefined && vnMonth(at) === month
    })
  )
}

/**
 * The students the report counts: one per list row that has receipts (two rows of one student before
 * the teacher merges them still count once, their modules merged by THE merge rule), then the students
 * who match no row. With no list, every student row as it is.
 */
export function reportStudents(roster: Roster | undefined, students: readonly StudentRecord[]): StudentRecord[] {
  if (!roster?.entries.length) return [...students]
  const { byRow, unmatched } = matchRoster(roster, students)
  const rows = [...byRow.values()].map((list) =>
    list.slice(1).reduce((a, b) => ({ ...a, modules: mergeModules(a.modules, b.modules) }), list[0]!),
  )
  return [...rows, ...unmatched]
}

/**
 * The monthly report per module: completions dated in `month` (Vietnam time), completions up to the end
 * of `month`, out of the class size (sĩ số: the list's length or the typed number; never fewer than the
 * students counted, so a figure can never pass 100%), and the mean best quiz score (one decimal) of the students who
 * completed the module by the end of `month` (the same students as the cumulative count), each best score as
 * of their latest receipt (a receipt carries the best score, not its history). A student who took the quiz but
 * has not completed the module does not count in it, so a module nobody completed has no average (null, "—"),
 * never the 100 of one student who passed the quiz and left a lesson undone.
 * A completion dated after the month does not count in it.
 */
export function monthlyFigures(
  students: readonly StudentRecord[],
  month: string,
  size = students.length,
): Record<ModuleId, ModuleFigures> {
  const outOf = Math.max(size, students.length)
  const out = {} as Record<ModuleId, ModuleFigures>
  for (const id of MODULE_IDS) {
    let completedInMonth = 0
    let completedTotal = 0
    const scores: number[] = []
    for (const s of students) {
      const m = studentModule(s, id)
      if (!m) continue
      if (m.completedAt === undefined) continue
      const when = vnMonth(m.completedAt)
      if (when > month) continue
      if (when === month) completedInMonth++
      completedTotal++
      // Completion needs a passed quiz, so a completer has a score; a record with none adds no figure.
      if (m.attempts > 0) scores.push(m.bestScore)
    }
    const averageBestScore = scores.length
      ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10
      : null
    out[id] = { completedInMonth, completedTotal, outOf, averageBestScore }
  }
  return out
}

/** The month the class report opens on: the one rule of every report (domain/time openingMonth). */
export function defaultReportMonth(now = Date.now(), students: readonly StudentRecord[] = []): string {
  return openingMonth(activityMonths(students), now)
}

/** A completion keeps only its day (noon Vietnam time), so a day's grace before a date counts as future. */
const FUTURE_GRACE_MS = 86_400_000

/**
 * A record dated after now: its receipt or one of its completions. Either the student's phone clock is
 * set ahead or the data did not come from the app; the dashboard flags it for the teacher to check.
 */
export function isFutureDated(s: StudentRecord, now = Date.now()): boolean {
  const limit = now + FUTURE_GRACE_MS
  return (
    s.lastReceiptAt > limit ||
    MODULE_IDS.some((id) => {
      const at = studentModule(s, id)?.completedAt
      return at !== undefined && at > limit
    })
  )
}

/** Students who completed every module by the end of `month`, and those whose last one fell in it. */
export function allModules(students: readonly StudentRecord[], month: string): { total: number; inMonth: number } {
  let total = 0
  let inMonth = 0
  for (const s of students) {
    const dates = MODULE_IDS.map((id) => studentModule(s, id)?.completedAt)
    if (dates.some((d) => d === undefined || vnMonth(d) > month)) continue
    total++
    if (vnMonth(Math.max(...(dates as number[]))) === month) inMonth++
  }
  return { total, inMonth }
}

/** Percent with one decimal (6.7 for 2 of 30); 0 of nobody is 0. */
export function percent(n: number, of: number): number {
  return of > 0 ? Math.round((n / of) * 1000) / 10 : 0
}

/** Months in which a student sent a receipt or completed a module. */
export function activityMonths(students: readonly StudentRecord[]): Set<string> {
  const months = new Set<string>()
  for (const s of students) {
    months.add(vnMonth(s.lastReceiptAt))
    for (const id of MODULE_IDS) {
      const at = studentModule(s, id)?.completedAt
      if (at !== undefined) months.add(vnMonth(at))
    }
  }
  return months
}

/** Months that have any activity, newest first, plus the current month. */
export function reportMonths(students: readonly StudentRecord[], now = Date.now()): string[] {
  return monthChoices(vnMonth(now), activityMonths(students))
}
