import { describe, expect, it } from 'vitest'
import { classroomFigures } from '@/report/period'
import { monthlyFigures, reportStudents } from '@/report/class'
import type { ClassSummary, Roster, StudentRecord, TaughtPeriod } from '@/domain/records'
import { schoolFigures, schoolReport } from '@/report/school'
import { unitReport } from '@/report/unit'
import { mergeReceipt } from '@/domain/merge'

const MONTH = '2026-11'
const roster: Roster = {
  classId: 'C',
  entries: Array.from({ length: 36 }, (_, i) => ({ number: i + 1, name: `Học Sinh Số ${i + 1}` })),
  links: {},
  updatedAt: 1,
}
const period = (over: Partial<TaughtPeriod> = {}): TaughtPeriod => ({
  id: 'p',
  classId: 'C',
  date: '2026-11-24',
  periods: [3],
  moduleIds: ['chong-lua-dao'],
  rosterSize: 36,
  present: Array.from({ length: 36 }, (_, i) => i + 1).filter((n) => n !== 17),
  teacherName: 'Cô Lan',
  createdAt: 1,
  updatedAt: 1,
  ...over,
})
const completed = (n: number, name = `Học Sinh Số ${n}`, at = Date.UTC(2026, 10, 20)): StudentRecord => ({
  classId: 'C',
  studentId: `s${n}`,
  name,
  classNumber: n,
  lastSeq: 1,
  lastReceiptAt: at,
  modules: { 'chong-lua-dao': { completedAt: at, bestScore: 90, attempts: 1 } },
})

describe('the period counted in the report', () => {
  it('36 on the list, 35 present for module 7, one of them also completed on her phone: 35 in class, 35 learners', () => {
    const students = [completed(5)]
    const f = classroomFigures([period()], roster, students, MONTH)['chong-lua-dao']
    expect(f).toEqual({ learnedInClass: 35, periods: 1, learners: 35 })
    expect(monthlyFigures(reportStudents(roster, students), MONTH, 36)['chong-lua-dao'].completedTotal).toBe(1)
  })
  it('adds the absent student who completed on the phone, once, and a receipt that matches no row', () => {
    const students = [completed(17), completed(5), completed(40, 'Em Mới Chuyển Đến')]
    expect(classroomFigures([period()], roster, students, MONTH)['chong-lua-dao']).toEqual({
      learnedInClass: 35,
      periods: 1,
      learners: 37,
    })
  })
  it('counts two receipt rows of one student (a phone reset) once', () => {
    const again = { ...completed(17), studentId: 's17b' }
    expect(classroomFigures([period()], roster, [completed(17), again], MONTH)['chong-lua-dao'].learners).toBe(36)
  })
  it('counts tiết in the month and learners up to its end, not after', () => {
    const logs = [
      period({ id: 'a', date: '2026-10-05', periods: [1, 2] }),
      period({ id: 'b', date: '2026-11-24', periods: [3] }),
      period({ id: 'c', date: '2026-12-01', present: [17] }),
    ]
    const nov = classroomFigures(logs, roster, [completed(17, undefined, Date.UTC(2026, 11, 2))], MONTH)[
      'chong-lua-dao'
    ]
    expect(nov).toEqual({ learnedInClass: 35, periods: 1, learners: 35 })
    expect(classroomFigures(logs, roster, [], '2026-10')['chong-lua-dao'].periods).toBe(2)
    expect(classroomFigures(logs, roster, [], MONTH)['dich-vu-cong']).toEqual({
      learnedInClass: 0,
      periods: 0,
      learners: 0,
    })
  })
  it('with no class list, counts the phones only', () => {
    expect(classroomFigures([], undefined, [completed(1), completed(2)], MONTH)['chong-lua-dao']).toEqual({
      learnedInClass: 0,
      periods: 0,
      learners: 2,
    })
  })
})

