// The period store over fake-indexeddb: a refused log saves nothing; a saved one is edited in place and
// deleted; a whole-class quiz session keeps every tap, in order, across a "reload" (a new store).
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useClassroomStore } from '@/features/classroom/store'
import { usePeriodStore } from '@/features/period/store'
import { listClassQuizzes, listPeriods } from '@/db/periodRepo'
import { tallyOf } from '@/domain/quiz/classQuiz'
import { vnDate } from '@/domain/time'

beforeEach(() => setActivePinia(createPinia()))

async function classOf(n: number) {
  const classroom = useClassroomStore()
  const cls = await classroom.createClass({
    className: '7A',
    school: 'THCS Thử Nghiệm',
    schoolYear: '2026-2027',
    grade: 7,
  })
  if (n)
    await classroom.saveRoster(cls.id, {
      entries: Array.from({ length: n }, (_, i) => ({ number: i + 1, name: `Học Sinh ${i + 1}` })),
    })
  return cls
}
const today = vnDate(Date.now())
const draft = (present: number[], over = {}) => ({
  date: today,
  periods: [3],
  moduleIds: ['chong-lua-dao'],
  present,
  teacherName: 'Cô Lan',
  ...over,
})

describe('the period log', () => {
  it('refuses a log with nobody present, a day to come, an unknown module or no class list, and saves nothing', async () => {
    const cls = await classOf(36)
    const period = usePeriodStore()
    const tomorrow = vnDate(Date.now() + 86_400_000)
    expect(await period.savePeriod(cls.id, draft([]))).toEqual({ ok: false, problem: 'noStudent' })
    expect(await period.savePeriod(cls.id, draft([1], { date: tomorrow }))).toEqual({
      ok: false,
      problem: 'futureDate',
    })
    expect(await period.savePeriod(cls.id, draft([1], { moduleIds: ['tin-hoc'] }))).toEqual({
      ok: false,
      problem: 'unknownModule',
    })
    const bare = await classOf(0)
    expect(await period.savePeriod(bare.id, draft([1]))).toEqual({ ok: false, problem: 'noRoster' })
    expect([await listPeriods(cls.id), await listPeriods(bare.id)]).toEqual([[], []])
  })

  it('saves 35 of 36, edits the same record, and deletes it', async () => {
    const cls = await classOf(36)
    const period = usePeriodStore()
    const present = Array.from({ length: 36 }, (_, i) => i + 1).filter((n) => n !== 17)
    const r = await period.savePeriod(cls.id, draft(present))
    expect(r.ok && [r.period.present.length, r.period.rosterSize]).toEqual([35, 36])
    if (!r.ok) return
    const e = await period.savePeriod(cls.id, draft([...present, 17], { periods: [3, 4] }), r.period.id)
    expect(e.ok && [e.period.id, e.period.present.length, e.period.periods, e.period.createdAt]).toEqual([
      r.period.id,
      36,
      [3, 4],
      r.period.createdAt,
    ])
    expect((await listPeriods(cls.id)).map((p) => p.present.length)).toEqual([36])
    expect(await period.savePeriod(cls.id, draft(present), 'no-such-id')).toEqual({
      ok: false,
      problem: 'missing',
    })
    await period.deletePeriod(cls.id, r.period.id)
    expect(await listPeriods(cls.id)).toEqual([])
    expect(period.periods[cls.id]).toEqual([])
  })
})

describe('the whole-class quiz session', () => {
  it('keeps every tap of a quick burst, and a new store resumes the same session', async () => {
    const cls = await classOf(36)
    const period = usePeriodStore()
    const s = await period.openQuiz(cls.id, 'chong-lua-dao', ['q1', 'q2', 'q3'])
    // Taps faster than writes: none is lost.
    void period.tally('q1', 'a', 1)
    void period.tally('q1', 'a', 1)
    void period.tally('q1', 'b', 1)
    void period.reveal('q1')
    await period.goTo(1)
    await period.flush()
    setActivePinia(createPinia())
    const again = usePeriodStore()
    const resumed = await again.openQuiz(cls.id, 'chong-lua-dao', ['q1', 'q2', 'q3'])
    expect(resumed.id).toBe(s.id)
    expect([tallyOf(resumed, 'q1', 'a'), tallyOf(resumed, 'q1', 'b'), resumed.current, resumed.revealed]).toEqual([
      2,
      1,
      1,
      ['q1'],
    ])
    // Reaching the summary finishes it: the next opening starts a new session.
    await again.goTo(3)
    await again.flush()
    expect((await listClassQuizzes(cls.id)).find((x) => x.id === s.id)?.finishedAt).toBeTypeOf('number')
    const fresh = await again.openQuiz(cls.id, 'chong-lua-dao', ['q1', 'q2', 'q3'])
    expect(fresh.id).not.toBe(s.id)
  })
})
