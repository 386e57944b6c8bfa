// The walk of one completion (ARCHITECTURE.md): the learner finishes a module → the module status is derived
// once (domain/status) → the receipt carries it → the teacher imports it through the receipt channel → the
// grid and the monthly report read the same status. The student's phone reads progress once per receipt.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('@/db/progressOverviewRepo', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/db/progressOverviewRepo')>()
  return { ...actual, getAllProgress: vi.fn(actual.getAllProgress) }
})

import { getAllProgress } from '@/db/progressOverviewRepo'
import { finishAttempt, saveLessonStep } from '@/db/progressRepo'
import type { QuizAttempt } from '@/domain/records'
import { useClassroomStore } from '@/features/classroom/store'
import { useLearnStore } from '@/features/learn/store'
import { decodeClassInvite } from '@/exchange/codec'
import { monthlyFigures, studentStatus } from '@/report/class'
import { vnMonth } from '@/domain/time'
import { setFeatureMessages } from '@/i18n'
import features from '@/i18n/features'

// The router loads the feature strings before any page opens: the stores word their import lines with them.
setFeatureMessages(features)

beforeEach(() => setActivePinia(createPinia()))

const MODULE = 'mua-sam'
const LESSONS = ['a', 'b']

function passedAttempt(at: number): QuizAttempt {
  return {
    id: `q-${at}`,
    moduleId: MODULE,
    seed: 1,
    questionIds: ['q1'],
    answers: { q1: ['x'] },
    current: 0,
    mode: 'full',
    contentSchema: 1,
    startedAt: at - 1000,
    updatedAt: at,
    finishedAt: at,
    correct: 1,
    total: 1,
    percent: 100,
    criticalIds: [],
    passed: true,
  }
}

describe('one completion, from the quiz to the monthly report', () => {
  it('is "completed" for the learner, in the receipt and in the teacher grid, and the receipt reads progress once', async () => {
    const now = Date.UTC(2026, 10, 20, 3)
    for (const id of LESSONS)
      await saveLessonStep(
        { moduleId: MODULE, lessonId: id, step: 2, steps: 3, elapsedMs: 1000, done: true },
        LESSONS,
        now - 60_000,
      )
    const { status } = await finishAttempt(passedAttempt(now), LESSONS)
    expect(status.completedAt).toBe(now)

    // The learner's own list.
    const learn = useLearnStore()
    await learn.refresh()
    expect(learn.summaries.find((s) => s.meta.id === MODULE)?.status).toBe('completed')

    // The receipt: one read of progress, whatever the store held before.
    const classroom = useClassroomStore()
    const cls = await classroom.createClass({
      className: '6A1',
      school: 'THCS Thử Nghiệm',
      schoolYear: '2026-2027',
      grade: 6,
    })
    const inv = await decodeClassInvite((await classroom.invite(cls, 'https://kns.example')).split('#')[1])
    if (!inv.ok) throw new Error(inv.error.problem)
    await classroom.loadMemberships()
    await classroom.join(inv.invite, 'Lê Văn An', 3)
    vi.mocked(getAllProgress).mockClear()
    const sent = await classroom.makeReceipt(cls.id, 'https://kns.example')
    expect(vi.mocked(getAllProgress)).toHaveBeenCalledTimes(1)
    expect(sent.receipt.modules[MODULE]).toMatchObject({ bestScore: 100, attempts: 1 })
    expect(sent.receipt.modules[MODULE]?.completedAt).toBeDefined()

    // The teacher imports the link (the same phone plays both parts here) and the grid and report agree.
    const [line] = await classroom.importCodes([sent.link])
    expect(line).toMatchObject({ ok: true, changed: true })
    const [student] = await classroom.loadStudents(cls.id)
    expect(studentStatus(student!, MODULE)).toBe('completed')
    expect(monthlyFigures([student!], vnMonth(now))[MODULE]).toMatchObject({
      completedInMonth: 1,
      completedTotal: 1,
    })
  })

  it('a passed quiz with a lesson left is "started" everywhere, never "completed"', async () => {
    const now = Date.UTC(2026, 10, 21, 3)
    await saveLessonStep(
      { moduleId: MODULE, lessonId: 'a', step: 2, steps: 3, elapsedMs: 1000, done: true },
      LESSONS,
      now - 60_000,
    )
    const { status } = await finishAttempt(passedAttempt(now), LESSONS)
    expect(status.completedAt).toBeUndefined()
    const learn = useLearnStore()
    await learn.refresh()
    expect(learn.summaries.find((s) => s.meta.id === MODULE)?.status).toBe('started')
  })
})