describe('the school and the unit add up the periods', () => {
  const summary = (over: Partial<ClassSummary>): ClassSummary => ({
    schoolId: 'EBESExQVFhc',
    classId: 'AAECAwQFBgc',
    teacherId: 'GBkaGxwdHh8',
    teacherName: 'Cô Lan',
    className: '7A',
    grade: 7,
    schoolYear: '2026-2027',
    month: MONTH,
    studentCount: 36,
    teacherCompleted: [],
    readiness: { vneidLevel2: false, dvcPortal: false, fiveSkills: false },
    issuedAt: 1,
    seq: 1,
    modules: {
      'chong-lua-dao': {
        completedInMonth: 1,
        completedTotal: 1,
        outOf: 36,
        averageBestScore: 90,
        learnedInClass: 35,
        learners: 35,
        periods: 1,
      },
    },
    ...over,
  })
  it('sums in class, learners and tiết over the classes and counts the teachers who taught once', () => {
    const a = summary({})
    const b = summary({
      classId: 'BwYFBAMCAQA',
      className: '7B',
      modules: {
        'chong-lua-dao': {
          completedInMonth: 0,
          completedTotal: 3,
          outOf: 30,
          averageBestScore: 80,
          learnedInClass: 28,
          learners: 30,
          periods: 2,
        },
      },
    })
    const c = summary({
      classId: 'CAkKCwwNDg8',
      className: '7C',
      teacherId: 'MDEyMzQ1Njc',
      modules: {
        'chong-lua-dao': { completedInMonth: 0, completedTotal: 2, outOf: 30, averageBestScore: 80 },
      },
    })
    const r = schoolReport([a, b, c], MONTH)
    expect(r.totals.modules['chong-lua-dao']).toEqual({
      inMonth: 1,
      total: 6,
      learnedInClass: 63,
      learners: 67,
      periods: 3,
    })
    // Cô Lan taught 7A and 7B (counted once); 7C's teacher logged no period (a version-1 summary).
    expect([r.staff.teachers, r.staff.taught]).toEqual([2, 1])
    const figures = schoolFigures(r)
    const unit = unitReport(
      [
        {
          unitId: 'MDEyMzQ1Njc',
          schoolId: 'EBESExQVFhc',
          schoolName: 'THCS A',
          month: MONTH,
          classes: 3,
          studentCount: 96,
          modules: figures.modules,
          staff: figures.staff,
          outreach: { sessions: 0, people: 0, helped: 0 },
          issuedAt: 1,
          seq: 1,
        },
      ],
      [],
      MONTH,
    )
    expect(unit.totals.modules['chong-lua-dao']).toMatchObject({
      learnedInClass: 63,
      learners: 67,
      periods: 3,
    })
    expect(unit.staff.taught).toBe(1)
  })
})

describe('the last attempt in the merge rule', () => {
  it('takes what the newer receipt says was missed, and keeps the old one when a v1 receipt says nothing', () => {
    const base = { classId: 'C', studentId: 's', name: 'An', classNumber: 1, issuedAt: 1 }
    const first = mergeReceipt(undefined, {
      ...base,
      seq: 1,
      modules: { 'chong-lua-dao': { bestScore: 60, attempts: 1, missed: [1, 2], criticalMissed: true } },
    }).record
    const second = mergeReceipt(first, {
      ...base,
      seq: 2,
      modules: { 'chong-lua-dao': { bestScore: 90, attempts: 2, missed: [2], criticalMissed: false } },
    }).record
    expect(second.modules['chong-lua-dao']).toEqual({
      bestScore: 90,
      attempts: 2,
      missed: [2],
      criticalMissed: false,
    })
    const v1 = mergeReceipt(second, {
      ...base,
      seq: 3,
      modules: { 'chong-lua-dao': { bestScore: 80, attempts: 3 } },
    }).record
    expect(v1.modules['chong-lua-dao']).toEqual({
      bestScore: 90,
      attempts: 3,
      missed: [2],
      criticalMissed: false,
    })
  })
})
