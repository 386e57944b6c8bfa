import { describe, expect, it } from 'vitest'
import { loadAllContent } from '../../../build/content-files'
import { questionTag, tagIndex } from '@/domain/quiz/tags'
import { lastAttemptMisses, receiptModules } from '@/domain/status'
import type { QuizAttempt } from '@/domain/records'
import { makeQuiz, makeSingle } from '../../factories'

// Read once, outside the test's time limit (it parses every module's files).
const content = loadAllContent()

describe('question tags', () => {
  it('are 16-bit, the same for the same id, and distinct within every module of the content', () => {
    expect(questionTag('q-ba-nhom')).toBe(0x7121)
    expect(questionTag('q-ba-nhom')).toBe(questionTag('q-ba-nhom'))
    for (const m of content) {
      const ids = m.quiz.questions.map((q) => q.id)
      const tags = ids.map(questionTag)
      expect(tags.every((t) => t >= 0 && t <= 0xffff)).toBe(true)
      expect(new Set(tags).size, m.meta.id).toBe(ids.length)
      expect(tagIndex(ids).size).toBe(ids.length)
    }
  })
})

describe('what a receipt says the last attempt missed', () => {
  const quiz = makeQuiz(5)
  // q2 has no dangerous option; the others (makeSingle) have one, option c.
  quiz.questions[1] = makeSingle('q2', {
    options: [
      { id: 'a', text: 'Đúng', correct: true, critical: false, explanation: 'x' },
      { id: 'b', text: 'Sai', correct: false, critical: false, explanation: 'y' },
    ],
  })
  const attempt = (over: Partial<QuizAttempt>): QuizAttempt => ({
    id: 'a',
    moduleId: 'dich-vu-cong',
    seed: 1,
    questionIds: ['q1', 'q2', 'q3', 'q4', 'q5'],
    answers: {},
    current: 5,
    mode: 'full',
    contentSchema: 1,
    startedAt: 1,
    updatedAt: 2,
    ...over,
  })
  it('takes the last finished full attempt, the questions with a dangerous option first', () => {
    // makeSingle: option a right, c critical. q2 wrong (b), q4 dangerous (c), the rest right.
    const older = attempt({
      id: 'old',
      finishedAt: 5,
      answers: { q1: ['b'], q2: ['a'], q3: ['a'], q4: ['a'], q5: ['a'] },
    })
    const last = attempt({
      id: 'new',
      finishedAt: 9,
      answers: { q1: ['a'], q2: ['b'], q3: ['a'], q4: ['c'], q5: ['a'] },
    })
    const mistakes = attempt({
      id: 'm',
      finishedAt: 12,
      mode: 'mistakes',
      questionIds: ['q2'],
      answers: { q2: ['a'] },
    })
    expect(lastAttemptMisses([last, older, mistakes], quiz)).toEqual({
      missed: [questionTag('q4'), questionTag('q2')],
      criticalMissed: true,
    })
    expect(lastAttemptMisses([attempt({})], quiz)).toBeUndefined()
  })
  it('is in the receipt modules only for a module whose quiz is given', () => {
    const a = attempt({ finishedAt: 9, answers: { q1: ['a'], q2: ['b'], q3: ['a'], q4: ['a'], q5: ['a'] } })
    const p = { lessons: [], attempts: [a], statuses: [] }
    expect(receiptModules(p)['dich-vu-cong']).toEqual({ bestScore: 0, attempts: 1 })
    expect(receiptModules(p, { 'dich-vu-cong': quiz })['dich-vu-cong']).toEqual({
      bestScore: 0,
      attempts: 1,
      missed: [questionTag('q2')],
      criticalMissed: false,
    })
  })
})
