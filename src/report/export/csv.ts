// The document as CSV that Excel opens with Vietnamese intact: the same header, tables and totals as the
// printed page (UTF-8 with a BOM, CRLF, RFC 4180 quoting, no formula injection: report/table.ts).
//
// Numbers with a fraction (62.5 %, a mean score 8.5) are written with the decimal comma, quoted: "62,5".
// A spreadsheet set to Vietnamese (vi-VN: decimal comma, as LibreOffice and Windows use for Vietnam) reads
// that as the number 62.5, while "62.5" is text there — or a date. Elsewhere "62,5" stays readable text,
// never a wrong number. Whole numbers need no separator and read as numbers everywhere. (The .xlsx stores
// numbers as numbers and has no such choice to make.)
import { BOM, csvField, type Cell } from '@/report/table'
import { documentLines, type ReportDocument } from './document'

export function csvCell(cell: Cell): string {
  if (typeof cell === 'number' && Number.isFinite(cell) && !Number.isInteger(cell))
    return `"${String(cell).replace('.', ',')}"`
  return csvField(cell)
}

export function documentCsv(doc: ReportDocument): string {
  return (
    BOM +
    documentLines(doc, true)
      .map((l) => l.cells.map(csvCell).join(','))
      .join('\r\n') +
    '\r\n'
  )
}
