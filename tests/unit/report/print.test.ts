// Issue 23: the class, school and unit spreadsheets print like the administrative documents they are.
// Each .xlsx is converted to PDF by LibreOffice headless (as a school office would print it) and the PDF is
// read back: A4 in the document's orientation, one page wide (every column on page 1), the quốc hiệu whole,
// every word of every wrapped column heading printed, Times New Roman. Issue 21: the school report with 3 classes
// on one A4 landscape page, a longer one repeating its column headings on page 2 (print titles), the title merged,
// the unit's "1/3" in the file and on paper, CSV figures plain numbers a vi-VN Calc reads. Needs `soffice` (Debian:
// libreoffice-calc-nogui, installed by .ci/run) and poppler's pdfinfo/pdftotext/pdffonts.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unzipSync, strFromU8 } from 'fflate'
import { readSheet } from 'read-excel-file/node'
import { documentCsv } from '@/report/export/csv'
import classMessages from '@/i18n/vi-classroom'
import schoolMessages from '@/i18n/vi-school'
import unitMessages from '@/i18n/vi-unit'
import { MODULE_IDS } from '@/content/constants'
import { fillTemplate } from '@/domain/template'
import type { ClassSummary } from '@/exchange/codec'
import { classReportDocument } from '@/report/classTable'
import { monthlyFigures } from '@/report/class'
import { schoolReport, schoolReportDocument, schoolReportTable, type SchoolTableLabels } from '@/report/school'
import { unitReport, unitReportDocument, type UnitWords } from '@/report/unit'
import { dateLine, documentLines, EXPORTERS, QUOC_HIEU, TIEU_NGU, type ReportDocument } from '@/report/export'
import { docWidth } from '@/report/export/document'
import { headingRow } from '@/report/export/xlsx'
import { classOf35, vn } from '../../factories/classFixture'
import { makeSchoolSummary } from '../../factories/chain'

const date = dateLine('', new Date(2026, 11, 2))
const students = classOf35()
const classDoc = classReportDocument(
  {
    school: 'Trường THCS Thử Nghiệm',
    className: '6A1',
    grade: 6,
    schoolYear: '2026-2027',
    teacherName: 'Cô Lan',
    month: '2026-11',
    size: 40,
    sizeKnown: true,
    students,
    figures: monthlyFigures(students, '2026-11', 40),
    moduleTitle: (id) => `Mô-đun ${id}`,
    teacherDone: 3,
    dateLine: date,
  },
  classMessages.classDoc,
)

const fig = (completedInMonth: number, completedTotal: number, outOf: number) => ({
  completedInMonth,
  completedTotal,
  outOf,
  averageBestScore: null,
})
const classSummaries = (n: number): ClassSummary[] =>
  Array.from({ length: n }, (_, i) => ({
    schoolId: 'EBESExQVFhc',
    classId: `c${String(i).padStart(10, 'x')}`,
    teacherId: 'GBkaGxwdHh8',
    teacherName: 'Lê Thị Hoa',
    className: `${6 + (i % 4)}A${i + 1}`,
    grade: 6 + (i % 4),
    schoolYear: '2026-2027',
    month: '2026-11',
    studentCount: 40,
    // 3, 4, … of 40 sent: "3/40" would be a date in a CSV (the CSV carries the plain number).
    sent: 3 + (i % 11),
    teacherCompleted: [],
    modules: Object.fromEntries(MODULE_IDS.map((id, k) => [id, fig((k + i) % 20, 10 + ((k + i) % 20), 40)])),
    readiness: { vneidLevel2: true, dvcPortal: false, fiveSkills: false },
    issuedAt: vn(2026, 12, 2),
    seq: 1,
  }))
