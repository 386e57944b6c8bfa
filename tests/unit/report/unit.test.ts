// The unit's month over school and team summaries: rows, totals, % of sĩ số, schools missing this month,
// staff and outreach totals; the document's CSV, and the team leader's month over members' summaries.
import { describe, expect, it } from 'vitest'
import { formLines, unitReport, unitReportDocument, unitMonths, type UnitWords } from '@/report/unit'
import { teamMonth, teamTable } from '@/report/team'
import { documentCsv } from '@/report/export/csv'
import messages from '@/i18n/vi-unit'
import { makeOutreachSummary, makeSchoolSummary, MEMBER, SCHOOL, TEAM, UNIT } from '../../factories/chain'

const OTHER = 'AAECAwQFBgc'
const team = makeOutreachSummary({
  toId: UNIT,
  from: 'team',
  fromId: TEAM,
  fromName: 'Tổ công nghệ số ấp 3',
  members: 2,
})

describe('unitReport', () => {
  const schools = [
    makeSchoolSummary(),
    makeSchoolSummary({ seq: 1, classes: 99 }), // older of the same month: ignored
    makeSchoolSummary({
      schoolId: OTHER,
      schoolName: 'Trường THCS Lê Lợi',
      month: '2026-10',
      studentCount: 300,
      modules: {},
      outreach: { sessions: 0, people: 0, helped: 0 },
    }),
  ]
  const r = unitReport(schools, [team, makeOutreachSummary()], '2026-11')

  it('has one row per school that reported, the totals, and the schools that did not', () => {
    expect(r.rows.map((x) => [x.schoolName, x.classes, x.studentCount])).toEqual([['Trường THCS Nguyễn Du', 12, 480]])
    expect(r.totals.modules['dich-vu-cong']).toEqual({
      inMonth: 40,
      total: 300,
      learnedInClass: 0,
      learners: 300,
      periods: 0,
    })
    expect(r.missing).toEqual([{ schoolId: OTHER, schoolName: 'Trường THCS Lê Lợi' }])
    expect(r.staff).toMatchObject({ teachers: 30, vneidLevel2: 28 })
  })
  it("adds each school's own outreach and each team's (a member's summary is the leader's, not the unit's)", () => {
    expect(r.outreach.rows.map((o) => [o.kind, o.name, o.sessions])).toEqual([
      ['school', 'Trường THCS Nguyễn Du', 4],
      ['team', 'Tổ công nghệ số ấp 3', 3],
    ])
    expect(r.outreach).toMatchObject({ sessions: 7, people: 85 + 42, helped: 120 + 19 })
  })
  it('lists months with summaries, newest first', () => {
    expect(unitMonths(schools, [team], '2026-12')).toEqual(['2026-12', '2026-11', '2026-10'])
  })
  it('writes the document the school report does, and its CSV holds the school row, outreach total and totals row', () => {
    const doc = unitReportDocument(
      {
        unitName: 'Phòng Văn hóa – Xã hội xã Hòa Bình',
        upperLevel: '',
        report: r,
        moduleTitle: (id) => id,
        dateLine: 'x',
      },
      messages.unitDoc as UnitWords,
    )
    const rows = documentCsv(doc)
      .slice(1)
      .split('\r\n')
      .map((l) => l.split(','))
    expect(rows[0]![0]).toBe('PHÒNG VĂN HÓA – XÃ HỘI XÃ HÒA BÌNH')
    expect(rows.find((x) => x[0] === 'Trường THCS Nguyễn Du')!.slice(0, 5)).toEqual([
      'Trường THCS Nguyễn Du',
      '12',
      '480',
      '40',
      '300',
    ])
    expect(rows.find((x) => x[0] === 'Tổng cộng')!.slice(0, 3)).toEqual(['Tổng cộng', '12', '480'])
    expect(rows.find((x) => x[0]!.startsWith('Cộng hỗ trợ người dân'))!.slice(2, 5)).toEqual(['7', '127', '139'])
  })
  it('gives the form lines with % of sĩ số', () => {
    const lines = formLines(r, messages.unitForm, (id) => id)
    expect(lines.find((l) => l.label.startsWith('Số học sinh hoàn thành MĐ1'))?.value).toBe('300 (62,5%)')
    // The unit has not entered its schools: the denominator is unknown, never "0 chưa báo cáo".
    expect(lines.find((l) => l.label === 'Số trường chưa báo cáo')?.value).toBe('chưa nhập số trường')
    expect(lines.find((l) => l.label === 'Tổng số trường của đơn vị')?.value).toBe('chưa nhập số trường')
  })
})

