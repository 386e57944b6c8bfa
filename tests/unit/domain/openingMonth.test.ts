// One rule for the month a report opens on, at every level: the current month when it has figures, else
// the newest with figures not after it, else the current month. A month after today never opens a report.
import { describe, expect, it } from 'vitest'
import { isFutureMonth, monthChoices, openingMonth } from '@/domain/time'
import { defaultReportMonth } from '@/report/class'
import { schoolDefaultMonth } from '@/report/school'
import type { StudentRecord } from '@/domain/records'

const NOW = Date.UTC(2026, 10, 3, 3) // 3/11/2026, Vietnam time

describe('openingMonth', () => {
  it('opens on the current month when it has figures, else the newest before it, never a future one', () => {
    expect(openingMonth(['2026-09', '2026-11', '2026-10'], NOW)).toBe('2026-11')
    expect(openingMonth(['2026-09', '2026-10'], NOW)).toBe('2026-10')
    expect(openingMonth(['2569-05', '2026-12', '2026-09'], NOW)).toBe('2026-09')
    expect(openingMonth(['2569-05'], NOW)).toBe('2026-11')
    expect(openingMonth([], NOW)).toBe('2026-11')
  })
  it('forgives a clock a day ahead at month end, never a summary claiming 12/3024 (#24 item 6)', () => {
    const lastDay = Date.UTC(2026, 10, 30, 10) // 30/11/2026 17:00 Vietnam time
    expect(openingMonth(['3024-12', '2026-10'], lastDay)).toBe('2026-10')
    expect(openingMonth(['2026-12', '2026-10'], lastDay)).toBe('2026-12')
    expect(openingMonth(['2026-12', '2026-11'], lastDay)).toBe('2026-11')
    expect(openingMonth(['2026-12'], NOW)).toBe('2026-11')
    expect(isFutureMonth('3024-12', NOW)).toBe(true)
    expect(isFutureMonth('2026-12', NOW)).toBe(true)
    expect(isFutureMonth('2026-11', NOW)).toBe(false)
    expect(isFutureMonth('2026-12', lastDay)).toBe(false)
  })
  it('is the rule of the class and school reports too', () => {
    const student = { lastReceiptAt: Date.UTC(2026, 9, 20), modules: {} } as unknown as StudentRecord
    expect(defaultReportMonth(NOW, [student])).toBe('2026-10')
    expect(defaultReportMonth(NOW)).toBe('2026-11')
    expect(schoolDefaultMonth(['2569-05', '2026-10'], NOW)).toBe('2026-10')
  })
  it('offers the current month and every month with figures, newest first, once each', () => {
    expect(monthChoices('2026-11', ['2026-09', '2026-10'], ['2026-10', '2026-11'])).toEqual([
      '2026-11',
      '2026-10',
      '2026-09',
    ])
  })
})
