// The school roll-up: the report over a hand-checked fixture of three classes and two teachers (one
// teaching two classes, so counted once), and the import rules through the store with fake-indexeddb.
import { beforeEach, describe, expect, it } from 'vitest'
import { codecMessage } from '@/i18n/vi-codec'
import { createPinia, setActivePinia } from 'pinia'
import { MODULE_IDS } from '@/content/constants'
import {
  decodeSchoolInvite,
  decodeSummary,
  encodeSummary,
  fromBase64url,
  newId,
  newKey,
  toBase64url,
  type ClassSummary,
} from '@/exchange/codec'
import { SUMMARY_VERSION } from '@/exchange/codec/summary'
import { schoolBaseName, schoolReport, schoolReportTable, summaryMonths, withExtraRows } from '@/report/school'
import { useSchoolStore } from '@/features/school/store'
import { useClassroomStore } from '@/features/classroom/store'
import { listSummaries, listSchoolMemberships } from '@/db/schoolRepo'
import { loadStaff } from '@/db/classroomRepo'
import { classOf35, vn } from '../../factories/classFixture'
import { setFeatureMessages } from '@/i18n'
import features from '@/i18n/features'

// The router loads the feature strings before any page opens: the stores word their import lines with them.
setFeatureMessages(features)

beforeEach(() => setActivePinia(createPinia()))

const SCHOOL = 'EBESExQVFhc'
const T1 = 'GBkaGxwdHh8' // teaches 6A1 and 7A2
const T2 = 'AAECAwQFBgc' // teaches 6A2
const fig = (completedInMonth: number, completedTotal: number, outOf: number) => ({
  completedInMonth,
  completedTotal,
  outOf,
  averageBestScore: null,
})
/**
 * A figure as stored and decoded: with no period logged, nobody learned in class and the learners are those who
 * completed.
 */
const asStored = (f: ReturnType<typeof fig>) => ({
  ...f,
  learnedInClass: 0,
  learners: f.completedTotal,
  periods: 0,
})
/** A school report count with no period logged. */
const count = (inMonth: number, total: number) => ({
  inMonth,
  total,
  learnedInClass: 0,
  learners: total,
  periods: 0,
})

function makeSummary(over: Partial<ClassSummary> = {}): ClassSummary {
  return {
    schoolId: SCHOOL,
    classId: newId(),
    teacherId: T1,
    teacherName: 'Lê Thị Hoa',
    className: '6A1',
    grade: 6,
    schoolYear: '2026-2027',
    month: '2026-11',
    studentCount: 35,
    modules: {},
    teacherCompleted: [],
    readiness: { vneidLevel2: false, dvcPortal: false, fiveSkills: false },
    issuedAt: vn(2026, 12, 2),
    seq: 1,
    ...over,
  }
}

/**
 * 6A1 (T1, 35): dich-vu-cong 5 in Nov / 25 in all, mua-sam 5/5.
 * 7A2 (T1, 40): dich-vu-cong 10/30, tu-bao-ve 2/2. Sent later: T1 now declares VNeID 2 and DVC.
 * 6A2 (T2, 30): dich-vu-cong 0/12. T2: VNeID 2 and five skills, completed all 7 modules.
 * And an October summary of 6A1 that must not count in November.
 */
function fixture(): ClassSummary[] {
  return [
    makeSummary({
      classId: 'c6A1xxxxxxA',
      className: '6A1',
      grade: 6,
      studentCount: 35,
      sent: 30,
      modules: { 'dich-vu-cong': fig(5, 25, 35), 'mua-sam': fig(5, 5, 35) },
      teacherCompleted: ['dich-vu-cong'],
      issuedAt: vn(2026, 12, 1),
    }),
    makeSummary({
      classId: 'c7A2xxxxxxA',
      className: '7A2',
      grade: 7,
      studentCount: 40,
      sent: 38,
      modules: { 'dich-vu-cong': fig(10, 30, 40), 'tu-bao-ve': fig(2, 2, 40) },
      teacherCompleted: ['dich-vu-cong', 'mua-sam'],
      readiness: { vneidLevel2: true, dvcPortal: true, fiveSkills: false },
      issuedAt: vn(2026, 12, 3),
    }),
    makeSummary({
      classId: 'c6A2xxxxxxA',
      className: '6A2',
      grade: 6,
      teacherId: T2,
      teacherName: 'Trần Văn Nam',
      studentCount: 30,
      modules: { 'dich-vu-cong': fig(0, 12, 30) },
      teacherCompleted: [...MODULE_IDS],
      readiness: { vneidLevel2: true, dvcPortal: false, fiveSkills: true },
    }),
    makeSummary({
      classId: 'c6A1xxxxxxA',
      className: '6A1',
      month: '2026-10',
      studentCount: 35,
      modules: { 'dich-vu-cong': fig(10, 20, 35) },
      readiness: { vneidLevel2: true, dvcPortal: true, fiveSkills: true },
    }),
  ]
}

