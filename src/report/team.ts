// A team leader's month, pure: one row per member from the outreach summaries they sent (the newest per
// member), and the team's total — the figures the leader sends on to the reporting unit. Outcomes are added
// up by label, since every member's phone names its own list.
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import type { OutreachFigures, OutreachKind, OutreachSummary } from '@/domain/records'
import type { Table } from './table'
import { monthChoices } from '@/domain/time'

export interface TeamMonth {
  month: string
  members: OutreachSummary[]
  total: OutreachFigures
}

const KINDS: readonly OutreachKind[] = ['household', 'community', 'parents']
const byName = new Intl.Collator('vi', { numeric: true })

export function addFigures(list: readonly OutreachFigures[]): OutreachFigures {
  const total: OutreachFigures = {
    sessions: 0,
    people: 0,
    byKind: { household: 0, community: 0, parents: 0 },
    modules: {},
    outcomes: [],
  }
  for (const f of list) {
    total.sessions += f.sessions
    total.people += f.people
    for (const k of KINDS) total.byKind[k] += f.byKind[k]
    for (const id of MODULE_IDS) if (f.modules[id]) total.modules[id] = (total.modules[id] ?? 0) + f.modules[id]!
    for (const o of f.outcomes) {
      const known = total.outcomes.find((x) => x.label === o.label)
      if (known) known.count += o.count
      else total.outcomes.push({ ...o })
    }
  }
  return total
}

export function teamMonth(summaries: readonly OutreachSummary[], month: string): TeamMonth {
  const latest = new Map<string, OutreachSummary>()
  for (const s of summaries) {
    if (s.month !== month || s.from !== 'member') continue
    const l = latest.get(s.fromId)
    if (!l || s.seq > l.seq) latest.set(s.fromId, s)
  }
  const members = [...latest.values()].sort((a, b) => byName.compare(a.fromName, b.fromName))
  return { month, members, total: addFigures(members.map((m) => m.figures)) }
}

export function teamMonths(summaries: readonly OutreachSummary[], current: string): string[] {
  return monthChoices(
    current,
    summaries.map((s) => s.month),
  )
}

export interface TeamTableWords {
  member: string
  sessions: string
  people: string
  total: string
}

/** One row per member (sessions, people, each outcome), then the team's total row. */
export function teamTable(m: TeamMonth, w: TeamTableWords): Table {
  const labels = m.total.outcomes.map((o) => o.label)
  const count = (f: OutreachFigures, label: string) => f.outcomes.find((o) => o.label === label)?.count ?? 0
  return [
    [w.member, w.sessions, w.people, ...labels],
    ...m.members.map((s) => [
      s.fromName,
      s.figures.sessions,
      s.figures.people,
      ...labels.map((l) => count(s.figures, l)),
    ]),
    [w.total, m.total.sessions, m.total.people, ...labels.map((l) => count(m.total, l))],
  ]
}

export type { ModuleId }
