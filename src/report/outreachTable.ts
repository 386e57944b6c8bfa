// The month's sessions as a table (one row per session, one column per outcome, a totals row), and that
// table as CSV for Excel: UTF-8 with a BOM (or Excel shows Vietnamese as mojibake), CRLF, RFC 4180 quoting.
import type { OutreachKind, OutreachOutcome, OutreachSession } from '@/domain/records'
import { sortOutcomes } from '@/domain/outreach/outcomes'
import { outreachMonthTotals, sessionsOfMonth, showMonth } from './outreach'
import { showDate } from '@/domain/format'
import type { Cell, Table } from './table'
import { own } from '@/domain/keys'

export { toCsv, csvField, BOM, type Cell, type Table } from './table'

export interface TableLabels {
  date: string
  commune: string
  hamlet: string
  kind: string
  modules: string
  people: string
  status: string
  open: string
  ended: string
  /** e.g. 'Cộng tháng 11/2026' */
  total: (month: string) => string
  kinds: Record<OutreachKind, string>
}

/** Columns: the visible outcomes, then hidden or unknown ones that have counts this month. */
export function outcomeColumns(
  outcomes: readonly OutreachOutcome[],
  counted: Record<string, number>,
): Array<{ id: string; label: string }> {
  const sorted = sortOutcomes(outcomes)
  const cols = sorted
    .filter((o) => !o.hidden || (own(counted, o.id) ?? 0) > 0)
    .map((o) => ({ id: o.id, label: o.label }))
  for (const id of Object.keys(counted).sort()) {
    if (!cols.some((c) => c.id === id) && (own(counted, id) ?? 0) > 0) cols.push({ id, label: id })
  }
  return cols
}

export function monthTable(
  sessions: readonly OutreachSession[],
  outcomes: readonly OutreachOutcome[],
  month: string,
  labels: TableLabels,
  moduleTitle: (id: string) => string,
): Table {
  const totals = outreachMonthTotals(sessions, month)
  const cols = outcomeColumns(outcomes, totals.outcomes)
  const header: Cell[] = [
    labels.date,
    labels.commune,
    labels.hamlet,
    labels.kind,
    labels.modules,
    labels.people,
    ...cols.map((c) => c.label),
    labels.status,
  ]
  const rows: Table = sessionsOfMonth(sessions, month)
    .reverse()
    .map((s) => [
      showDate(s.date),
      s.commune,
      s.hamlet,
      labels.kinds[s.kind],
      s.moduleIds.map(moduleTitle).join('; '),
      s.people,
      ...cols.map((c) => own(s.counts, c.id) ?? 0),
      s.endedAt === undefined ? labels.open : labels.ended,
    ])
  const total: Cell[] = [
    labels.total(showMonth(month)),
    '',
    '',
    '',
    '',
    totals.people,
    ...cols.map((c) => own(totals.outcomes, c.id) ?? 0),
    '',
  ]
  return [header, ...rows, total]
}

/** 'to-cns-2026-11' (the exporter adds the extension). */
export function exportBaseName(month: string): string {
  return `to-cns-${month}`
}

/** 'to-cns-2026-11.csv' */
export function exportFileName(month: string, ext: 'csv' | 'xlsx'): string {
  return `${exportBaseName(month)}.${ext}`
}