describe('the school report', () => {
  it('adds up the classes of the month and counts each teacher once, with their latest readiness', () => {
    const r = schoolReport(fixture(), '2026-11')
    expect(r.rows.map((x) => x.className)).toEqual(['6A1', '6A2', '7A2'])
    expect(r.rows[0]!.modules['dich-vu-cong']).toEqual(count(5, 25))
    expect(r.rows[1]!.modules['mua-sam']).toEqual(count(0, 0))
    expect(r.totals.studentCount).toBe(105)
    expect(r.totals.modules['dich-vu-cong']).toEqual(count(15, 67))
    expect(r.totals.modules['mua-sam']).toEqual(count(5, 5))
    expect(r.totals.modules['tu-bao-ve']).toEqual(count(2, 2))
    expect(r.totals.modules['chong-lua-dao']).toEqual(count(0, 0))
    // T1 (latest: 7A2, VNeID + DVC) and T2 (VNeID + five skills); October's summary is another month.
    expect(r.staff).toEqual({
      teachers: 2,
      vneidLevel2: 2,
      dvcPortal: 1,
      fiveSkills: 1,
      completedAny: 2,
      completedAll: 1,
      taught: 0,
    })
  })

  it('gives an empty month zeros, and lists the months with summaries newest first', () => {
    const r = schoolReport(fixture(), '2026-09')
    expect(r.rows).toEqual([])
    expect(r.staff.teachers).toBe(0)
    expect(summaryMonths(fixture(), '2026-12')).toEqual(['2026-12', '2026-11', '2026-10'])
  })

  it('makes the table with a totals row, extra rows padded to its width, and an ASCII file name', () => {
    const labels = {
      className: 'Lớp',
      grade: 'Khối',
      students: 'Sĩ số',
      sent: 'Đã gửi kết quả',
      unknown: 'chưa rõ',
      inMonth: (n: number) => `MĐ${n} tháng`,
      total: (n: number) => `MĐ${n} lũy kế`,
      totals: 'Tổng cộng',
      percent: 'Tỉ lệ (%)',
    }
    const report = schoolReport(fixture(), '2026-11')
    const table = schoolReportTable(report, labels)
    expect(table[0]).toHaveLength(4 + 2 * MODULE_IDS.length)
    expect(table[0]!.slice(0, 5)).toEqual(['Lớp', 'Khối', 'Sĩ số', 'Đã gửi kết quả', 'MĐ1 tháng'])
    // "Đã gửi kết quả" a/b per class; 6A2's summary is from an app before v3, which did not send it.
    expect(table[1]!.slice(0, 8)).toEqual(['6A1', 6, 35, '30/35', 5, 25, 5, 5])
    expect(table[2]!.slice(0, 4)).toEqual(['6A2', 6, 30, 'chưa rõ'])
    expect(table[3]!.slice(0, 4)).toEqual(['7A2', 7, 40, '38/40'])
    // One class unknown: no school total of senders (it would count some classes only).
    expect(table.at(-2)!.slice(0, 6)).toEqual(['Tổng cộng', '', 105, 'chưa rõ', 15, 67])
    // Under the totals, each count as a % of the school's sĩ số (one decimal).
    expect(table.at(-1)!.slice(0, 6)).toEqual(['Tỉ lệ (%)', '', '', '', 14.3, 63.8])
    // CSV (plain): the number who sent, beside the sĩ số, never "30/35" (a spreadsheet's date).
    const plain = schoolReportTable(report, labels, true)
    expect(plain.slice(1, 4).map((r) => r.slice(2, 4))).toEqual([
      [35, 30],
      [30, 'chưa rõ'],
      [40, 38],
    ])
    expect(plain[0]).toEqual(table[0])
    // Every class known: the school's total and its % of sĩ số.
    const known = fixture().map((s) => ({ ...s, sent: s.sent ?? 12 }))
    const all = schoolReportTable(schoolReport(known, '2026-11'), labels)
    expect(all.at(-2)!.slice(0, 4)).toEqual(['Tổng cộng', '', 105, '80/105'])
    expect(all.at(-1)!.slice(0, 4)).toEqual(['Tỉ lệ (%)', '', '', 76.2])
    expect(schoolReportTable(schoolReport(known, '2026-11'), labels, true).at(-2)!.slice(0, 4)).toEqual([
      'Tổng cộng',
      '',
      105,
      80,
    ])
    const full = withExtraRows(table, [['Giáo viên', 2]])
    expect(full.at(-1)).toHaveLength(table[0]!.length)
    expect(full.at(-1)!.slice(0, 2)).toEqual(['Giáo viên', 2])
    expect(schoolBaseName('Trường THCS Nguyễn Du', '2026-11')).toBe('bao-cao-truong-thcs-nguyen-du-2026-11')
  })
})

