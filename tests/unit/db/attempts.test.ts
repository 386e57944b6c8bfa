// Two tabs on one quiz: a tab still showing an old state must not write a finished attempt back to "in
// progress", nor an older state over a newer one; the other tabs are told to reload (issue #15, defect 4).
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { finishAttempt, getModuleProgress, saveAttempt, PROGRESS_CHANNEL } from '@/db/progressRepo'
import { finish, newAttempt } from '@/domain/quiz/attempt'
import { useQuizStore } from '@/features/quiz/store'
import { setFeatureMessages } from '@/i18n'
import features from '@/i18n/features'
import { makeQuiz } from '../../factories'

// The quiz page opens after the router has loaded the feature strings; the store's "another tab" notice reads them.
setFeatureMessages(features)
beforeEach(() => setActivePinia(createPinia()))

const quiz = makeQuiz(3)
const MODULE = 'dich-vu-cong'

describe('saving a quiz attempt from a stale tab', () => {
  it('never replaces a finished attempt, nor a newer one, inside the save transaction', async () => {
    const started = newAttempt(MODULE, quiz, 'full', undefined, 7, 1000)
    await saveAttempt(started)
    const answered = { ...started, answers: { q1: ['a'], q2: ['a'], q3: ['a'] }, updatedAt: 2000 }
    await saveAttempt(answered)
    await finishAttempt(finish(answered, quiz, 3000), ['bai-mot'])

    // The stale tab still holds the attempt as it was at the start, and answers a question.
    const stale = { ...started, answers: { q1: ['b'] }, updatedAt: 4000 }
    expect(await saveAttempt(stale)).toMatchObject({ saved: false, stored: { finishedAt: 3000 } })
    expect(await finishAttempt(finish(stale, quiz, 5000), ['bai-mot'])).toMatchObject({
      saved: false,
      attempt: { finishedAt: 3000 },
    })
    const [kept] = (await getModuleProgress(MODULE)).attempts
    expect(kept).toMatchObject({ finishedAt: 3000, answers: { q1: ['a'] } })

    const other = newAttempt(MODULE, quiz, 'full', undefined, 8, 6000)
    await saveAttempt({ ...other, updatedAt: 7000, answers: { q1: ['a'] } })
    expect(await saveAttempt({ ...other, updatedAt: 6500 })).toMatchObject({
      saved: false,
      stored: { updatedAt: 7000 },
    })
  })

  it('the stale tab’s store shows the attempt as stored, and the other tabs hear of every save', async () => {
    const heard: unknown[] = []
    const listener = new BroadcastChannel(PROGRESS_CHANNEL)
    listener.onmessage = (e: MessageEvent) => heard.push(e.data)
    const store = useQuizStore()
    const started = newAttempt(MODULE, quiz, 'full', undefined, 7, 1000)
    await store.save(started)
    const finished = finish({ ...started, answers: { q1: ['a'], q2: ['a'], q3: ['a'] } }, quiz, 3000)
    await finishAttempt(finished, ['bai-mot'])
    await store.save({ ...started, answers: { q1: ['b'] }, updatedAt: 4000 })
    expect(store.attempt).toMatchObject({ finishedAt: 3000 })
    await new Promise((r) => setTimeout(r, 20))
    listener.close()
    expect(heard).toContainEqual(expect.objectContaining({ kind: 'quizAttempt', moduleId: MODULE }))
  })

  it('a tab told that another tab saved reloads the attempt on screen', async () => {
    const store = useQuizStore()
    const started = newAttempt(MODULE, quiz, 'full', undefined, 7, 1000)
    await store.save(started)
    const finished = finish({ ...started, answers: { q1: ['a'], q2: ['a'], q3: ['a'] } }, quiz, 3000)
    // Another tab finishes it and says so.
    await finishAttempt(finished, ['bai-mot'])
    const other = new BroadcastChannel(PROGRESS_CHANNEL)
    other.postMessage({ kind: 'quizAttempt', moduleId: MODULE, tab: 'another-tab' })
    other.close()
    await expect.poll(() => store.attempt?.finishedAt, { timeout: 2000 }).toBe(3000)
  })
})
