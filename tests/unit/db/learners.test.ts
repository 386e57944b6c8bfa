// The family phone: each learner's progress lives in their own database; the first learner keeps the
// original one (nothing moves for a phone with one learner); erasing one learner leaves the others.
import { describe, expect, it } from 'vitest'
import { databaseName } from '@/db/index'
import {
  eraseLearner,
  FIRST_LEARNER,
  learnerDatabase,
  loadLearners,
  saveLearners,
  selectLearner,
} from '@/db/learnersRepo'
import { getAllProgress, saveLessonStep } from '@/db/progressRepo'
import { loadSettings, saveSettings, DEFAULT_PREFS } from '@/db/settingsRepo'

const two = [
  { id: FIRST_LEARNER, name: 'An', createdAt: 1 },
  { id: 'l2', name: 'Bình', createdAt: 2 },
]

describe('learners on one phone', () => {
  it('starts with the first learner on the original database', async () => {
    expect(await loadLearners()).toEqual({ learners: [], active: FIRST_LEARNER })
    expect(learnerDatabase(FIRST_LEARNER)).toBe('ky-nang-so')
    expect(learnerDatabase('l2')).toBe('ky-nang-so--l2')
  })

  it('keeps progress and settings apart, and erasing one learner leaves the other', async () => {
    await saveSettings({ roles: ['student'], displayName: 'An', createdAt: 1 }, DEFAULT_PREFS)
    await saveLessonStep({ moduleId: 'dich-vu-cong', lessonId: 'a', step: 2, steps: 5, elapsedMs: 1000, done: false }, [
      'a',
    ])
    await saveLearners(two, 'l2')
    expect((await loadLearners()).active).toBe('l2')

    await selectLearner('l2')
    expect(databaseName()).toBe('ky-nang-so--l2')
    expect((await getAllProgress()).lessons).toEqual([])
    expect((await loadSettings()).profile).toBeUndefined()
    await saveLessonStep({ moduleId: 'mua-sam', lessonId: 'x', step: 1, steps: 3, elapsedMs: 1000, done: false }, ['x'])

    await selectLearner(FIRST_LEARNER)
    expect((await getAllProgress()).lessons.map((l) => l.lessonId)).toEqual(['a'])

    await eraseLearner('l2')
    await selectLearner('l2')
    expect((await getAllProgress()).lessons).toEqual([])
    await selectLearner(FIRST_LEARNER)
    expect((await getAllProgress()).lessons).toHaveLength(1)

    // Erasing the first learner empties their stores but keeps the phone's learner list.
    await eraseLearner(FIRST_LEARNER)
    await selectLearner(FIRST_LEARNER)
    expect((await getAllProgress()).lessons).toEqual([])
    expect((await loadSettings()).profile).toBeUndefined()
    expect(await loadLearners()).toEqual({ learners: two, active: 'l2' })
  })

  it('falls back to the first learner when the active one is no longer listed', async () => {
    await saveLearners([two[0]!], 'l2')
    expect((await loadLearners()).active).toBe(FIRST_LEARNER)
  })
})
