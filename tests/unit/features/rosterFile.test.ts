// Issue 23: class-list files decoded by their bytes (never by the engine), the footer and the two-row heading
// of school exports, the sheet for the class, and the capped, worker-free unzip. The same files in Chromium,
// timed: tests/e2e/phones/roster-files.spec.ts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { zipSync } from 'fflate'
import { guessColumns, gridFromText, rosterFromGrid } from '@/domain/roster'
import { decodeText, readRosterFile, RosterFileError, sheetForClass } from '@/features/classroom/rosterFile'
import { unzip, unzipCapped, ZIP_ENTRY_MAX, ZipEntryTooBig } from '@/features/classroom/syncUnzip'

const DIR = join(process.cwd(), 'tests/fixtures/rosters')
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  { count: number; first: string; last: string }
>
const bytes = (f: string) => new Uint8Array(readFileSync(join(DIR, f)))

describe('class-list text files, decoded by their bytes', () => {
  it('Windows-1258 (combining tone marks) becomes NFC: names equal to what students type', () => {
    const text = decodeText(bytes('win1258.csv'))
    const roster = rosterFromGrid(gridFromText(text), guessColumns(gridFromText(text)))
    expect(roster.ok && roster.entries.length).toBe(35)
    expect(roster.ok && roster.entries[0]!.name).toBe(EXPECTED['win1258.csv']!.first)
    expect(text).toBe(text.normalize('NFC'))
  })

  it('UTF-16 LE with a BOM, UTF-16 BE, UTF-8 with and without a BOM', () => {
    expect(decodeText(bytes('utf16.csv')).split('\r\n')[1]).toBe(`1\t${EXPECTED['utf16.csv']!.first}\t01/01/2014`)
    const be = new Uint8Array([0xfe, 0xff, ...[...'Hà'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 255])])
    expect(decodeText(be)).toBe('Hà')
    expect(decodeText(new TextEncoder().encode('\uFEFFNguyễn'))).toBe('Nguyễn')
    expect(decodeText(new TextEncoder().encode('Nguyễn'))).toBe('Nguyễn')
  })

  it('an .xls is refused as such, by its bytes whatever its name; a file that is no list as a bad file', async () => {
    await expect(readRosterFile(new File([bytes('excel97.xls')], 'danh sach.dat'))).rejects.toEqual(
      new RosterFileError('xls'),
    )
    await expect(
      readRosterFile(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])], 'anh.csv')),
    ).rejects.toEqual(new RosterFileError('badFile'))
  })

  it('a read that does not end in time ends with a message', async () => {
    const never = {
      size: 10,
      name: 'x.csv',
      arrayBuffer: () => new Promise<ArrayBuffer>(() => undefined),
    } as unknown as File
    await expect(readRosterFile(never, 50)).rejects.toEqual(new RosterFileError('timeout'))
  })
})

describe('school exports', () => {
  it('a footer under the students ends the list and is counted as skipped', () => {
    const grid = [
      ['STT', 'Họ và tên'],
      ['1', 'Nguyễn An'],
      ['2', 'Trần Bình'],
      ['', 'Tổng số: 2 học sinh'],
      ['', 'Người lập biểu'],
    ]
    expect(rosterFromGrid(grid, guessColumns(grid))).toEqual({
      ok: true,
      entries: [
        { number: 1, name: 'Nguyễn An' },
        { number: 2, name: 'Trần Bình' },
      ],
      skipped: 2,
    })
    // A student below a row without number: that row is a mistake to fix, not a footer.
    const gap = [
      ['STT', 'Họ và tên'],
      ['1', 'Nguyễn An'],
      ['', 'Trần Bình'],
      ['3', 'Lê Chi'],
    ]
    expect(rosterFromGrid(gap, guessColumns(gap))).toEqual({ ok: false, problem: 'badNumber', row: 3 })
  })

  it('a two-row heading "Họ và tên" over "Họ đệm | Tên" joins the two', () => {
    const grid = [
      ['STT', 'Họ và tên', '', 'Ngày sinh'],
      ['', 'Họ đệm', 'Tên', ''],
      ['1', 'Nguyễn Văn', 'An', '01/01/2014'],
    ]
    const g = guessColumns(grid)
    expect(g).toMatchObject({ number: 0, name: 1, given: 2, firstRow: 2 })
    expect(g.headings.slice(0, 3)).toEqual(['STT', 'Họ đệm', 'Tên'])
    expect(rosterFromGrid(grid, g)).toEqual({
      ok: true,
      entries: [{ number: 1, name: 'Nguyễn Văn An' }],
      skipped: 0,
    })
  })

  it('the sheet of a workbook whose name is the class', () => {
    const s = (name: string) => ({ name, grid: [['1', 'An']] })
    expect(sheetForClass([s('6A1'), s('Lớp 6A2'), s('6A3')], '6A2')).toBe(1)
    expect(sheetForClass([{ name: 'Bìa', grid: [] }, s('Danh sách')], '7B')).toBe(1)
  })
})

describe('the unzip read-excel-file uses (no blob: worker, capped)', () => {
  it('inflates every entry at once, in this thread, large ones too', async () => {
    const big = new TextEncoder().encode('<row/>'.repeat(200_000)) // 1.2 MB: fflate's async unzip sent this to a Worker
    const zip = zipSync({ 'xl/worksheets/sheet1.xml': big, 'a.bin': new Uint8Array(3) })
    const files = await new Promise<Record<string, Uint8Array>>((resolve, reject) =>
      unzip(zip, { filter: (f) => f.name.endsWith('.xml') }, (e, r) => (e ? reject(e) : resolve(r))),
    )
    expect(Object.keys(files)).toEqual(['xl/worksheets/sheet1.xml'])
    expect(files['xl/worksheets/sheet1.xml']!.length).toBe(big.length)
  })

  it('refuses an entry that declares more than the cap, before inflating it', () => {
    const zip = zipSync({ 'x.xml': new Uint8Array(10) })
    // Patch the declared size (local header at 22, central directory entry at its offset + 24).
    const view = new DataView(zip.buffer)
    view.setUint32(22, ZIP_ENTRY_MAX + 1, true)
    const cd = view.getUint32(zip.length - 6, true)
    view.setUint32(cd + 24, ZIP_ENTRY_MAX + 1, true)
    expect(() => unzipCapped(zip)).toThrow(ZipEntryTooBig)
  })

  it('an entry that inflates past what it declares is cut at the declared size (its real size is capped too)', () => {
    const zip = zipSync({ 'x.xml': new Uint8Array(100_000).fill(65) })
    const view = new DataView(zip.buffer)
    view.setUint32(22, 1000, true)
    view.setUint32(view.getUint32(zip.length - 6, true) + 24, 1000, true)
    expect(unzipCapped(zip)['x.xml']!.length).toBe(1000)
  })
})
