import { describe, expect, it } from 'vitest'
import { classroomFigures } from '@/report/period'
import { monthlyFigures, reportStudents } from '@/report/class'
import type { Roster, StudentRecord, TaughtPeriod } from '@/domain/records'

const MONTH = '2026-11'
const roster: Roster = { classId: 'C', entries: Array.from({ length: 36 }, (_, i) => ({ number: i + 1, name: `Học Sinh Số ${i + 1}` })), links: {}, updatedAt: 1 }
const period = (over: Partial<TaughtPeriod> = {}): TaughtPeriod => ({
  id: 'p', classId: 'C', date: '2026-11-24', periods: [3], moduleIds: ['chong-lua-dao'], rosterSize: 36,
  present: Array.from({ length: 36 }, (_, i) => i + 1).filter((n) => n !== 17), teacherName: 'Cô Lan', createdAt: 1, updatedAt: 1, ...over,
})
const completed = (n: number, name = `Học Sinh Số ${n}`, at = Date.UTC(2026, 10, 20)): StudentRecord => ({
  classId: 'C', studentId: `s${n}`, name, classNumber: n, lastSeq: 1, lastReceiptAt: at,
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
    expect(classroomFigures([period()], roster, students, MONTH)['chong-lua-dao']).toEqual({ learnedInClass: 35, periods: 1, learners: 37 })
  })
  it('counts two receipt rows of one student (a phone reset) once', () => {
    const again = { ...completed(17), studentId: 's17b' }
    expect(classroomFigures([period()], roster, [completed(17), again], MONTH)['chong-lua-dao'].learners).toBe(36)
  })
  it('counts tiết in the month and learners up to its end, not after', () => {
    const logs = [period({ id: 'a', date: '2026-10-05', periods: [1, 2] }), period({ id: 'b', date: '2026-11-24', periods: [3] }), period({ id: 'c', date: '2026-12-01', present: [17] })]
    const nov = classroomFigures(logs, roster, [completed(17, undefined, Date.UTC(2026, 11, 2))], MONTH)['chong-lua-dao']
    expect(nov).toEqual({ learnedInClass: 35, periods: 1, learners: 35 })
    expect(classroomFigures(logs, roster, [], '2026-10')['chong-lua-dao'].periods).toBe(2)
    expect(classroomFigures(logs, roster, [], MONTH)['dich-vu-cong']).toEqual({ learnedInClass: 0, periods: 0, learners: 0 })
  })
  it('with no class list, counts the phones only', () => {
    expect(classroomFigures([], undefined, [completed(1), completed(2)], MONTH)['chong-lua-dao']).toEqual({ learnedInClass: 0, periods: 0, learners: 2 })
  })
})
