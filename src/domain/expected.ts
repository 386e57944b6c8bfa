// Who is expected to report, one level above the class: the schools a unit covers (pasted or typed, one
// per line, or only how many there are) and the members a team has. The report's "x/y đã báo cáo" needs
// this denominator; without it a unit would say "đủ" with one school of many. Pure: the page turns a
// problem kind into words.
import { foldName, LONG_NAME_MAX, normalizeText } from './text'

/** A province has about a thousand schools; ten times that is a pasted mistake, not a list. */
export const EXPECTED_MAX = 3000

/** What a unit or team knows of who should report: names (the count is their number) or a count alone. */
export interface Expected {
  names?: string[]
  count?: number
}

export type ExpectedProblem = 'empty' | 'tooMany' | 'badNumber'

export type ExpectedResult =
  { ok: true; expected: Expected; duplicates: number } | { ok: false; problem: ExpectedProblem }

/**
 * A pasted or typed list: one name a line (numbering like "1." or "1)" and tabs after a name dropped),
 * blanks skipped, names repeated (case and diacritics aside) kept once and counted; or one whole number
 * alone, the count. Empty, more than EXPECTED_MAX names, or a number out of range is refused.
 */
export function parseExpected(text: string): ExpectedResult {
  const raw = text.split(/\r\n|\r|\n/)
  if (raw.length > EXPECTED_MAX * 2) return { ok: false, problem: 'tooMany' }
  const lines = raw.map((l) => normalizeText(l.split('\t')[0] ?? '', LONG_NAME_MAX)).filter(Boolean)
  if (!lines.length) return { ok: false, problem: 'empty' }
  if (lines.length === 1 && /^\d+$/.test(lines[0]!)) {
    const count = Number(lines[0])
    if (count < 1 || count > EXPECTED_MAX) return { ok: false, problem: 'badNumber' }
    return { ok: true, expected: { count }, duplicates: 0 }
  }
  const seen = new Set<string>()
  const names: string[] = []
  for (const line of lines) {
    const name = line.replace(/^\d{1,4}\s*[.)\-–:]\s*/, '')
    const key = foldName(name)
    if (!key || seen.has(key)) continue
    seen.add(key)
    names.push(name)
  }
  if (!names.length) return { ok: false, problem: 'empty' }
  if (names.length > EXPECTED_MAX) return { ok: false, problem: 'tooMany' }
  return { ok: true, expected: { names }, duplicates: lines.length - names.length }
}

/** How many are expected, or undefined while nobody has said. */
export function expectedCount(e: Expected | undefined): number | undefined {
  if (e?.names?.length) return e.names.length
  return e?.count && e.count > 0 ? e.count : undefined
}

export interface Coverage {
  /** Who reported this month (distinct senders). */
  reported: number
  /** The denominator, or undefined while it is unknown ("chưa nhập số trường"). */
  expected: number | undefined
  /** Names on the list with no report this month. */
  notReported: string[]
  /** Senders who reported but are not on the list ("ngoài danh sách"), by their own name. */
  outside: Array<{ id: string; name: string }>
  /** Every sender who reported, listed or not (each row received, with its "Đặt lại"). */
  received: Array<{ id: string; name: string }>
}

/**
 * The month's coverage: `senders` are those who reported (id and name as their summary says). A sender
 * matches a listed name when the two fold alike. With a count and no names, only the numbers are known;
 * a sender outside the list still counts as reported, so "x/y" can pass y — it is shown, never dropped.
 */
export function coverage(e: Expected | undefined, senders: ReadonlyArray<{ id: string; name: string }>): Coverage {
  const expected = expectedCount(e)
  const names = e?.names ?? []
  const listed = new Map(names.map((n) => [foldName(n), n]))
  const matched = new Set<string>()
  const outside: Coverage['outside'] = []
  for (const s of senders) {
    const key = foldName(s.name)
    if (listed.has(key)) matched.add(key)
    else if (names.length) outside.push({ id: s.id, name: s.name })
  }
  return {
    reported: senders.length,
    expected,
    notReported: names.filter((n) => !matched.has(foldName(n))),
    outside,
    received: senders.map((s) => ({ id: s.id, name: s.name })),
  }
}