/** The school's report over `n` classes of 40: the 12 of issue 23, the 3 of issue 21, 40 that run onto page 2. */
const makeSchoolDoc = (n: number) => {
  const sr = schoolReport(classSummaries(n), '2026-11')
  const labels: SchoolTableLabels = {
    className: 'Lớp',
    grade: 'Khối',
    students: 'Sĩ số',
    sent: schoolMessages.school.report.sent,
    unknown: schoolMessages.school.report.unknown,
    inMonth: (n) => fillTemplate('MĐ{n} trong tháng', { n }),
    total: (n) => fillTemplate('MĐ{n} lũy kế', { n }),
    totals: 'Tổng cộng',
    percent: 'Tỉ lệ trên sĩ số (%)',
  }
  return schoolReportDocument(
    {
      schoolName: 'Trường THCS Nguyễn Du',
      upperLevel: 'Phòng Văn hóa – Xã hội xã Hòa Bình',
      report: sr,
      table: schoolReportTable(sr, labels),
      plainTable: schoolReportTable(sr, labels, true),
      extra: [],
      moduleTitle: (id) => id,
      dateLine: date,
    },
    schoolMessages.schoolDoc,
  )
}
const schoolDoc = makeSchoolDoc(12)
const school3 = makeSchoolDoc(3)
const school40 = makeSchoolDoc(40)

const schools = Array.from({ length: 15 }, (_, i) =>
  makeSchoolSummary({
    schoolId: `s${String(i).padStart(10, 'x')}`,
    schoolName: `Trường THCS số ${i + 1} xã Hòa Bình`,
  }),
)
const unitDoc = unitReportDocument(
  {
    unitName: 'Phòng Văn hóa – Xã hội xã Hòa Bình',
    upperLevel: 'UBND xã Hòa Bình',
    report: unitReport(schools, [], '2026-11'),
    moduleTitle: (id) => id,
    dateLine: date,
  },
  unitMessages.unitDoc as UnitWords,
)

// Issue 21: the unit has entered its 3 schools and 1 has reported.
const unit13 = unitReportDocument(
  {
    unitName: 'Phòng Văn hóa – Xã hội xã Hòa Bình',
    upperLevel: 'UBND xã Hòa Bình',
    report: unitReport([makeSchoolSummary()], [], '2026-11', {
      names: ['Trường THCS Nguyễn Du', 'Trường THCS Lê Lợi', 'Trường TH Kim Đồng'],
    }),
    moduleTitle: (id) => id,
    dateLine: date,
  },
  unitMessages.unitDoc as UnitWords,
)

const DOCS: Record<string, ReportDocument> = {
  'lop-6a1': classDoc,
  truong: schoolDoc,
  'don-vi': unitDoc,
  'truong-3': school3,
  'truong-40': school40,
  'don-vi-1-3': unit13,
}
/** Pages of each document once printed: one, but for the unit's 15 schools and the school's 40 classes. */
const PAGES: Record<string, number> = { 'don-vi': 2, 'truong-40': 2 }
const dir = mkdtempSync(join(tmpdir(), 'kns-print-'))
const pdf: Record<string, { pages: number; size: [number, number]; page1: string; page2: string; fonts: string }> = {}
const xlsx: Record<string, Record<string, string>> = {}
let csvInViVn: unknown[][] = []
let schoolCsvInViVn: unknown[][] = []

