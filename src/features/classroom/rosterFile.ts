// Reads a class list file from any school system into sheets of cells, on the roster screen only:
// - .xlsx with read-excel-file (loaded here; its unzip is synchronous and size-capped: syncUnzip.ts), every
//   sheet with its name, so the teacher picks the class's sheet;
// - .csv/.txt decoded by its bytes, never by the browser: a BOM (UTF-8, UTF-16 LE/BE), else UTF-8 if the bytes
//   are valid UTF-8, else Windows-1258 (what Excel on a Vietnamese Windows writes as "CSV"), composed to NFC;
// - .xls (Excel 97-2003) is refused with its cause and the two-step fix (RosterFileError 'xls').
// Every cell is cut to CELL_MAX characters before anything else reads it, and every read ends within
// READ_TIMEOUT_MS with the sheets or a RosterFileError.
import { cellText, gridFromText, type Grid } from '@/domain/roster'

export const ROSTER_FILE_MAX = 5 * 1024 * 1024
/** No name or number is longer; a 250,000-character cell would freeze the preview. */
export const CELL_MAX = 300
export const READ_TIMEOUT_MS = 5000

export type RosterFileProblem = 'badFile' | 'xls' | 'tooBig' | 'timeout'

export class RosterFileError extends Error {
  constructor(public readonly problem: RosterFileProblem) {
    super(`roster file: ${problem}`)
    this.name = 'RosterFileError'
  }
}

export interface RosterSheet {
  name: string
  grid: Grid
}

const cut = (s: string) => (s.length > CELL_MAX ? s.slice(0, CELL_MAX) : s)

/** Text bytes → string, by BOM and validity (see the top of this file). */
export function decodeText(bytes: Uint8Array): string {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  // UTF-16 without a BOM: every other byte of Latin text is zero.
  const head = bytes.subarray(0, 2000)
  let zeroEven = 0
  let zeroOdd = 0
  head.forEach((x, i) => {
    if (x === 0) {
      if (i % 2) zeroOdd++
      else zeroEven++
    }
  })
  if (head.length >= 4 && zeroOdd > head.length / 4 && zeroEven === 0) return new TextDecoder('utf-16le').decode(bytes)
  if (head.length >= 4 && zeroEven > head.length / 4 && zeroOdd === 0) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Windows-1258 writes most tone marks as combining characters: compose them, or no name would match.
    return new TextDecoder('windows-1258').decode(bytes).normalize('NFC')
  }
}

const isZip = (h: Uint8Array) => h[0] === 0x50 && h[1] === 0x4b && h[2] === 0x03 && h[3] === 0x04
/** Compound File Binary: Excel 97-2003 .xls (and old .doc). */
const isOle = (h: Uint8Array) => [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((x, i) => h[i] === x)

async function readSheets(file: File): Promise<RosterSheet[]> {
  if (file.size > ROSTER_FILE_MAX) throw new RosterFileError('tooBig')
  const bytes = new Uint8Array(await file.arrayBuffer())
  const head = bytes.subarray(0, 8)
  if (isOle(head)) throw new RosterFileError('xls')
  if (isZip(head)) {
    const { default: readXlsxFile } = await import('read-excel-file/browser')
    let sheets: Array<{ sheet: string; data: unknown[][] }>
    try {
      sheets = (await readXlsxFile(bytes.buffer as ArrayBuffer)) as never
    } catch (e) {
      throw new RosterFileError((e as Error).name === 'ZipEntryTooBig' ? 'tooBig' : 'badFile')
    }
    return sheets.map((s) => ({
      name: s.sheet,
      grid: s.data.map((r) => r.map((v) => cut(cellText(typeof v === 'string' ? cut(v) : v)))),
    }))
  }
  if (/\.xlsx?$/i.test(file.name)) throw new RosterFileError(/\.xls$/i.test(file.name) ? 'xls' : 'badFile')
  const text = decodeText(bytes)
  // A binary file that is not a spreadsheet (an image, a PDF) is not a list.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 2000))) throw new RosterFileError('badFile')
  const grid = gridFromText(text).map((r) => r.map(cut))
  return [{ name: file.name.replace(/\.[^.]+$/, ''), grid }]
}

/** The file's sheets (a text file is one), each cut and trimmed; throws a RosterFileError. */
export async function readRosterFile(file: File, timeoutMs = READ_TIMEOUT_MS): Promise<RosterSheet[]> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RosterFileError('timeout')), timeoutMs)
  })
  try {
    return await Promise.race([readSheets(file), timeout])
  } catch (e) {
    throw e instanceof RosterFileError ? e : new RosterFileError('badFile')
  } finally {
    clearTimeout(timer)
  }
}

/** The sheet for a class: the one whose name holds the class name ("6A1", "Lớp 6A1"), else the first with rows. */
export function sheetForClass(sheets: readonly RosterSheet[], className: string): number {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
  const want = fold(className)
  const exact = want ? sheets.findIndex((s) => fold(s.name) === want || fold(s.name).endsWith(want)) : -1
  if (exact >= 0) return exact
  const any = sheets.findIndex((s) => s.grid.some((r) => r.some((c) => c !== '')))
  return Math.max(0, any)
}
