// Records dated in the future or beyond any real date (a phone clock set ahead, a hostile backup): the
// class dashboard and report still render, open on the current month, and flag those records (issue #15).
import { describe, expect, it } from 'vitest'
import { activeInMonth, defaultReportMonth, isFutureDated, monthlyFigures, reportMonths } from '@/report/class'
import { schoolDefaultMonth } from '@/report/school'
import { makeStudent } from '../../factories/classFixture'
import { MAX_TIME_MS } from '@/domain/time'

const NOW = Date.UTC(2026, 10, 30, 5)

describe('future and out-of-range times', () => {
  const far = makeStudent(1, {
    lastReceiptAt: 8.64e15,
    modules: { 'dich-vu-cong': { completedAt: 8.64e15, bestScore: 90, attempts: 1 } },
  })
  const ahead = makeStudent(2, {
    lastReceiptAt: MAX_TIME_MS,
    modules: { 'mua-sam': { completedAt: MAX_TIME_MS, bestScore: 90, attempts: 1 } },
  })
  const today = makeStudent(3, {
    lastReceiptAt: NOW - 3600_000,
    modules: { 'mua-sam': { completedAt: NOW + 5 * 3600_000, bestScore: 90, attempts: 1 } },
  })

  it('a time of 8.64e15 leaves the dashboard and the report working', () => {
    expect(() => reportMonths([far, ahead, today], NOW)).not.toThrow()
    expect(() => monthlyFigures([far, ahead, today], '2026-11')).not.toThrow()
    expect(() => activeInMonth(far, '2026-11')).not.toThrow()
    expect(monthlyFigures([far, ahead, today], '2026-11')['mua-sam'].completedInMonth).toBe(1)
  })

  it('the report opens on the current month, whatever months the records claim', () => {
    expect(defaultReportMonth(NOW)).toBe('2026-11')
    expect(reportMonths([ahead], NOW)).toContain('2026-11')
  })

  it('the school report opens on the newest month up to now that has summaries', () => {
    expect(schoolDefaultMonth(['2569-05', '2026-10', '2026-09'], NOW)).toBe('2026-10')
    expect(schoolDefaultMonth(['2569-05'], NOW)).toBe('2026-11')
    expect(schoolDefaultMonth([], NOW)).toBe('2026-11')
  })

  it('flags a record dated after now as suspicious; today’s completion (kept as noon of its day) is not', () => {
    expect(isFutureDated(far, NOW)).toBe(true)
    expect(isFutureDated(ahead, NOW)).toBe(true)
    expect(isFutureDated(today, NOW)).toBe(false)
    expect(isFutureDated(makeStudent(4, { lastReceiptAt: NOW + 3 * 86_400_000 }), NOW)).toBe(true)
  })
})