describe('the unit against its own list of schools', () => {
  const words = messages.unitDoc as UnitWords
  const doc = (r: ReturnType<typeof unitReport>) =>
    unitReportDocument({ unitName: 'Xã A', upperLevel: '', report: r, moduleTitle: (id) => id, dateLine: '' }, words)
  const reported = [makeSchoolSummary()] // Trường THCS Nguyễn Du, 11/2026

  it('says x/y, names the schools not reported, and never "đủ" without a denominator', () => {
    const unknown = unitReport(reported, [], '2026-11')
    expect(unknown.coverage).toMatchObject({ reported: 1, expected: undefined })
    expect(doc(unknown).facts.join(' ')).toContain('chưa nhập số trường')
    expect(doc(unknown).facts.join(' ')).not.toContain('đủ')

    const list = { names: ['Trường THCS Nguyễn Du', 'Trường THCS Lê Lợi', 'Trường TH Kim Đồng'] }
    const r = unitReport(reported, [], '2026-11', list)
    expect(r.coverage.expected).toBe(3)
    expect(r.missing.map((m) => m.schoolName)).toEqual(['Trường TH Kim Đồng', 'Trường THCS Lê Lợi'])
    const facts = doc(r).facts.join(' ')
    expect(facts).toContain('1/3 trường đã báo cáo')
    expect(facts).toContain('Trường chưa báo cáo (2): Trường TH Kim Đồng; Trường THCS Lê Lợi.')
    expect(documentCsv(doc(r))).toContain('1/3 trường đã báo cáo')
    const lines = formLines(r, messages.unitForm, (id) => id)
    expect(lines.find((l) => l.label === 'Tổng số trường của đơn vị')?.value).toBe('3')
    expect(lines.find((l) => l.label === 'Số trường chưa báo cáo')?.value).toBe('2')

    const all = unitReport(reported, [], '2026-11', { count: 1 })
    expect(doc(all).facts.join(' ')).toContain('Các trường đã báo cáo đủ.')
    const count = unitReport(reported, [], '2026-11', { count: 4 })
    expect(doc(count).facts.join(' ')).toContain('Số trường chưa báo cáo: 3.')
  })
  it('shows a school that reported from outside the list as "ngoài danh sách", never drops it', () => {
    const r = unitReport(reported, [], '2026-11', { names: ['Trường THCS Lê Lợi'] })
    expect(r.rows).toHaveLength(1)
    expect(r.coverage.outside).toEqual([{ id: SCHOOL, name: 'Trường THCS Nguyễn Du' }])
    expect(doc(r).facts.join(' ')).toContain('ngoài danh sách của đơn vị (1): Trường THCS Nguyễn Du')
  })
  it('writes figures the Vietnamese way in the form lines, and copies them as plain digits', () => {
    const lines = formLines(unitReport(reported, [], '2026-11', { count: 2 }), messages.unitForm, (id) => id)
    const mod1 = lines.find((l) => l.label.startsWith('Số học sinh hoàn thành MĐ1'))
    expect(mod1).toMatchObject({ value: '300 (62,5%)', copy: '300' })
    // 2,400 students over five schools: shown "2.400", copied "2400" (an online form's number field reads
    // "2.400" as 2.4).
    const big = [0, 1, 2, 3, 4].map((i) =>
      makeSchoolSummary({ schoolId: `s${String(i).padStart(10, 'x')}`, schoolName: `Trường ${i}` }),
    )
    const five = formLines(unitReport(big, [], '2026-11'), messages.unitForm, (id) => id)
    expect(five.find((l) => l.label === 'Tổng sĩ số học sinh')).toMatchObject({ value: '2.400', copy: '2400' })
    // No figure yet: the words, shown and copied.
    expect(five.find((l) => l.label === 'Tổng số trường của đơn vị')).toMatchObject({
      value: 'chưa nhập số trường',
      copy: 'chưa nhập số trường',
    })
  })
})

describe('teamMonth', () => {
  it("shows each member's newest summary and the team total, outcomes added up by label", () => {
    const b = makeOutreachSummary({
      fromId: SCHOOL,
      fromName: 'Lê Văn Nam',
      figures: {
        ...makeOutreachSummary().figures,
        sessions: 1,
        people: 5,
        byKind: { household: 1, community: 0, parents: 0 },
        outcomes: [{ label: 'Cài đặt VNeID', count: 2 }],
      },
    })
    const m = teamMonth(
      [makeOutreachSummary(), makeOutreachSummary({ seq: 0, figures: { ...b.figures, people: 1 } }), b],
      '2026-11',
    )
    expect(m.members.map((x) => x.fromName)).toEqual(['Lê Văn Nam', 'Trần Thị Mai'])
    expect(m.total).toMatchObject({
      sessions: 4,
      people: 47,
      outcomes: [
        { label: 'Cài đặt VNeID', count: 17 },
        { label: 'Báo cáo lừa đảo', count: 4 },
      ],
    })
    expect(teamTable(m, { member: 'TV', sessions: 'B', people: 'N', total: 'Cộng' }).at(-1)).toEqual([
      'Cộng',
      4,
      47,
      17,
      4,
    ])
    expect(MEMBER).not.toBe(SCHOOL)
  })
})
