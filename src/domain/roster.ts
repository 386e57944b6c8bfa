// The class list (roster), pure: a grid of cells from any source — text typed or pasted (one "number, name"
// a line, or columns copied from Excel), a CSV file, or an .xlsx sheet read by the page — the guess of which
// column holds the number and which the name, the list built from the teacher's choice, the true class size,
// and the matching of students' receipts to list rows. Problems are kinds; the page words them.
import type { Roster, RosterEntry, StudentRecord } from './records'
import { foldName, normalizeName } from './text'

/** A whole grade fits; a bigger sheet is not a class list. */
export const ROSTER_MAX = 2000
/** STT of a whole grade's list can pass 999 (a receipt's class number cannot: such rows are linked by hand). */
export const ROSTER_NUMBER_MAX = 9999

export type Grid = string[][]

/** Cell text of any sheet value (numbers as the sheet shows them, dates as dd/mm/yyyy). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date)
    return `${String(v.getDate()).padStart(2, '0')}/${String(v.getMonth() + 1).padStart(2, '0')}/${v.getFullYear()}`
  return String(v).trim()
}

/** One CSV or TSV line into cells (RFC 4180 quotes; the delimiter given). */
function splitDelimited(line: string, sep: string): string[] {
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"'
        i++
      } else if (c === '"') quoted = false
      else cur += c
    } else if (c === '"' && cur.trim() === '') {
      quoted = true
      cur = ''
    } else if (c === sep) {
      out.push(cur.trim())
      cur = ''
    } else cur += c
  }
  out.push(cur.trim())
  return out
}

const NUMBERED = /^\s*(\d{1,4})\s*[.,):;-]?\s+(.+)$/

/**
 * Text typed, pasted or read from a .csv/.txt file into a grid. Tabs (cells copied from Excel) win, then
 * semicolons or commas (CSV, and "7, Nguyễn An"); a line "7. Nguyễn An" or "7 Nguyễn An" is split after its
 * number; a line with only a name stays one cell.
 */
export function gridFromText(text: string): Grid {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
  const sep = lines.some((l) => l.includes('\t'))
    ? '\t'
    : lines.filter((l) => l.includes(';')).length > lines.length / 2
      ? ';'
      : ','
  return lines.map((l) => {
    if (sep === '\t' || l.includes(sep)) return splitDelimited(l, sep)
    const m = NUMBERED.exec(l)
    return m ? [m[1]!, m[2]!.trim()] : [l.trim()]
  })
}

export interface ColumnChoice {
  /** Column of the number (STT); -1: number the rows 1, 2, 3… in order. */
  number: number
  /** Column of the name ("Họ và tên", or "Họ đệm" when the given name has its own column). */
  name: number
  /** Column of the given name ("Tên") when the list splits the name in two; -1 if none. */
  given: number
  /** First data row (rows above are the sheet's titles and column headings). */
  firstRow: number
}

const isNumberCell = (c: string | undefined) => c !== undefined && /^\d{1,4}$/.test(c.trim()) && Number(c) >= 1
const hasLetters = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c) && !/\d{3,}/.test(c)

const foldHead = (c: string) => foldName(c).replace(/[.:]/g, '').replace(/\s+/g, ' ').trim()

const HEAD = {
  /** The family and middle names when the given name has its own column. */
  family: /^(ho dem|ho va ten dem|ho va dem|ho va chu dem|ho)$/,
  number: /^(stt|tt|so tt|so thu tu|so)$/,
  name: /^(ho va ten|ho ten|ho va ten hoc sinh|ho ten hoc sinh|ten hoc sinh|hoc sinh|ho dem|ho va ten dem|ho va dem)$/,
  given: /^ten$/,
}

export interface Guess extends ColumnChoice {
  /** Column labels for the picker: the heading row's text where there is one, else 'Cột 1'… (by index). */
  headings: string[]
  width: number
}

