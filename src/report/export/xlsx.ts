// The document as an .xlsx sheet: bold header blocks and column labels, bordered tables, bold totals, and
// column widths fitted to the longest cell of each column (header text lines spill over empty cells, as in
// a hand-made report, so they do not widen a column). write-excel-file is loaded only when a file is made.
import type { Cell } from '@/report/table'
import { documentLines, docWidth, type DocLine, type ReportDocument } from './document'

/** Excel's column width is in characters of its default font; keep between 4 and 50. */
export function fitWidths(lines: readonly DocLine[], width: number): number[] {
  const widths = Array<number>(width).fill(4)
  for (const l of lines) {
    if (l.kind !== 'columns' && l.kind !== 'row' && l.kind !== 'total') continue
    l.cells.forEach((c, i) => {
      // Column labels wrap onto two lines, so half their length is enough for them.
      const len = String(c).length / (l.kind === 'columns' ? 2 : 1)
      widths[i] = Math.min(50, Math.max(widths[i]!, Math.ceil(len) + 2))
    })
  }
  return widths
}

type XCell = { value: Cell; fontWeight?: 'bold'; fontStyle?: 'italic'; align?: 'left' | 'center' | 'right'; wrap?: boolean; borderStyle?: 'thin'; columnSpan?: number } | null

function styleOf(kind: DocLine['kind']): Omit<NonNullable<XCell>, 'value'> {
  switch (kind) {
    case 'head': case 'title': case 'columns': case 'total': case 'caption': return { fontWeight: 'bold' }
    case 'date': case 'note': return { fontStyle: 'italic' }
    case 'sign': return { fontWeight: 'bold', align: 'center' }
    default: return {}
  }
}

export function sheetData(doc: ReportDocument): { data: XCell[][]; columns: Array<{ width: number }> } {
  const lines = documentLines(doc)
  const width = docWidth(doc)
  const data = lines.map((l) => {
    const table = l.kind === 'columns' || l.kind === 'row' || l.kind === 'total'
    return l.cells.map((value): XCell => {
      if (!table && value === '') return null
      const cell: NonNullable<XCell> = { value, ...styleOf(l.kind) }
      if (table) cell.borderStyle = 'thin'
      if (l.kind === 'columns') Object.assign(cell, { wrap: true, align: 'center' })
      if (table && typeof value === 'number') cell.align = 'right'
      return cell
    })
  })
  return { data, columns: fitWidths(lines, width).map((w) => ({ width: w })) }
}

export async function documentXlsx(doc: ReportDocument): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal')
  const { data, columns } = sheetData(doc)
  const sheet = doc.sheet.replace(/[\\/?*[\]:]/g, '-').slice(0, 31) || 'Báo cáo'
  return writeXlsxFile(data as never, { columns, sheet, ...(doc.landscape ? { orientation: 'landscape' as const } : {}) }).toBlob()
}
