// Month totals of outreach sessions. `outreachMonthTotals` is the function the school's monthly report
// (classroom feature) calls for the community-team figures; keep its result shape stable.
import type { OutreachFigures, OutreachKind, OutreachSession } from '@/domain/records'
import { MODULE_IDS } from '@/content/constants'
import { OUTREACH_KINDS } from '@/domain/outreach/tally'
import { dict, own } from '@/domain/keys'

export interface OutreachMonthTotals {
  /** 'YYYY-MM' */
  month: string
  sessions: number
  /** Sessions still open (not ended) among them. */
  open: number
  /** People reached, summed over the month's sessions. */
  people: number
  /** Sessions per kind (household visits, community-hall meetings, parents' meetings). */
  byKind: Record<OutreachKind, number>
  /** Outcome id → times helped (every id seen, hidden outcomes included). */
  outcomes: Record<string, number>
  /** Module id → sessions that covered it. */
  modules: Record<string, number>
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

export function isMonth(value: string): boolean {
  return MONTH.test(value)
}

export function monthOf(date: string): string {
  return date.slice(0, 7)
}

/** Totals for one calendar month; sessions are counted in the month of their date. */
export function outreachMonthTotals(sessions: readonly OutreachSession[], month: string): OutreachMonthTotals {
  if (!isMonth(month)) throw new RangeError(`month must be 'YYYY-MM', got '${month}'`)
  const byKind = Object.fromEntries(OUTREACH_KINDS.map((k) => [k, 0])) as Record<OutreachKind, number>
  // Outcome and module ids are keys from stored data (a restored file): null-prototype maps and own reads,
  // so an id such as `toString` is a count like any other, never an inherited function.
  const totals: OutreachMonthTotals = {
    month,
    sessions: 0,
    open: 0,
    people: 0,
    byKind,
    outcomes: dict(),
    modules: dict(),
  }
  for (const s of sessions) {
    if (monthOf(s.date) !== month) continue
    totals.sessions++
    if (s.endedAt === undefined) totals.open++
    totals.people += s.people
    byKind[s.kind] = (byKind[s.kind] ?? 0) + 1
    for (const [id, n] of Object.entries(s.counts)) totals.outcomes[id] = (own(totals.outcomes, id) ?? 0) + n
    for (const m of new Set(s.moduleIds)) totals.modules[m] = (own(totals.modules, m) ?? 0) + 1
  }
  return totals
}

/** Months that have sessions, plus `current`, newest first. */
export function monthsWithSessions(sessions: readonly OutreachSession[], current: string): string[] {
  const set = new Set(sessions.map((s) => monthOf(s.date)).filter(isMonth))
  set.add(current)
  return [...set].sort().reverse()
}

export { showMonth } from '@/domain/format'

/** Sessions of a month, newest first (open ones before ended ones on the same day). */
export function sessionsOfMonth(sessions: readonly OutreachSession[], month: string): OutreachSession[] {
  return sessions
    .filter((s) => monthOf(s.date) === month)
    .sort((a, b) => b.date.localeCompare(a.date) || b.startedAt - a.startedAt)
}

/**
 * A month's totals as the figures of an outreach summary: outcomes by their label on this phone (the leader
 * adds equal labels of all members), modules known to this app only, zeros left out.
 */
export function outreachFigures(t: OutreachMonthTotals, labelOf: (outcomeId: string) => string): OutreachFigures {
  const modules: OutreachFigures['modules'] = {}
  for (const id of MODULE_IDS) if (t.modules[id]) modules[id] = t.modules[id]
  const outcomes = Object.entries(t.outcomes)
    .filter(([, n]) => n > 0)
    .map(([id, count]) => ({ label: labelOf(id), count }))
  return { sessions: t.sessions, people: t.people, byKind: { ...t.byKind }, modules, outcomes }
}