beforeAll(async () => {
  for (const [name, doc] of Object.entries(DOCS)) {
    const bytes = new Uint8Array(await (await EXPORTERS.xlsx.build(doc)).arrayBuffer())
    writeFileSync(join(dir, `${name}.xlsx`), bytes)
    xlsx[name] = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]))
  }
  try {
    // One LibreOffice run for the three files, with its own profile (another soffice may be running).
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...Object.keys(DOCS).map((n) => join(dir, `${n}.xlsx`)),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    )
  } catch (e) {
    throw new Error(
      `LibreOffice (soffice) could not convert the spreadsheets: install it (Debian: apt-get install -y libreoffice-calc-nogui). ${String(e)}`,
    )
  }
  // The CSV opened by a LibreOffice set to Vietnamese (language 1066: decimal comma), saved as .xlsx to read back.
  writeFileSync(join(dir, 'lop-6a1.csv'), documentCsv(classDoc))
  writeFileSync(join(dir, 'truong-40.csv'), documentCsv(school40))
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--infilter=CSV:44,34,76,1,,1066',
      '--convert-to',
      'xlsx',
      '--outdir',
      join(dir, 'csv'),
      join(dir, 'lop-6a1.csv'),
      join(dir, 'truong-40.csv'),
    ],
    { stdio: 'pipe', timeout: 120_000 },
  )
  csvInViVn = await readSheet(readFileSync(join(dir, 'csv/lop-6a1.xlsx')))
  schoolCsvInViVn = await readSheet(readFileSync(join(dir, 'csv/truong-40.xlsx')))
  for (const name of Object.keys(DOCS)) {
    const file = join(dir, `${name}.pdf`)
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1])
    pdf[name] = {
      pages,
      size: [Math.round(Number(size[1])), Math.round(Number(size[2]))],
      page1: execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], { encoding: 'utf8' }),
      page2:
        pages > 1 ? execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', file, '-'], { encoding: 'utf8' }) : '',
      fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }),
    }
  }
}, 180_000)
afterAll(() =>
  process.env.KEEP_PRINT ? console.log(`print files: ${dir}`) : rmSync(dir, { recursive: true, force: true }),
)

