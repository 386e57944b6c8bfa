// Hands a file to the browser's download (the phone's "Downloads"). What goes in the file is built by the
// export table (report/export); this is only the DOM side.
import { EXPORTERS, fileName, type ExportFormat, type ReportDocument } from '@/report/export'

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

/** A report document in one of the export formats; returns the file name given. */
export async function saveDocument(doc: ReportDocument, format: ExportFormat, baseName: string): Promise<string> {
  const name = fileName([baseName], format)
  saveFile(await EXPORTERS[format].build(doc), name)
  return name
}