/** Which column is which, guessed from a heading row (STT, Họ và tên, Tên) or from the cells themselves. */
export function guessColumns(grid: Grid): Guess {
  const width = Math.max(0, ...grid.slice(0, 200).map((r) => r.length))
  let headRow = -1
  let splitRow = -1
  let choice: ColumnChoice = { number: -1, name: -1, given: -1, firstRow: 0 }
  for (let r = 0; r < Math.min(grid.length, 30) && headRow < 0; r++) {
    const folded = grid[r]!.map(foldHead)
    const name = folded.findIndex((c) => HEAD.name.test(c))
    if (name < 0) continue
    headRow = r
    const given = folded.findIndex((c, i) => i > name && HEAD.given.test(c))
    choice = {
      number: folded.findIndex((c) => HEAD.number.test(c)),
      name,
      given: given === name + 1 ? given : -1,
      firstRow: r + 1,
    }
    // A two-row heading: "Họ và tên" (merged over two columns) above "Họ đệm | Tên".
    const below = (grid[r + 1] ?? []).map(foldHead)
    const split = below.findIndex((c, i) => HEAD.family.test(c) && HEAD.given.test(below[i + 1] ?? ''))
    if (choice.given < 0 && split >= 0) {
      choice = { ...choice, name: split, given: split + 1, firstRow: r + 2 }
      splitRow = r + 1
    }
  }
  if (headRow < 0) {
    const sample = grid.slice(0, 200)
    const score = (col: number, p: (c: string | undefined) => boolean) => sample.filter((r) => p(r[col])).length
    const cols = [...Array(width).keys()]
    const byNumber = cols.map((c) => score(c, isNumberCell))
    const byName = cols.map((c) => score(c, hasLetters))
    const number = byNumber.indexOf(Math.max(0, ...byNumber))
    const numberCol = byNumber[number]! > sample.length / 2 ? number : -1
    const name = cols.filter((c) => c !== numberCol).sort((a, b) => byName[b]! - byName[a]! || a - b)[0] ?? 0
    const firstRow = Math.max(
      0,
      grid.findIndex((r) => hasLetters(r[name]) && (numberCol < 0 || isNumberCell(r[numberCol]))),
    )
    choice = { number: numberCol, name, given: -1, firstRow }
  }
  const headings = [...Array(width).keys()].map((i) => {
    const top = headRow >= 0 ? (grid[headRow]![i]?.trim() ?? '') : ''
    const low = splitRow >= 0 ? (grid[splitRow]![i]?.trim() ?? '') : ''
    return low && low !== top ? low : top
  })
  return { ...choice, headings, width }
}

export type RosterProblem = 'empty' | 'tooMany' | 'noNameColumn' | 'badNumber' | 'duplicateNumber'

export type RosterResult =
  { ok: true; entries: RosterEntry[]; skipped: number } | { ok: false; problem: RosterProblem; row?: number }

/**
 * The list from the teacher's column choice. Rows with no name are skipped (blank lines, a total line). The
 * list ends at the first row after the students that has no number and no student below it (a footer:
 * "Tổng số: 40 học sinh", "Người lập biểu"): it and the rows under it are counted as skipped. A row with a
 * name but no valid number among the students, or a number given twice, refuses the list with its row
 * (1-based in the grid, as the sheet shows it) so nothing half-read is saved.
 */
