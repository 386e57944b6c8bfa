import { describe, expect, it } from 'vitest'
import type { Question } from '@/content/schema'
import {
  classQuizQuestions,
  isCriticalQuestion,
  newSession,
  orderShown,
  resumable,
  summarizeSession,
  tallyChoices,
  tallyOf,
  tap,
  TALLY_MAX,
} from '@/domain/quiz/classQuiz'
import { makeSingle } from '../../factories'

const critical: Question = {
  id: 'c',
  type: 'single',
  competences: ['4.2'],
  prompt: 'Gửi mã OTP?',
  explanation: 'Không bao giờ.',
  options: [
    { id: 'a', text: 'Không gửi', correct: true, critical: false, explanation: 'Đúng.' },
    { id: 'b', text: 'Gửi ngay', correct: false, critical: true, explanation: 'Nguy hiểm.' },
    { id: 'd', text: 'Hỏi lại', correct: false, critical: false, explanation: 'Chưa đủ.' },
  ],
}
const multiple: Question = {
  id: 'm',
  type: 'multiple',
  competences: ['4.2'],
  prompt: 'Dấu hiệu?',
  explanation: 'e',
  options: [
    { id: 'a', text: 'a', correct: true, critical: false, explanation: 'a' },
    { id: 'b', text: 'b', correct: true, critical: false, explanation: 'b' },
    { id: 'c', text: 'c', correct: false, critical: false, explanation: 'c' },
  ],
}
const tf: Question = {
  id: 't',
  type: 'truefalse',
  competences: ['4.2'],
  prompt: 'Đúng hay sai?',
  explanation: 'e',
  options: [
    { id: 'd', text: 'Đúng', correct: false, critical: false, explanation: 'x' },
    { id: 's', text: 'Sai', correct: true, critical: false, explanation: 'y' },
  ],
}
const order: Question = {
  id: 'o',
  type: 'order',
  competences: ['4.2'],
  prompt: 'Xếp',
  explanation: 'Dừng, kiểm tra, báo.',
  options: ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    text: `Bước ${id}`,
    correct: false,
    critical: false,
    explanation: id,
  })),
}
const spot: Question = {
  id: 's',
  type: 'spot',
  competences: ['4.2'],
  prompt: 'Tìm',
  explanation: 'e',
  frame: 'sms',
  parts: [
    { id: 'p1', text: 'Chào bạn', suspicious: false, explanation: '' },
    { id: 'p2', text: 'bấm link lạ', suspicious: true, explanation: '' },
    { id: 'p3', text: 'gấp trong 1 giờ', suspicious: true, explanation: '' },
  ],
}

describe('what the teacher tallies', () => {
  it('per option, lettered A, B, C, for single, multiple and true/false', () => {
    expect(tallyChoices(critical).map((c) => [c.letter, c.key, c.right, c.critical])).toEqual([
      ['A', 'a', true, false],
      ['B', 'b', false, true],
      ['C', 'd', false, false],
    ])
    expect(
      tallyChoices(multiple)
        .filter((c) => c.right)
        .map((c) => c.key),
    ).toEqual(['a', 'b'])
    expect(tallyChoices(tf).map((c) => [c.letter, c.text, c.right])).toEqual([
      ['A', 'Đúng', false],
      ['B', 'Sai', true],
    ])
  })
  it('per part for a spot question, right on the suspicious parts', () => {
    expect(tallyChoices(spot).map((c) => [c.kind, c.key, c.right])).toEqual([
      ['part', 'p1', false],
      ['part', 'p2', true],
      ['part', 'p3', true],
    ])
  })
  it('right order / wrong order for an order question, whose steps are shown mixed, the same each time', () => {
    expect(tallyChoices(order).map((c) => [c.kind, c.right])).toEqual([
      ['order-right', true],
      ['order-wrong', false],
    ])
    const shown = orderShown(order)
    expect(shown.map((x) => x.id)).not.toEqual(['a', 'b', 'c', 'd'])
    expect([...shown.map((x) => x.id)].sort()).toEqual(['a', 'b', 'c', 'd'])
    expect(orderShown(order)).toEqual(shown)
    expect(shown.map((x) => x.letter)).toEqual(['A', 'B', 'C', 'D'])
  })
  it('flags a question with a dangerous option as one not to get wrong', () => {
    expect([isCriticalQuestion(critical), isCriticalQuestion(multiple), isCriticalQuestion(spot)]).toEqual([
      true,
      false,
      false,
    ])
  })
})

