import { describe, expect, it } from 'vitest'
import { countText, moduleCounts, monthlyFigures, notStarted, reportMonths, studentStatus } from '@/report/class'
import { classOf35, makeStudent, vn } from '../../factories/classFixture'

const none = { completedInMonth: 0, completedTotal: 0, outOf: 35, averageBestScore: null }

// The average best score is over the students who completed the module by the month's end (issue 21: it was over
// everyone with a quiz attempt, so the five who only tried dich-vu-cong (60) pulled it to 85, and mua-sam showed 100
// in September with nobody having completed it).
describe('monthly report for the 35-student class', () => {
  const students = classOf35()

  it('September', () => {
    const r = monthlyFigures(students, '2026-09')
    expect(r['dich-vu-cong']).toEqual({
      completedInMonth: 10,
      completedTotal: 10,
      outOf: 35,
      averageBestScore: 90,
    })
    // Six students passed the mua-sam quiz (100) but none completed it by the end of September: no average.
    expect(r['mua-sam']).toEqual({ completedInMonth: 0, completedTotal: 0, outOf: 35, averageBestScore: null })
    expect(r['chong-lua-dao']).toEqual(none)
  })

  it('October', () => {
    expect(monthlyFigures(students, '2026-10')['dich-vu-cong']).toEqual({
      completedInMonth: 10,
      completedTotal: 20,
      outOf: 35,
      averageBestScore: 90,
    })
  })

  it('November: a completion at 23:30 on the 30th counts, one at 00:30 on 1 December does not', () => {
    const r = monthlyFigures(students, '2026-11')
    expect(r['dich-vu-cong']).toEqual({
      completedInMonth: 5,
      completedTotal: 25,
      outOf: 35,
      averageBestScore: 90,
    })
    expect(r['mua-sam']).toEqual({ completedInMonth: 5, completedTotal: 5, outOf: 35, averageBestScore: 100 })
    expect(monthlyFigures(students, '2026-12')['mua-sam']).toMatchObject({
      completedInMonth: 1,
      completedTotal: 6,
    })
  })

  it('dashboard counts and who has not started', () => {
    expect(moduleCounts(students)['dich-vu-cong']).toEqual({ completed: 25, started: 5, notStarted: 5 })
    expect(notStarted(students).map((s) => s.classNumber)).toEqual([31, 32, 33, 34, 35])
    expect(countText(12, 32)).toBe('12/32 (38%)')
    expect(countText(0, 0)).toBe('0/0 (0%)')
  })

  it('lists report months newest first, including the current month', () => {
    expect(reportMonths(students, vn(2027, 1, 5))).toEqual(['2027-01', '2026-12', '2026-11', '2026-10', '2026-09'])
  })

  it('derives one status per student and module', () => {
    expect(studentStatus(students[0]!, 'dich-vu-cong')).toBe('completed')
    expect(studentStatus(students[27]!, 'dich-vu-cong')).toBe('started')
    expect(studentStatus(makeStudent(1), 'an-ninh-mang')).toBe('notStarted')
  })
})
