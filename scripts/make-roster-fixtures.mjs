// Writes the class-list files schools really send (issue 23) to tests/fixtures/rosters/, for the tests that
// import them (tests/e2e/phones/roster-files.spec.ts, tests/unit/features/rosterFile.test.ts):
//   win1258.csv      what Excel on a Vietnamese Windows saves as "CSV": Windows-1258, tone marks combining
//   utf16.csv        "Unicode text": UTF-16 LE with a BOM, tab-separated
//   excel97.xls      Excel 97-2003 (BIFF8), converted by LibreOffice from the same list
//   smas.xlsx        title rows, a heading row, 40 students, a footer ("Tổng số: 40 học sinh", signatures)
//   two-row.xlsx     "Họ và tên" merged over "Họ đệm | Tên"
//   three-sheets.xlsx one sheet per class: 6A1, 6A2, 6A3
//   grade-2000.xlsx  a whole grade: 2,000 rows × 15 columns
// Deterministic (no dates, no randomness). Run: node scripts/make-roster-fixtures.mjs (needs `soffice` for .xls).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, renameSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import writeXlsxFile from 'write-excel-file/node'

const out = fileURLToPath(new URL('../tests/fixtures/rosters/', import.meta.url))
mkdirSync(out, { recursive: true })

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
]
const MIDDLE = ['Văn', 'Thị', 'Thị Thu', 'Ngọc', 'Minh', 'Hữu', 'Thanh', 'Quốc', 'Gia', 'Bảo', 'Khánh', 'Đức']
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hương',
  'Khoa',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Ngọc',
  'Phúc',
  'Quân',
  'Sơn',
  'Thảo',
  'Trang',
  'Tuấn',
  'Uyên',
  'Việt',
  'Xuân',
  'Yến',
  'Ánh',
  'Đạt',
  'Ỷ',
  'Ước',
]

/** Student i of a class: [family + middle, given]; deterministic. */
export function student(i, salt = 0) {
  const k = i + salt * 7
  return [`${FAMILY[k % FAMILY.length]} ${MIDDLE[(k * 5 + 3) % MIDDLE.length]}`, GIVEN[(k * 11 + salt) % GIVEN.length]]
}
const fullName = (i, salt) => student(i, salt).join(' ')

// --- Windows-1258: an encoder built from the decoder (base letters precomposed, tone marks combining) ----
const table = new Map()
const dec = new TextDecoder('windows-1258')
for (let b = 0; b < 256; b++) {
  const ch = dec.decode(Uint8Array.of(b))
  if (ch !== '\uFFFD' && !table.has(ch)) table.set(ch, b)
}
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'])
function win1258(text) {
  const bytes = []
  for (const cluster of text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const whole = cluster.normalize('NFC')
    if (table.has(whole)) {
      bytes.push(table.get(whole))
      continue
    }
    const marks = [...cluster.slice(1)]
    const base = (cluster[0] + marks.filter((m) => !TONES.has(m)).join('')).normalize('NFC')
    const tone = marks.filter((m) => TONES.has(m))
    for (const c of [base, ...tone]) {
      if (!table.has(c)) throw new Error(`not in Windows-1258: ${JSON.stringify(c)}`)
      bytes.push(table.get(c))
    }
  }
  return Uint8Array.from(bytes)
}

const csvRows = (n, salt) => [
  'STT,Họ và tên,Ngày sinh',
  ...Array.from({ length: n }, (_, i) => `${i + 1},${fullName(i, salt)},0${(i % 9) + 1}/0${(i % 9) + 1}/2014`),
]

// 1. Windows-1258 CSV, CRLF, as Excel writes it.
writeFileSync(join(out, 'win1258.csv'), win1258(csvRows(35, 1).join('\r\n') + '\r\n'))

// 2. UTF-16 LE with a BOM, tab-separated ("Unicode Text" in Excel).
const tsv =
  csvRows(32, 2)
    .map((l) => l.replaceAll(',', '\t'))
    .join('\r\n') + '\r\n'