async function officer() {
  const school = useSchoolStore()
  const s = await school.createSchool({
    name: 'Trường THCS Nguyễn Du',
    upperLevel: 'Phòng Văn hóa – Xã hội phường Hòa Bình',
  })
  const key = fromBase64url(s.keyB64)!.bytes
  return { school, s, key }
}

describe('importing class summaries', () => {
  it('keeps the highest seq per class and month; the same summary or an older one changes nothing', async () => {
    const { school, s, key } = await officer()
    const base = makeSummary({
      schoolId: s.id,
      classId: 'c6A1xxxxxxA',
      seq: 5,
      modules: { 'dich-vu-cong': fig(3, 10, 35) },
    })
    const s5 = await encodeSummary(base, key)
    const s7 = await encodeSummary({ ...base, seq: 7, modules: { 'dich-vu-cong': fig(4, 11, 35) } }, key)
    const s6 = await encodeSummary({ ...base, seq: 6, modules: { 'dich-vu-cong': fig(9, 9, 35) } }, key)
    expect((await school.importCodes([s5])).map((l) => l.text)).toEqual([
      'Đã nhận báo cáo lớp 6A1 tháng 11/2026 (Lê Thị Hoa).',
    ])
    const lines = await school.importCodes([`https://x.vn/s#${s5}`, s7, s6, s7])
    expect(lines.map((l) => l.ok)).toEqual([true, true, true, true])
    expect(lines.map((l) => l.text)).toEqual([
      'Lớp 6A1 tháng 11/2026: bản tổng hợp này đã nhập rồi, không thay đổi gì.',
      'Đã cập nhật báo cáo lớp 6A1 tháng 11/2026 bằng bản mới hơn (Lê Thị Hoa).',
      'Lớp 6A1 tháng 11/2026: bản này cũ hơn bản đã có, không thay đổi gì.',
      'Lớp 6A1 tháng 11/2026: bản tổng hợp này đã nhập rồi, không thay đổi gì.',
    ])
    const stored = await listSummaries(s.id)
    expect(stored).toHaveLength(1)
    expect(stored[0]!.summary.seq).toBe(7)
    expect(stored[0]!.summary.modules['dich-vu-cong']).toEqual(asStored(fig(4, 11, 35)))
    expect(school.summaries[s.id]).toHaveLength(1)
    // Another month of the same class is its own record.
    await school.importCodes([await encodeSummary({ ...base, month: '2026-12', seq: 8 }, key)])
    expect(await listSummaries(s.id)).toHaveLength(2)
  })

  it("refuses another school's, a tampered, a truncated and an unknown-version summary with the codec's message", async () => {
    const { school, s, key } = await officer()
    const good = await encodeSummary(makeSummary({ schoolId: s.id }), key)
    const foreign = await encodeSummary(makeSummary({ schoolId: newId() }), newKey())
    const otherKey = await encodeSummary(makeSummary({ schoolId: s.id }), newKey())
    const flipped = good.slice(0, 30) + (good[30] === 'A' ? 'B' : 'A') + good.slice(31)
    const bytes = fromBase64url(good)!.bytes
    bytes[1] = SUMMARY_VERSION + 1
    const newer = toBase64url(bytes)
    const results = await school.importCodes([foreign, otherKey, flipped, good.slice(0, 40), newer])
    expect(results.every((l) => !l.ok)).toBe(true)
    const keys = { [s.id]: key }
    for (const [i, code] of [foreign, otherKey, flipped, good.slice(0, 40), newer].entries()) {
      const d = await decodeSummary(code, keys)
      expect(d.ok).toBe(false)
      if (!d.ok) expect(results[i]!.text).toBe(codecMessage(d.error))
    }
    expect(results[0]!.text).toContain('không thuộc trường nào trên máy này')
    expect(results[1]!.text).toContain('Chữ ký của bản tổng hợp không đúng')
    expect(results[3]!.text).toContain('bị thiếu một phần')
    expect(results[4]!.text).toContain('phiên bản mới hơn')
    expect(await listSummaries(s.id)).toEqual([])
  })
})

