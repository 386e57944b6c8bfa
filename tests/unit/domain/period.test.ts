import { describe, expect, it } from 'vitest'
import { checkPeriod, classFigures, isCalendarDate, periodRecord, sortPeriods, type PeriodDraft } from '@/domain/period'
import type { Roster, TaughtPeriod } from '@/domain/records'

const roster = (n: number): Roster => ({
  classId: 'C',
  entries: Array.from({ length: n }, (_, i) => ({ number: i + 1, name: `Học sinh ${i + 1}` })),
  links: {},
  updatedAt: 1,
})
// 2026-11-24 10:00 Vietnam time
const NOW = Date.UTC(2026, 10, 24, 3)
const draft = (over: Partial<PeriodDraft> = {}): PeriodDraft => ({
  date: '2026-11-24',
  periods: [3],
  moduleIds: ['chong-lua-dao'],
  present: [1, 2, 3],
  teacherName: 'Cô Lan',
  ...over,
})
const period = (over: Partial<TaughtPeriod> = {}): TaughtPeriod => ({
  id: 'p',
  classId: 'C',
  date: '2026-11-24',
  periods: [3],
  moduleIds: ['chong-lua-dao'],
  present: [1, 2],
  rosterSize: 36,
  teacherName: 'Cô Lan',
  createdAt: 1,
  updatedAt: 1,
  ...over,
})

describe('checking a period log', () => {
  it('takes a complete log', () => {
    expect(checkPeriod(draft(), roster(36), NOW)).toBeUndefined()
  })
  it('needs the class list to tick presence on', () => {
    expect(checkPeriod(draft(), undefined, NOW)).toBe('noRoster')
    expect(checkPeriod(draft(), { ...roster(0), size: 36 }, NOW)).toBe('noRoster')
  })
  it('refuses a day after today in Vietnam time, and a day that does not exist', () => {
    expect(checkPeriod(draft({ date: '2026-11-25' }), roster(36), NOW)).toBe('futureDate')
    // 23:30 UTC on the 24th is already the 25th in Vietnam: the 25th is today there, not the future.
    expect(checkPeriod(draft({ date: '2026-11-25' }), roster(36), Date.UTC(2026, 10, 24, 17, 30))).toBeUndefined()
    expect(checkPeriod(draft({ date: '2026-02-30' }), roster(36), NOW)).toBe('badDate')
    expect(checkPeriod(draft({ date: '' }), roster(36), NOW)).toBe('badDate')
    expect(isCalendarDate('2024-12-31')).toBe(false)
  })
  it('refuses no student present, or a row not on the list', () => {
    expect(checkPeriod(draft({ present: [] }), roster(36), NOW)).toBe('noStudent')
    expect(checkPeriod(draft({ present: [37] }), roster(36), NOW)).toBe('badStudent')
    expect(checkPeriod(draft({ present: [1, 1] }), roster(36), NOW)).toBe('badStudent')
  })
  it('refuses a module not in the app, or none', () => {
    expect(checkPeriod(draft({ moduleIds: ['lap-trinh'] }), roster(36), NOW)).toBe('unknownModule')
    expect(checkPeriod(draft({ moduleIds: ['constructor'] }), roster(36), NOW)).toBe('unknownModule')
    expect(checkPeriod(draft({ moduleIds: [] }), roster(36), NOW)).toBe('noModule')
  })
  it('needs the tiết (1..10, each once) and who taught', () => {
    expect(checkPeriod(draft({ periods: [] }), roster(36), NOW)).toBe('noPeriod')
    expect(checkPeriod(draft({ periods: [11] }), roster(36), NOW)).toBe('badPeriod')
    expect(checkPeriod(draft({ periods: [3, 3] }), roster(36), NOW)).toBe('badPeriod')
    expect(checkPeriod(draft({ teacherName: ' \u200b ' }), roster(36), NOW)).toBe('noTeacher')
  })
  it('stores the log sorted, modules in the app order, the name canonical', () => {
    const r = periodRecord(
      draft({
        periods: [4, 3],
        present: [3, 1],
        moduleIds: ['chong-lua-dao', 'dich-vu-cong'],
        teacherName: '  Cô   Lan ',
      }),
      { id: 'x', classId: 'C', rosterSize: 36, createdAt: 5 },
      9,
    )
    expect(r).toEqual({
      id: 'x',
      classId: 'C',
      date: '2026-11-24',
      periods: [3, 4],
      moduleIds: ['dich-vu-cong', 'chong-lua-dao'],
      present: [1, 3],
      rosterSize: 36,
      teacherName: 'Cô Lan',
      createdAt: 5,
      updatedAt: 9,
    })
  })
  it('lists the newest first', () => {
    const list = [
      period({ id: 'a', date: '2026-11-20' }),
      period({ id: 'b', date: '2026-11-24', periods: [1] }),
      period({ id: 'c', date: '2026-11-24', periods: [4] }),
    ]
    expect(sortPeriods(list).map((p) => p.id)).toEqual(['c', 'b', 'a'])
  })
})

describe('what the class figures take from the logs', () => {
  it('counts each present row once per module, and the tiết in the month and up to its end', () => {
    const logs = [
      period({ id: 'a', date: '2026-10-30', periods: [1, 2], present: [1, 2, 3] }),
      period({ id: 'b', date: '2026-11-24', periods: [3], present: [2, 3, 4] }),
      period({ id: 'c', date: '2026-12-01', periods: [1], present: [5] }),
    ]
    const f = classFigures(logs, roster(36), '2026-11')['chong-lua-dao']
    expect([...f.presentRows].sort()).toEqual([1, 2, 3, 4])
    expect([f.periodsInMonth, f.periodsTotal]).toEqual([1, 3])
    expect(classFigures(logs, roster(36), '2026-11')['dich-vu-cong'].presentRows.size).toBe(0)
  })
  it('drops rows no longer on the list', () => {
    expect(classFigures([period({ present: [1, 40] })], roster(36), '2026-11')['chong-lua-dao'].presentRows.size).toBe(
      1,
    )
  })
})