export function rosterFromGrid(grid: Grid, choice: ColumnChoice): RosterResult {
  if (choice.name < 0) return { ok: false, problem: 'noNameColumn' }
  const entries: RosterEntry[] = []
  const seen = new Set<number>()
  let skipped = 0
  for (let r = choice.firstRow; r < grid.length; r++) {
    const row = grid[r]!
    const parts = [row[choice.name] ?? '', choice.given >= 0 ? (row[choice.given] ?? '') : '']
    const name = normalizeName(parts.join(' '))
    if (!name || !/\p{L}/u.test(name)) {
      skipped++
      continue
    }
    const raw = choice.number >= 0 ? (row[choice.number] ?? '').trim() : String(entries.length + 1)
    const number = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN
    if (!(number >= 1 && number <= ROSTER_NUMBER_MAX)) {
      // No number after the students, and no student below: the footer. Stop there.
      if (entries.length && raw === '' && !hasStudentBelow(grid, r + 1, choice)) {
        skipped += grid.slice(r).filter((x) => x.some((c) => c.trim() !== '')).length
        break
      }
      return { ok: false, problem: 'badNumber', row: r + 1 }
    }
    if (seen.has(number)) return { ok: false, problem: 'duplicateNumber', row: r + 1 }
    seen.add(number)
    entries.push({ number, name })
    if (entries.length > ROSTER_MAX) return { ok: false, problem: 'tooMany' }
  }
  if (!entries.length) return { ok: false, problem: 'empty' }
  return { ok: true, entries: entries.sort((a, b) => a.number - b.number), skipped }
}

/** Whether a row at or after `from` looks like a student: a name and a valid number. */
function hasStudentBelow(grid: Grid, from: number, choice: ColumnChoice): boolean {
  for (let r = from; r < grid.length; r++) {
    const row = grid[r]!
    const raw = (row[choice.number] ?? '').trim()
    if (/^\d{1,5}$/.test(raw) && Number(raw) >= 1 && /\p{L}/u.test(row[choice.name] ?? '')) return true
  }
  return false
}

/** Sĩ số: the list's length, else the typed number, else (nothing entered yet) the students who sent results. */
export function classSize(
  roster: Roster | undefined,
  students: readonly StudentRecord[],
): { size: number; known: boolean } {
  if (roster?.entries.length) return { size: roster.entries.length, known: true }
  if (roster?.size) return { size: roster.size, known: true }
  return { size: students.length, known: false }
}

export interface RosterMatch {
  /** Row number → the students (receipt rows) that belong to it (two after a phone reset, until merged). */
  byRow: Map<number, StudentRecord[]>
  /** Students whose name and number match no row and who are not linked. */
  unmatched: StudentRecord[]
  /** Rows with no student: who has not sent anything. */
  notSent: RosterEntry[]
}

const keyOf = (n: number, name: string) => `${n}\u0000${foldName(name)}`

/**
 * Receipts to rows: a teacher's link first, then the same class number and the same name after folding
 * (Unicode form, case, diacritics), so "Nguyễn Văn An" typed with combining accents finds its row.
 */
export function matchRoster(roster: Roster | undefined, students: readonly StudentRecord[]): RosterMatch {
  const entries = roster?.entries ?? []
  const rows = new Map(entries.map((e) => [keyOf(e.number, e.name), e.number]))
  const numbers = new Set(entries.map((e) => e.number))
  const byRow = new Map<number, StudentRecord[]>()
  const unmatched: StudentRecord[] = []
  for (const s of students) {
    const linked =
      roster && Object.prototype.hasOwnProperty.call(roster.links, s.studentId) ? roster.links[s.studentId] : undefined
    const row = linked !== undefined && numbers.has(linked) ? linked : rows.get(keyOf(s.classNumber, s.name))
    if (row === undefined) unmatched.push(s)
    else byRow.set(row, [...(byRow.get(row) ?? []), s])
  }
  return { byRow, unmatched, notSent: entries.filter((e) => !byRow.has(e.number)) }
}

/** The row a teacher most likely means for an unmatched student: the same name, else the same number. */
export function suggestRow(roster: Roster | undefined, s: StudentRecord): RosterEntry | undefined {
  const entries = roster?.entries ?? []
  const name = foldName(s.name)
  const sameName = entries.filter((e) => foldName(e.name) === name)
  if (sameName.length === 1) return sameName[0]
  return entries.find((e) => e.number === s.classNumber)
}
