import { describe, expect, it } from 'vitest'
import {
  correctAnswer,
  criticalChosen,
  isCorrect,
  scoreAttempt,
  seedFor,
  shuffle,
  shuffledChoices,
} from '@/domain/quiz/scoring'
import type { Question } from '@/content/schema'
import { makeQuiz, makeSingle } from '../../factories'

const order: Question = {
  id: 'o',
  competences: ['4.1'],
  type: 'order',
  prompt: 'Xếp',
  explanation: 'e',
  options: ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    text: id,
    correct: false,
    critical: false,
    explanation: id,
  })),
}
const multiple: Question = {
  id: 'm',
  competences: ['4.1'],
  type: 'multiple',
  prompt: 'Chọn',
  explanation: 'e',
  options: [
    { id: 'a', text: 'a', correct: true, critical: false, explanation: 'a' },
    { id: 'b', text: 'b', correct: true, critical: false, explanation: 'b' },
    { id: 'c', text: 'c', correct: false, critical: true, explanation: 'c' },
  ],
}
const spot: Question = {
  id: 's',
  competences: ['4.1'],
  type: 'spot',
  prompt: 'Tìm',
  explanation: 'e',
  frame: 'sms',
  parts: [
    { id: 'p1', text: 'Chào bạn', suspicious: false, explanation: '' },
    { id: 'p2', text: 'bấm link lạ', suspicious: true, explanation: '' },
    { id: 'p3', text: 'gấp trong 1 giờ', suspicious: true, explanation: '' },
  ],
}

describe('seeded shuffle', () => {
  it('gives the same order for the same seed and a different one for another seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i)
    expect(shuffle(items, 7)).toEqual(shuffle(items, 7))
    expect(shuffle(items, 7)).not.toEqual(shuffle(items, 8))
    expect([...shuffle(items, 7)].sort((a, b) => a - b)).toEqual(items)
  })

  it('never starts an order question already solved', () => {
    for (let seed = 0; seed < 200; seed++) {
      expect(shuffledChoices(order, seed)).not.toEqual(['a', 'b', 'c', 'd'])
    }
  })

  it('mixes the question id into the seed', () => {
    expect(seedFor(1, 'q1')).not.toBe(seedFor(1, 'q2'))
    expect(seedFor(1, 'q1')).toBe(seedFor(1, 'q1'))
  })
})

describe('isCorrect', () => {
  it('single: only the correct option', () => {
    const q = makeSingle('q')
    expect(isCorrect(q, ['a'])).toBe(true)
    expect(isCorrect(q, ['b'])).toBe(false)
    expect(isCorrect(q, undefined)).toBe(false)
  })
  it('multiple: exactly the set of correct options, in any order', () => {
    expect(isCorrect(multiple, ['b', 'a'])).toBe(true)
    expect(isCorrect(multiple, ['a'])).toBe(false)
    expect(isCorrect(multiple, ['a', 'b', 'c'])).toBe(false)
  })
  it('order: the written order', () => {
    expect(correctAnswer(order)).toEqual(['a', 'b', 'c', 'd'])
    expect(isCorrect(order, ['a', 'b', 'c', 'd'])).toBe(true)
    expect(isCorrect(order, ['b', 'a', 'c', 'd'])).toBe(false)
  })
  it('spot: all suspicious parts and nothing else', () => {
    expect(isCorrect(spot, ['p3', 'p2'])).toBe(true)
    expect(isCorrect(spot, ['p2'])).toBe(false)
    expect(isCorrect(spot, ['p1', 'p2', 'p3'])).toBe(false)
  })
})

describe('scoreAttempt', () => {
  const quiz = makeQuiz(5)
  const ids = quiz.questions.map((q) => q.id)
  const all = (id: string) => Object.fromEntries(ids.map((q) => [q, [id]]))

  it('passes at 80% with no critical answer', () => {
    const r = scoreAttempt(quiz, ids, { ...all('a'), q5: ['b'] })
    expect(r).toMatchObject({
      correct: 4,
      total: 5,
      percent: 80,
      passed: true,
      criticalIds: [],
      wrongIds: ['q5'],
    })
  })

  it('fails below the pass mark', () => {
    const r = scoreAttempt(quiz, ids, { ...all('a'), q4: ['b'], q5: ['b'] })
    expect(r.percent).toBe(60)
    expect(r.passed).toBe(false)
  })

  it('fails on a critical answer whatever the score', () => {
    const r = scoreAttempt(quiz, ids, { ...all('a'), q5: ['c'] })
    expect(r.percent).toBe(80)
    expect(r.criticalIds).toEqual(['q5'])
    expect(r.passed).toBe(false)
    expect(criticalChosen(multiple, ['a', 'c'])).toEqual(['c'])
  })

  it('counts unanswered questions as wrong and ignores unknown ids', () => {
    const r = scoreAttempt(quiz, [...ids, 'gone'], { q1: ['a'] })
    expect(r.total).toBe(5)
    expect(r.correct).toBe(1)
  })
})
