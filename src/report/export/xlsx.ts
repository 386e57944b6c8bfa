// The document as an .xlsx sheet that prints the way an administrative report does: A4 in the document's
// orientation, fitted to one page wide, Times New Roman; the unit and the quốc hiệu blocks, the date line
// and the signatures merged and centred over their half of the page, each half wide enough for its longest
// line; the title, facts and notes merged across the table (wrapped, rows tall enough); column headings
// wrapped with their row tall enough for every line, repeated at the top of every printed page (print titles);
// bordered tables, bold totals. write-excel-file is loaded only when a file is made; fit-to-page and the print
// titles are two small "features" of it (it writes the rest, A4 paper with the orientation included, itself).
import { NO_FIGURE, type Cell } from '@/report/table'
import { documentLines, docWidth, rightColumn, type DocLine, type ReportDocument } from './document'

export const FONT = 'Times New Roman'
export const FONT_SIZE = 12
/** One line of 12-point Times New Roman, in points, with its leading. */
const LINE_PT = 16

/** Excel's column width is in characters of its default font; keep between 4 and 50. */
export function fitWidths(lines: readonly DocLine[], width: number): number[] {
  const widths = Array<number>(width).fill(4)
  for (const l of lines) {
    if (l.kind !== 'columns' && l.kind !== 'row' && l.kind !== 'total') continue
    l.cells.forEach((c, i) => {
      // Column labels wrap onto two lines, so half their length is enough for them — but never less than
      // their longest word, bold ("Khối" broken into "Kh|ối" is not readable).
      const text = String(c)
      const len =
        l.kind === 'columns' ? Math.max(text.length / 2, ...text.split(/\s+/).map((w) => w.length * 1.15)) : text.length
      widths[i] = Math.min(50, Math.max(widths[i]!, Math.ceil(len) + 2))
    })
  }
  return widths
}

type XCell = {
  value: Cell
  fontWeight?: 'bold'
  fontStyle?: 'italic'
  align?: 'left' | 'center' | 'right'
  alignVertical?: 'top' | 'center' | 'bottom'
  wrap?: boolean
  borderStyle?: 'thin'
  columnSpan?: number
  height?: number
} | null

/** How wide a text line is, in column-width units: capitals and bold letters are wider than a digit. */
function textWidth(text: string, bold: boolean): number {
  const caps = text === text.toUpperCase() && /\p{L}/u.test(text)
  return Math.ceil(text.length * (caps ? 1.3 : 1) * (bold ? 1.08 : 1)) + 2
}

/** How many lines `text` takes in a cell `width` characters wide (wrapped at spaces). */
export function linesIn(text: string, width: number): number {
  const usable = Math.max(1, width - 1)
  let lines = 1
  let cur = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = word.length
    if (cur === 0) cur = w
    else if (cur + 1 + w <= usable) cur += 1 + w
    else {
      lines++
      cur = w
    }
    while (cur > usable) {
      lines++
      cur -= usable
    }
  }
  return lines
}

const sum = (a: readonly number[], from: number, to: number) => a.slice(from, to).reduce((s, x) => s + x, 0)

/** Widens columns [from, to) evenly until they hold `need` characters together. */
function widen(widths: number[], from: number, to: number, need: number): void {
  const have = sum(widths, from, to)
  if (have >= need || to <= from) return
  const add = Math.ceil((need - have) / (to - from))
  for (let i = from; i < to; i++) widths[i]! += add
}

