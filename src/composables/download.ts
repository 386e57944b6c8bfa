// Hands a file to the browser's download (the phone's "Downloads"). Excel's writer is loaded only here,
// when a member asks for an .xlsx file, so it never weighs on the first load.
import type { Table } from '@/report/table'

export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.hidden = true
  document.body.append(a)
  a.click()
  a.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

export function saveText(text: string, name: string, type: string): void {
  saveFile(new Blob([text], { type }), name)
}

/** An .xlsx file with a bold header row; `widths` in characters per column (default 14). */
export async function saveXlsx(table: Table, name: string, sheet: string, widths: number[] = []): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser')
  const [header = [], ...rows] = table
  const data = [header.map((value) => ({ value, fontWeight: 'bold' as const })), ...rows.map((r) => r.map((value) => ({ value })))]
  const columns = header.map((_, i) => ({ width: widths[i] ?? 14 }))
  const blob = await writeXlsxFile(data, { columns, sheet: sheet.replace(/[\\/?*[\]:]/g, '-').slice(0, 31) }).toBlob()
  saveFile(blob, name)
}
