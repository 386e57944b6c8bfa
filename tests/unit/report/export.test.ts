// The class report as a document, and the export table that turns it into CSV and .xlsx (read back here).
import { describe, expect, it } from 'vitest'
import { readSheet } from 'read-excel-file/node'
import messages from '@/i18n/vi-classroom'
import { classReportDocument, reportBaseName } from '@/report/classTable'
import { monthlyFigures } from '@/report/class'
import { EXPORTERS, bareDocument, dateLine, documentLines, fileName } from '@/report/export'
import { documentCsv } from '@/report/export/csv'
import { sheetData } from '@/report/export/xlsx'
import { classOf35 } from '../../factories/classFixture'

const students = classOf35()
const input = () => ({
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
  moduleTitle: (id: string) => `Tên ${id}`,
  teacherDone: 3,
  dateLine: dateLine('', new Date(2026, 11, 2)),
})
const doc = classReportDocument(input(), messages.classDoc)

describe('the class report document', () => {
  it('has the quốc hiệu, the date line, class, month, sĩ số, per-module % of sĩ số and totals', () => {
    const text = documentLines(doc)
      .map((l) => l.cells.join('|'))
      .join('\n')
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc')
    expect(text).toContain('…………, ngày 02 tháng 12 năm 2026')
    expect(text).toContain('Lớp: 6A1 — Khối 6 — Năm học 2026-2027')
    expect(text).toContain('Tháng 11/2026')
    expect(text).toContain('Sĩ số: 40 học sinh')
    const rows = doc.tables[0]!.rows
    // dich-vu-cong: 25 of 40 by the end of November = 62.5%.
    expect(rows[1]).toEqual([1, 'Tên dich-vu-cong', 5, 25, 62.5, 90])
    expect(rows.at(-2)![1]).toBe('Tổng số lượt hoàn thành (7 mô-đun)')
    expect(rows.at(-1)![1]).toBe('Số HS hoàn thành cả 7 mô-đun')
    expect(documentLines(doc).filter((l) => l.kind === 'total')).toHaveLength(2)
    expect(reportBaseName('Trường THCS Thử Nghiệm', '6A1', '2026-11')).toBe('bao-cao-thcs-thu-nghiem-6a1-2026-11')
    expect(fileName(['x'], 'xlsx')).toBe('x.xlsx')
  })

  it('averages the quiz over the students who completed the module only, says so, and shows "—" for none', async () => {
    const september = classReportDocument(
      { ...input(), month: '2026-09', figures: monthlyFigures(students, '2026-09', 40) },
      messages.classDoc,
    )
    const rows = september.tables[0]!.rows
    expect(rows[0]![5]).toBe('Điểm kiểm tra TB của HS đã hoàn thành (thang 100)')
    // dich-vu-cong: the 10 who completed by September scored 90; the 20 others with an attempt do not count.
    expect(rows.find((r) => r[1] === 'Tên dich-vu-cong')![5]).toBe(90)
    // mua-sam: six passed its quiz with 100 but nobody completed it by September: a dash, never 100.
    expect(rows.find((r) => r[1] === 'Tên mua-sam')![5]).toBe('—')
    expect(rows.find((r) => r[1] === 'Tên chong-lua-dao')![5]).toBe('—')
    expect(documentCsv(september)).toContain('Tên mua-sam,0,0,0,—')
    const sheet = await readSheet(Buffer.from(await (await EXPORTERS.xlsx.build(september)).arrayBuffer()))
    expect(sheet.find((r) => r[1] === 'Tên mua-sam')?.slice(2, 6)).toEqual([0, 0, 0, '—'])
    // The dash sits right, in line with the figures of its column.
    const dash = sheetData(september).data.find((r) => r[1]?.value === 'Tên mua-sam')![5]
    expect(dash).toMatchObject({ value: '—', align: 'right' })
  })

  it('prints the school name once after its label: "Trường THCS …", not "Trường: Trường THCS …"', () => {
    expect(doc.facts[0]).toBe('Trường THCS Thử Nghiệm')
    const bare = classReportDocument({ ...input(), school: 'THCS Thử Nghiệm' }, messages.classDoc)
    expect(bare.facts[0]).toBe('Trường: THCS Thử Nghiệm')
    // A name that only looks like the word without its marks keeps the label.
    expect(classReportDocument({ ...input(), school: 'Trương Vĩnh Ký' }, messages.classDoc).facts[0]).toBe(
      'Trường: Trương Vĩnh Ký',
    )
    expect(documentCsv(doc)).not.toContain('Trường: Trường')
  })

  it("names the competence codes the modules train, banded by the class's grade", () => {
    const input = {
      school: 'Trường THCS Thử Nghiệm',
      className: '8A2',
      grade: 8,
      schoolYear: '2026-2027',
      teacherName: 'Cô Lan',
      month: '2026-11',
      size: 40,
      sizeKnown: true,
      students,
      figures: monthlyFigures(students, '2026-11', 40),
      moduleTitle: (id: string) => `Tên ${id}`,
      teacherDone: 3,
      dateLine: dateLine('', new Date(2026, 11, 2)),
      competences: { 'dich-vu-cong': ['2.3', '4.2'], 'tu-bao-ve': ['4.3', '2.3'] },
    }
    expect(classReportDocument(input, messages.classDoc).notes[0]).toBe(
      'Năng lực số các mô-đun rèn luyện (Thông tư 02/2025/TT-BGDĐT), khối 8 mức TC2: 2.3.TC2, 4.2.TC2, 4.3.TC2.',
    )
    expect(classReportDocument({ ...input, grade: 5 }, messages.classDoc).notes[0]).toBe(
      'Năng lực số các mô-đun rèn luyện (Thông tư 02/2025/TT-BGDĐT): 2.3, 4.2, 4.3.',
    )
    // Without codes (not loaded yet) the report has no such note.
    expect(doc.notes.some((n) => n.includes('Năng lực số'))).toBe(false)
  })

  it('CSV: BOM, the header lines and the same table, every row as wide as the table', () => {
    const csv = documentCsv(doc)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toMatch(/^TRƯỜNG THCS THỬ NGHIỆM,+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/)
    expect(lines.every((l) => l.split(',').length >= 6)).toBe(true)
    // The % with the decimal comma, quoted: a vi-VN spreadsheet reads it as a number (export/csv.ts).
    expect(lines).toContain('1,Tên dich-vu-cong,5,25,"62,5",90')
  })

  it('xlsx: the same cells, readable back, column widths fitted to the longest cell', async () => {
    const blob = await EXPORTERS.xlsx.build(doc)
    const rows = await readSheet(Buffer.from(await blob.arrayBuffer()))
    const flat = rows.map((r) => r.map((c) => (c === null ? '' : String(c))))
    expect(flat[0]![0]).toBe('TRƯỜNG THCS THỬ NGHIỆM')
    expect(flat.some((r) => r.join('|').startsWith('1|Tên dich-vu-cong|5|25|62.5|90'))).toBe(true)
    expect(flat.some((r) => r[0] === 'Sĩ số: 40 học sinh')).toBe(true)
    const { columns } = sheetData(doc)
    // The module column fits its longest name; the STT column stays narrow.
    expect(columns[1]!.width).toBeGreaterThanOrEqual('Số HS hoàn thành cả 7 mô-đun'.length)
    expect(columns[0]!.width).toBeLessThan(8)
  })

  it('a bare document (a data list) is its table alone', () => {
    const csv = documentCsv(
      bareDocument('x', [
        ['a', 'b'],
        [1, 2],
      ]),
    )
    expect(csv).toBe('\uFEFFa,b\r\n1,2\r\n')
  })
})
