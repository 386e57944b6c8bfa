// Every date formatter is total: a stored time beyond what a Date holds (8.64e15 + 7 h), NaN or ±Infinity
// must never throw out of a dashboard, a report or a file name (issue #15, defect 3).
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { MAX_TIME_MS, vnDate, vnMonth } from '@/domain/time'
import { formatDate, showDate } from '@/domain/format'
import { localDate } from '@/domain/outreach/tally'
import { backupFileName } from '@/exchange/backup/teacher'
import * as outreachBackup from '@/exchange/backup/outreach'

const hostile = fc.oneof(
  fc.double(),
  fc.constantFrom(8.64e15, -8.64e15, 8.64e15 + 1, Number.MAX_VALUE, NaN, Infinity, -Infinity, MAX_TIME_MS),
)

describe('date formatters are total', () => {
  it('never throw and always give a date of the usual shape, for any number', () => {
    fc.assert(
      fc.property(hostile, (ms) => {
        expect(vnDate(ms)).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(vnMonth(ms)).toMatch(/^\d{4}-\d{2}$/)
        expect(formatDate(ms)).toMatch(/^\d{1,2}\/\d{1,2}\/\d{1,6}$/)
        expect(localDate(ms)).toMatch(/^\d{4,6}-\d{2}-\d{2}$/)
        expect(backupFileName(ms)).toMatch(/^kns-sao-luu-\d{4,6}-\d{2}-\d{2}\.json$/)
        expect(outreachBackup.backupFileName(ms)).toMatch(/^to-cns-sao-luu-\d{4,6}-\d{2}-\d{2}\.json$/)
      }),
    )
  })

  it('keeps ordinary dates as they were', () => {
    expect(vnDate(Date.UTC(2026, 2, 31, 16, 30))).toBe('2026-03-31')
    expect(vnMonth(Date.UTC(2026, 2, 31, 17, 30))).toBe('2026-04')
  })
})

describe('showDate', () => {
  it('shows a calendar date the Vietnamese way, without leading zeros', () => {
    expect(showDate('2026-11-27')).toBe('27/11/2026')
    expect(showDate('2026-01-05')).toBe('5/1/2026')
  })
})