writeFileSync(join(out, 'utf16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]))

// 3. .xls (BIFF8) by LibreOffice, from a UTF-8 CSV of 30 students.
{
  const dir = mkdtempSync(join(tmpdir(), 'kns-xls-'))
  const csv = join(dir, 'excel97.csv')
  writeFileSync(csv, '\uFEFF' + csvRows(30, 3).join('\n') + '\n')
  execFileSync(
    'soffice',
    ['--headless', '--infilter=CSV:44,34,76', '--convert-to', 'xls:MS Excel 97', '--outdir', dir, csv],
    { stdio: 'ignore', timeout: 120_000 },
  )
  renameSync(join(dir, 'excel97.xls'), join(out, 'excel97.xls'))
  rmSync(dir, { recursive: true, force: true })
}

function cell(value, extra = {}) {
  return { value, ...extra }
}

// 4. SMAS-like: titles, heading, 40 students, footer.
{
  const rows = [
    [cell('SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐỒNG NAI'), null, null, null, null],
    [cell('TRƯỜNG THCS NGUYỄN DU'), null, null, null, null],
    [
      cell('DANH SÁCH HỌC SINH LỚP 6A1 — NĂM HỌC 2026-2027', {
        columnSpan: 5,
        align: 'center',
        fontWeight: 'bold',
      }),
      null,
      null,
      null,
      null,
    ],
    [null, null, null, null, null],
    ['STT', 'Mã học sinh', 'Họ và tên', 'Ngày sinh', 'Giới tính'].map((v) => cell(v, { fontWeight: 'bold' })),
    ...Array.from({ length: 40 }, (_, i) => [
      cell(i + 1),
      cell(`HS${String(100000 + i)}`),
      cell(fullName(i, 4)),
      cell(`1${i % 9}/05/2014`),
      cell(i % 2 ? 'Nữ' : 'Nam'),
    ]),
    [null, null, cell('Tổng số: 40 học sinh'), null, null],
    [null, null, null, cell('Người lập biểu'), null],
    [null, null, null, cell('(Ký, ghi rõ họ tên)'), null],
  ]
  await writeXlsxFile(rows, { sheet: 'Danh sach' }).toFile(join(out, 'smas.xlsx'))
}

// 5. Two-row heading: "Họ và tên" over "Họ đệm | Tên".
{
  const rows = [
    [
      cell('STT', { rowSpan: 2 }),
      cell('Họ và tên', { columnSpan: 2, align: 'center' }),
      null,
      cell('Ngày sinh', { rowSpan: 2 }),
    ],
    [null, cell('Họ đệm'), cell('Tên'), null],
    ...Array.from({ length: 28 }, (_, i) => [
      cell(i + 1),
      cell(student(i, 5)[0]),
      cell(student(i, 5)[1]),
      cell('01/01/2014'),
    ]),
  ]
  await writeXlsxFile(rows, { sheet: '6A1' }).toFile(join(out, 'two-row.xlsx'))
}

// 6. One sheet per class.
{
  const sheet = (cls, n, salt) => ({
    sheet: cls,
    data: [
      [cell('STT'), cell('Họ và tên')],
      ...Array.from({ length: n }, (_, i) => [cell(i + 1), cell(fullName(i, salt))]),
    ],
  })
  await writeXlsxFile([sheet('6A1', 31, 6), sheet('6A2', 33, 7), sheet('6A3', 29, 8)]).toFile(
    join(out, 'three-sheets.xlsx'),
  )
}

// 7. A whole grade: 2,000 rows × 15 columns.
{
  const head = [
    'STT',
    'Mã HS',
    'Họ và tên',
    'Ngày sinh',
    'Giới tính',
    'Lớp',
    'Dân tộc',
    'Nơi sinh',
    'Địa chỉ',
    'Họ tên cha',
    'Nghề nghiệp cha',
    'Họ tên mẹ',
    'Nghề nghiệp mẹ',
    'Điện thoại',
    'Ghi chú',
  ].map((v) => cell(v))
  const rows = [
    head,
    ...Array.from({ length: 2000 }, (_, i) => [
      cell(i + 1),
      cell(`HS${200000 + i}`),
      cell(fullName(i, 9)),
      cell('12/03/2014'),
      cell(i % 2 ? 'Nữ' : 'Nam'),
      cell(`6A${(i % 12) + 1}`),
      cell('Kinh'),
      cell('Biên Hòa, Đồng Nai'),
      cell(`Số ${i + 1}, đường Phạm Văn Thuận, phường Tân Mai`),
      cell(fullName(i + 3, 10)),
      cell('Công nhân'),
      cell(fullName(i + 5, 11)),
      cell('Buôn bán'),
      cell(`09${String(10000000 + i)}`),
      cell(''),
    ]),
  ]
  await writeXlsxFile(rows, { sheet: 'Khoi 6' }).toFile(join(out, 'grade-2000.xlsx'))
}

// What each file must import as: names and counts, for the tests.
const expected = {
  'win1258.csv': { count: 35, first: fullName(0, 1), last: fullName(34, 1) },
  'utf16.csv': { count: 32, first: fullName(0, 2), last: fullName(31, 2) },
  'excel97.xls': { refused: 'xls' },
  'smas.xlsx': { count: 40, first: fullName(0, 4), last: fullName(39, 4), skipped: 3 },
  'two-row.xlsx': { count: 28, first: fullName(0, 5), last: fullName(27, 5) },
  'three-sheets.xlsx': {
    sheets: ['6A1', '6A2', '6A3'],
    count: 33,
    sheet: '6A2',
    first: fullName(0, 7),
    last: fullName(32, 7),
  },
  'grade-2000.xlsx': { count: 2000, first: fullName(0, 9), last: fullName(1999, 9) },
}
writeFileSync(join(out, 'expected.json'), JSON.stringify(expected, null, 2) + '\n')
console.log(`Wrote ${Object.keys(expected).length} class lists to ${out}`)