describe('the questions run', () => {
  const all = [makeSingle('q1'), makeSingle('q2'), makeSingle('q3')]
  it('are the ids given, in that order, those the module has, once each', () => {
    expect(classQuizQuestions(all, ['q3', 'x', 'q1', 'q3']).map((q) => q.id)).toEqual(['q3', 'q1'])
  })
  it('are the whole quiz in order without a list (or with none the module has)', () => {
    expect(classQuizQuestions(all).map((q) => q.id)).toEqual(['q1', 'q2', 'q3'])
    expect(classQuizQuestions(all, ['nope']).map((q) => q.id)).toEqual(['q1', 'q2', 'q3'])
  })
})

describe('a session', () => {
  const start = newSession('s1', 'C', 'chong-lua-dao', ['c', 'm', 'o', 's'], 1)
  it('counts taps, never below 0 nor above the cap, without touching the old session', () => {
    let s = tap(start, 'c', 'a', 1, 2)
    s = tap(s, 'c', 'a', 1, 3)
    s = tap(s, 'c', 'b', -1, 4)
    expect([tallyOf(s, 'c', 'a'), tallyOf(s, 'c', 'b'), s.updatedAt]).toEqual([2, 0, 4])
    expect(tallyOf(start, 'c', 'a')).toBe(0)
    let big = start
    for (let i = 0; i < TALLY_MAX + 3; i++) big = tap(big, 'c', 'a', 1)
    expect(tallyOf(big, 'c', 'a')).toBe(TALLY_MAX)
  })
  it('keeps a key named like an Object property as data', () => {
    const s = tap(start, 'constructor', 'toString', 1)
    expect(tallyOf(s, 'constructor', 'toString')).toBe(1)
    expect(tallyOf(start, 'constructor', 'toString')).toBe(0)
  })
  it('sums up right of all tallies per question and lists the critical ones the class got wrong', () => {
    let s = start
    const taps: Array<[string, string, number]> = [
      ['c', 'a', 30],
      ['c', 'b', 4],
      ['c', 'd', 2],
      ['m', 'a', 20],
      ['m', 'b', 15],
      ['m', 'c', 5],
      ['o', 'right', 6],
      ['o', 'wrong', 3],
      ['s', 'p2', 7],
      ['s', 'p1', 1],
    ]
    for (const [q, k, n] of taps) for (let i = 0; i < n; i++) s = tap(s, q, k, 1)
    const sum = summarizeSession(s, [critical, multiple, order, spot])
    expect(sum.rows.map((r) => [r.questionId, r.right, r.total])).toEqual([
      ['c', 30, 36],
      ['m', 35, 40],
      ['o', 6, 9],
      ['s', 7, 8],
    ])
    expect(sum.rows[0]).toMatchObject({ critical: true, criticalChosen: 4, criticalMissed: true })
    expect(sum.criticalMissed).toEqual(['c'])
  })
  it('does not call a critical question missed when every tally is right, or nobody answered', () => {
    expect(summarizeSession(start, [critical]).criticalMissed).toEqual([])
    expect(summarizeSession(tap(start, 'c', 'a', 1), [critical]).criticalMissed).toEqual([])
  })
  it('resumes the newest unfinished session of the class and module with the same questions', () => {
    const a = { ...start, id: 'a', updatedAt: 5 }
    const b = { ...start, id: 'b', updatedAt: 9 }
    const done = { ...start, id: 'd', updatedAt: 20, finishedAt: 20 }
    const other = { ...start, id: 'x', updatedAt: 30, questionIds: ['c'] }
    expect(resumable([a, b, done, other], 'C', 'chong-lua-dao', ['c', 'm', 'o', 's'])?.id).toBe('b')
    expect(resumable([a, b], 'C', 'dich-vu-cong', ['c', 'm', 'o', 's'])).toBeUndefined()
  })
})