describe('spreadsheets that print (LibreOffice → PDF)', () => {
  for (const [name, doc] of Object.entries(DOCS)) {
    it(`${name}: A4 ${doc.landscape ? 'landscape' : 'portrait'}, one page wide, every heading whole, Times New Roman`, () => {
      const p = pdf[name]!
      // A4 is 595 × 842 points.
      expect(p.size).toEqual(doc.landscape ? [842, 595] : [595, 842])
      // One page wide: the class and school reports fit one page; the unit's (15 schools, then the outreach
      // table) runs on down, never across.
      expect(p.pages).toBe(PAGES[name] ?? 1)
      const text = p.page1.replace(/[ \t]+/g, ' ')
      // The quốc hiệu and tiêu ngữ on one line each, not cut at the page edge.
      expect(text).toContain(QUOC_HIEU)
      expect(text).toContain(TIEU_NGU)
      for (const t of doc.title) expect(text.replace(/\s+/g, ' ')).toContain(t)
      // Every word of every column heading is printed (a row too short showed only the last line: "tháng").
      const words = (s: string) => s.split(/\s+/).filter(Boolean)
      const printed = new Set(words(p.page1))
      for (const table of doc.tables)
        for (const h of table.rows[0]!)
          for (const w of words(String(h))) expect(printed, `"${w}" of heading "${h}"`).toContain(w)
      // The last column's heading is on page 1: the sheet is one page wide.
      const last = doc.tables[0]!.rows[0]!.at(-1)!
      expect(printed).toContain(words(String(last)).at(-1))
      expect(p.fonts).toMatch(/Times|LiberationSerif/i)
    })
  }

  it('CSV: a Vietnamese-locale spreadsheet reads the percentages (62,5) and counts as numbers, not text', () => {
    const row = csvInViVn.find((r) => r[1] === 'Mô-đun dich-vu-cong')
    expect(row?.slice(0, 6)).toEqual([1, 'Mô-đun dich-vu-cong', 5, 25, 62.5, 90])
  })

  it('the school report with 3 classes prints on one A4 landscape page, figures and both signatures on it', () => {
    const p = pdf['truong-3']!
    expect([p.pages, p.size]).toEqual([1, [842, 595]])
    for (const c of ['6A1', '7A2', '8A3', 'Tổng cộng', 'NGƯỜI LẬP BIỂU', 'HIỆU TRƯỞNG']) expect(p.page1).toContain(c)
    // "Đã gửi kết quả" a/b per class and for the school, on the printed page and as text in the .xlsx.
    for (const c of ['3/40', '4/40', '5/40', '12/120']) expect(p.page1).toContain(c)
    expect(xlsx['truong-3']!['xl/sharedStrings.xml']).toContain('<t>3/40</t>')
  })

  it('a table longer than a page repeats its column headings at the top of the next page (print titles)', () => {
    const p = pdf['truong-40']!
    expect(p.pages).toBe(2)
    const heading = school40.tables[0]!.rows[0]!.map(String)
    const words = (t: string) => t.replace(/\s+/g, ' ')
    // Page 2 starts with the headings, then the classes that did not fit on page 1.
    const top = words(p.page2).slice(0, 400)
    for (const h of ['Lớp', 'Khối', 'Sĩ số', 'trong', 'lũy kế']) expect(top).toContain(h)
    expect(heading[0]).toBe('Lớp')
    expect(words(p.page2)).toContain('Tổng cộng')
    expect(xlsx['truong-40']!['xl/workbook.xml']).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">'2026-11'!\$\d+:\$\d+<\/definedName>/,
    )
  })

  it('the unit with 3 schools entered and 1 reported says 1/3 in the XLSX and on its printed page', () => {
    expect(xlsx['don-vi-1-3']!['xl/sharedStrings.xml']).toContain('1/3 trường đã báo cáo')
    const p = pdf['don-vi-1-3']!
    expect([p.pages, p.size]).toEqual([1, [842, 595]])
    expect(p.page1.replace(/\s+/g, ' ')).toContain('1/3 trường đã báo cáo')
    expect(p.page1).toContain('Trường TH Kim Đồng')
  })

  it('CSV: plain numbers — 1600 students, not "1.600" — that a Vietnamese-locale spreadsheet reads as numbers', () => {
    const csv = documentCsv(school40)
    const totals = csv.split('\r\n').find((l) => l.startsWith('Tổng cộng,'))!
    // Sĩ số 40 × 40 = 1600 with no thousands separator; counts are bare integers.
    // "Đã gửi kết quả" (306 of the 1600) is its plain number beside the sĩ số: "3/40" would read as a date.
    expect(totals.split(',').slice(0, 6)).toEqual(['Tổng cộng', '', '1600', '306', '380', '780'])
    // No figure cell carries a thousands dot (the facts are sentences and say "1.600 học sinh" the Vietnamese way).
    const cells = csv.split('\r\n').flatMap((l) => l.split(','))
    expect(cells.filter((c) => /^"?\d{1,3}(\.\d{3})+"?$/.test(c))).toEqual([])
    expect(csv).toContain('1.600 học sinh')
    const row = schoolCsvInViVn.find((r) => r[0] === 'Tổng cộng')!
    expect(row.slice(2, 6)).toEqual([1600, 306, 380, 780])
    const first = schoolCsvInViVn.find((r) => r[0] === '6A1')!
    expect(first.slice(2, 4)).toEqual([40, 3])
    // The % row (23,8 for 380 of 1600): every cell, fractions included, reads as a number.
    const pct = schoolCsvInViVn.find((r) => r[0] === 'Tỉ lệ trên sĩ số (%)')!
    expect(pct.slice(3).every((c) => typeof c === 'number')).toBe(true)
  })

  it('the files carry the print setup: A4, fit to one page wide, merged centred titles, Times New Roman', () => {
    for (const name of Object.keys(DOCS)) {
      const sheet = xlsx[name]!['xl/worksheets/sheet1.xml']!
      expect(sheet).toMatch(/<pageSetUpPr fitToPage="1"\/>/)
      expect(sheet).toMatch(/<pageSetup fitToWidth="1" fitToHeight="0"[^>]*paperSize="9"/)
      expect(sheet).toMatch(/<mergeCells count="\d+">/)
      // The title is one cell merged across the table's width, centred.
      const doc = DOCS[name]!
      const titleRow = documentLines(doc).findIndex((l) => l.kind === 'title') + 1
      const last = String.fromCharCode(64 + docWidth(doc))
      expect(sheet, name).toContain(`<mergeCell ref="A${titleRow}:${last}${titleRow}"/>`)
      // The column headings repeat on every printed page.
      expect(xlsx[name]!['xl/workbook.xml']).toContain(
        `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${doc.sheet}'!$${headingRow(doc)}:$${headingRow(doc)}</definedName>`,
      )
      expect(xlsx[name]!['xl/styles.xml']).toContain('<name val="Times New Roman"/>')
    }
  })
})