describe('the teacher side', () => {
  it('joins from the school invite and sends signed summaries whose seq rises, counted under one teacher id', async () => {
    const { school, s, key } = await officer()
    const link = await school.invite(s, 'https://kynangso.edu.vn')
    expect(link).toMatch(/^https:\/\/kynangso\.edu\.vn\/join#/)
    const inv = await decodeSchoolInvite(link)
    expect(inv.ok).toBe(true)
    if (!inv.ok) return
    await school.joinSchool(inv.invite)
    await school.joinSchool(inv.invite) // joining twice keeps one membership
    expect(await listSchoolMemberships()).toHaveLength(1)

    const classroom = useClassroomStore()
    const cls = await classroom.createClass({
      className: '6A1',
      school: s.name,
      schoolYear: '2026-2027',
      grade: 6,
    })
    const students = classOf35()
    const first = await school.sendSummary(
      { schoolId: s.id, cls, students, size: 35, month: '2026-11', teacherName: 'Lê Thị Hoa' },
      'https://x.vn',
    )
    const second = await school.sendSummary(
      { schoolId: s.id, cls, students, size: 35, month: '2026-11', teacherName: 'Lê Thị Hoa' },
      'https://x.vn',
    )
    expect(first.link).toMatch(/^https:\/\/x\.vn\/s#/)
    expect([first.summary.seq, second.summary.seq]).toEqual([1, 2])
    expect(second.summary.teacherId).toBe(first.summary.teacherId)
    expect((await loadStaff())!.teacherId).toBe(first.summary.teacherId)
    const d = await decodeSummary(second.link, { [s.id]: key })
    expect(d.ok && d.summary.modules['dich-vu-cong']).toEqual({
      completedInMonth: 5,
      completedTotal: 25,
      outOf: 35,
      // Over the 25 who completed it (issue 21), not the 30 who took the quiz (85).
      averageBestScore: 90,
      learnedInClass: 0,
      learners: 25,
      periods: 0,
    })
    expect(d.ok && d.summary.modules['mua-sam']).toMatchObject({ completedInMonth: 5, completedTotal: 5 })
    // On the officer's phone (the same one here) the newer summary wins.
    const lines = await school.importCodes([second.code, first.code])
    expect(lines.map((l) => l.ok)).toEqual([true, true])
    expect(lines[1]!.text).toContain('cũ hơn')
    expect(schoolReport(school.summaries[s.id]!, '2026-11').staff.teachers).toBe(1)
  })

  it('sends sĩ số from the class list, so the school counts out of the real class size', async () => {
    const { school, s, key } = await officer()
    const inv = await decodeSchoolInvite(await school.invite(s, 'https://x.vn'))
    if (!inv.ok) throw new Error('invite')
    await school.joinSchool(inv.invite)
    const cls = await useClassroomStore().createClass({
      className: '6A2',
      school: s.name,
      schoolYear: '2026-2027',
      grade: 6,
    })
    // 35 students sent a receipt; the teacher reset one record (seq 0: waiting for the next receipt).
    const students = classOf35().map((x, i) => (i === 34 ? { ...x, lastSeq: 0, modules: {} } : x))
    const sent = await school.sendSummary(
      { schoolId: s.id, cls, students, size: 42, month: '2026-11', teacherName: 'Lê Thị Hoa' },
      'https://x.vn',
    )
    const d = await decodeSummary(sent.link, { [s.id]: key })
    expect(d.ok && d.summary.studentCount).toBe(42)
    expect(d.ok && d.summary.modules['dich-vu-cong']).toMatchObject({ completedTotal: 25, outOf: 42 })
    // Summary v3: how many of the class sent their result, as the class paper says it (34 of 42).
    expect(d.ok && d.summary.sent).toBe(34)
    await school.importCodes([sent.code])
    expect(schoolReport(school.summaries[s.id]!, '2026-11').rows[0]).toMatchObject({ sent: 34, studentCount: 42 })
  })
})
