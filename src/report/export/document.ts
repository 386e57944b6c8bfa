// A report as the school files it: the unit and the quốc hiệu side by side, the place-and-date line, the
// title, the facts (class, month, sĩ số…), one or more tables with their totals rows, notes (a legend) and
// the signature blocks. Every export format (export/index.ts) renders this one shape; the screen and the
// printed page render it too (components/ReportDocument.vue). Pure.
import type { Cell, Table } from '@/report/table'
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import { fillTemplate } from '@/domain/template'

export interface DocTable {
  /** A heading printed above the table (the first table usually has none: the title says it). */
  caption?: string
  /** The first row is the column labels. */
  rows: Table
  /**
   * The same table for CSV, where a cell written "28/35" would be read as a date (3/12 is 3 December in a
   * Vietnamese-locale spreadsheet): such a figure is its plain number there, of the column beside it.
   */
  plainRows?: Table
  /** How many rows at the end are totals (printed bold). */
  totalRows?: number
}

export interface ReportDocument {
  /** Spreadsheet tab name (Excel allows 31 characters). */
  sheet: string
  /** Top left: the unit (school, class); top right: quốc hiệu and tiêu ngữ. */
  unit: string[]
  nation: string[]
  /** "…, ngày 30 tháng 11 năm 2026" */
  dateLine: string
  title: string[]
  facts: string[]
  tables: DocTable[]
  notes: string[]
  signatures: Array<{ title: string; hint: string }>
  /** The printed page's orientation: a wide table needs A4 landscape. */
  landscape?: boolean
  /** The file's name without its extension ('bao-cao-thcs-a-2026-11'): ASCII parts, what the document is filed as. */
  baseName?: string
}
/** A document that is filed: a month report, which names its file. */
export type FiledDocument = ReportDocument & { baseName: string }

export type LineKind =
  'head' | 'date' | 'title' | 'fact' | 'caption' | 'columns' | 'row' | 'total' | 'note' | 'sign' | 'blank'

export interface DocLine {
  kind: LineKind
  cells: Cell[]
}

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc'

export interface LegendWords {
  legendTitle: string
  /** "MĐ{n}: {name}" */
  legend: string
  due: string
}

/** The notes under a form whose columns carry module numbers: the legend (one line a module), then the due line. */
export function moduleLegend(w: LegendWords, moduleTitle: (id: ModuleId) => string): string[] {
  // The legend on one line, so the signatures stay on the sheet with the figures.
  const names = MODULE_IDS.map((id, i) => fillTemplate(w.legend, { n: i + 1, name: moduleTitle(id) }))
  return [`${w.legendTitle} ${names.join('; ')}.`, w.due]
}

/** "……, ngày 30 tháng 11 năm 2026": the place is left for the signer to write by hand. */
export function dateLine(place: string, date: Date): string {
  const d = String(date.getDate()).padStart(2, '0')
  const m = String(date.getMonth() + 1).padStart(2, '0')
  return `${place || '…………'}, ngày ${d} tháng ${m} năm ${date.getFullYear()}`
}

/** How many columns the document spans: its widest table, at least 4 so the two header blocks fit. */
export function docWidth(doc: ReportDocument): number {
  if (!doc.unit.length && !doc.title.length)
    return Math.max(1, ...doc.tables.flatMap((t) => t.rows.map((r) => r.length)))
  return Math.max(4, ...doc.tables.flatMap((t) => t.rows.map((r) => r.length)))
}

/** Column where the right-hand block (quốc hiệu, date, signature 2) starts. */
export function rightColumn(width: number): number {
  return Math.max(2, Math.ceil(width / 2))
}

/** A data export with no document around it (the outreach sessions list): its table alone. */
export function bareDocument(sheet: string, rows: Table, totalRows = 0): ReportDocument {
  return {
    sheet,
    unit: [],
    nation: [],
    dateLine: '',
    title: [],
    facts: [],
    tables: [{ rows, totalRows }],
    notes: [],
    signatures: [],
  }
}

/**
 * The document as rows of cells, top to bottom, each with its kind (for styling): what CSV writes as is
 * (`plain`: the tables' plainRows) and what the spreadsheet writer styles. Text lines sit in their first cell
 * (left block) or at the right column (right block), the rest padded, so every row has the same width.
 */
export function documentLines(doc: ReportDocument, plain = false): DocLine[] {
  const width = docWidth(doc)
  const right = rightColumn(width)
  const pad = (cells: Cell[]): Cell[] => [...cells, ...Array<Cell>(Math.max(0, width - cells.length)).fill('')]
  const pair = (l: string, r: string): Cell[] => {
    const row = pad([l])
    row[right] = r
    return row
  }
  const out: DocLine[] = []
  const blank = () => out.push({ kind: 'blank', cells: pad([]) })
  for (let i = 0; i < Math.max(doc.unit.length, doc.nation.length); i++)
    out.push({ kind: 'head', cells: pair(doc.unit[i] ?? '', doc.nation[i] ?? '') })
  if (doc.dateLine) out.push({ kind: 'date', cells: pair('', doc.dateLine) })
  if (out.length) blank()
  for (const t of doc.title) out.push({ kind: 'title', cells: pad([t]) })
  for (const f of doc.facts) out.push({ kind: 'fact', cells: pad([f]) })
  // A bare document (a data list, no header) is its tables alone.
  for (const t of doc.tables) {
    if (out.length) blank()
    if (t.caption) out.push({ kind: 'caption', cells: pad([t.caption]) })
    const totals = t.totalRows ?? 0
    const rows = (plain && t.plainRows) || t.rows
    rows.forEach((r, i) =>
      out.push({ kind: i === 0 ? 'columns' : i >= rows.length - totals ? 'total' : 'row', cells: pad(r) }),
    )
  }
  if (doc.notes.length) blank()
  for (const n of doc.notes) out.push({ kind: 'note', cells: pad([n]) })
  if (doc.signatures.length) {
    blank()
    const [a, b] = doc.signatures
    out.push({ kind: 'sign', cells: pair(a?.title ?? '', b?.title ?? '') })
    out.push({ kind: 'sign', cells: pair(a?.hint ?? '', b?.hint ?? '') })
  }
  return out
}
