// Reads a class list file into a grid: .xlsx with read-excel-file (loaded here, on the roster screen only,
// so it never weighs on the first load), .csv/.txt as text. Throws on a file that is neither.
import { cellText, gridFromText, type Grid } from '@/domain/roster'

export const ROSTER_FILE_MAX = 5 * 1024 * 1024

export async function readRosterFile(file: File): Promise<Grid> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer())
  const isZip = head[0] === 0x50 && head[1] === 0x4b
  if (isZip || /\.xlsx$/i.test(file.name)) {
    const { readSheet } = await import('read-excel-file/browser')
    const rows = await readSheet(file)
    return rows.map((r) => r.map(cellText))
  }
  const text = await file.text()
  // A binary file that is not a spreadsheet (an image, an old .xls) is not a list.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 2000))) throw new Error('not a text or xlsx file')
  return gridFromText(text)
}