export function sheetData(doc: ReportDocument): { data: XCell[][]; columns: Array<{ width: number }> } {
  const lines = documentLines(doc)
  const width = docWidth(doc)
  const right = rightColumn(width)
  const widths = fitWidths(lines, width)
  const bare = !doc.unit.length && !doc.title.length
  // The two header halves hold their longest line: the quốc hiệu is never cut at the page edge.
  for (const l of lines) {
    if (l.kind !== 'head' && l.kind !== 'date' && l.kind !== 'sign') continue
    const bold = l.kind !== 'date'
    widen(widths, 0, right, textWidth(String(l.cells[0] ?? ''), bold))
    widen(widths, right, width, textWidth(String(l.cells[right] ?? ''), bold))
  }
  const total = sum(widths, 0, width)
  const data = lines.map((l): XCell[] => {
    const row: XCell[] = Array<XCell>(width).fill(null)
    const text = (i: number) => String(l.cells[i] ?? '')
    const span = (at: number, to: number, style: Omit<NonNullable<XCell>, 'value'>) => {
      if (text(at) === '') return
      row[at] = {
        value: l.cells[at]!,
        columnSpan: to - at,
        align: 'center',
        alignVertical: 'center',
        ...style,
      }
    }
    switch (l.kind) {
      case 'head':
      case 'sign':
        span(0, right, { fontWeight: 'bold' })
        span(right, width, { fontWeight: 'bold' })
        break
      case 'date':
        span(right, width, { fontStyle: 'italic' })
        break
      case 'title':
      case 'caption':
      case 'fact':
      case 'note': {
        const style: Omit<NonNullable<XCell>, 'value'> = l.kind === 'title'
          ? { fontWeight: 'bold' }
          : l.kind === 'caption'
            ? { fontWeight: 'bold', align: 'left' }
            : l.kind === 'note'
              ? { fontStyle: 'italic', align: 'left' }
              : {}
        if (bare) row[0] = text(0) ? { value: l.cells[0]!, ...style } : null
        else span(0, width, { wrap: true, height: LINE_PT * linesIn(text(0), total) + 2, ...style })
        break
      }
      case 'columns': {
        // Every wrapped heading shows all its lines ("Hoàn thành trong tháng", not just "tháng").
        const tall = Math.max(1, ...l.cells.map((c, i) => linesIn(String(c), widths[i]!)))
        l.cells.forEach(
          (value, i) =>
            (row[i] = {
              value,
              fontWeight: 'bold',
              wrap: true,
              align: 'center',
              alignVertical: 'center',
              borderStyle: 'thin',
              height: LINE_PT * tall + 2,
            }),
        )
        break
      }
      case 'row':
      case 'total':
        l.cells.forEach((value, i) => {
          const cell: NonNullable<XCell> = { value, borderStyle: 'thin', alignVertical: 'center' }
          if (l.kind === 'total') cell.fontWeight = 'bold'
          // A figure, or the dash of one that does not exist, sits right like the figures of its column.
          if (typeof value === 'number' || value === NO_FIGURE) cell.align = 'right'
          row[i] = cell
        })
        break
      default:
        break
    }
    return row
  })
  return { data, columns: widths.map((w) => ({ width: w })) }
}

/** Print setup write-excel-file has no option for: fit to one page wide (any number of pages tall), centred. */
export const fitToPageWide = {
  files: {
    transform: {
      'xl/worksheets/sheet{id}.xml': {
        transform: (xml: string) =>
          xml
            .replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
            .replace(/<pageMargins\b/, '<printOptions horizontalCentered="1"/><pageMargins')
            .replace(/<pageSetup\b/, '<pageSetup fitToWidth="1" fitToHeight="0"'),
      },
    },
  },
}

/** The 1-based sheet row of the first table's column headings (what each printed page repeats); 0: none. */
export function headingRow(doc: ReportDocument): number {
  return documentLines(doc).findIndex((l) => l.kind === 'columns') + 1
}

const xmlText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Print titles, which write-excel-file has no option for: the defined name `_xlnm.Print_Titles` of the first
 * sheet repeats row `row` (the table's column headings) at the top of every printed page, as the printed
 * page's `thead` does. Excel and LibreOffice Calc both read it.
 */
export function printTitles(sheet: string, row: number) {
  const name = `<definedName name="_xlnm.Print_Titles" localSheetId="0">${xmlText(`'${sheet.replace(/'/g, "''")}'!$${row}:$${row}`)}</definedName>`
  return {
    files: {
      transform: {
        'xl/workbook.xml': {
          transform: (xml: string) => {
            if (/<definedNames\s*\/>/.test(xml))
              return xml.replace(/<definedNames\s*\/>/, () => `<definedNames>${name}</definedNames>`)
            // A function, not a string: the name's "$12" must not read as a replacement pattern.
            if (/<definedNames>/.test(xml)) return xml.replace(/<definedNames>/, () => `<definedNames>${name}`)
            const at = /<calcPr\b|<\/workbook>/.exec(xml)
            return at ? `${xml.slice(0, at.index)}<definedNames>${name}</definedNames>${xml.slice(at.index)}` : xml
          },
        },
      },
    },
  }
}

export async function documentXlsx(doc: ReportDocument): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal')
  const { data, columns } = sheetData(doc)
  const sheet = doc.sheet.replace(/[\\/?*[\]:]/g, '-').slice(0, 31) || 'Báo cáo'
  const row = headingRow(doc)
  // The orientation is always written: with it write-excel-file sets the paper to A4. (Its types name only
  // 'landscape'; 'portrait' is the other value its README documents and its writer emits as given.)
  const orientation = (doc.landscape ? 'landscape' : 'portrait') as 'landscape'
  return writeXlsxFile(
    data as never,
    { columns, sheet, orientation },
    {
      fontFamily: FONT,
      fontSize: FONT_SIZE,
      features: [fitToPageWide as never, ...(row ? [printTitles(sheet, row) as never] : [])],
    },
  ).toBlob()
}
