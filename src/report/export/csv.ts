// The document as CSV that Excel opens with Vietnamese intact: the same header, tables and totals as the
// printed page (UTF-8 with a BOM, CRLF, RFC 4180 quoting, no formula injection: report/table.ts).
import { toCsv } from '@/report/table'
import { documentLines, type ReportDocument } from './document'

export function documentCsv(doc: ReportDocument): string {
  return toCsv(documentLines(doc).map((l) => l.cells))
}
