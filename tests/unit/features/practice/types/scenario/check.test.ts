import { describe, expect, it } from 'vitest'
import { scenarioOutcome, type ScenarioPractice } from '@/features/practice/types/scenario/check'
import { scenarioCards } from '@/features/practice/types/scenario/cards'

const practice: ScenarioPractice = {
  id: 'p',
  competences: ['4.1'],
  type: 'scenario',
  title: 'T',
  intro: 'I',
  minutes: 3,
  start: 'a',
  lesson: 'Dừng, kiểm tra, gọi lại.',
  nodes: [
    {
      id: 'a',
      say: 'Có người gọi xin OTP.',
      choices: [
        { text: 'Đọc mã', safe: false, consequence: 'Mất tiền.' },
        { text: 'Cúp máy', safe: true, consequence: 'An toàn.', next: 'b' },
      ],
    },
    // A hand-written loop back to the start must not hang present mode.
    {
      id: 'b',
      say: 'Họ gọi lại.',
      choices: [{ text: 'Chặn số', safe: true, consequence: 'Tốt.', next: 'a' }],
    },
  ],
}

describe('scenario check', () => {
  it('scores safe choices among all choices made', () => {
    expect(scenarioOutcome(practice, { safeSteps: 2, mistakes: 1 })).toEqual({ score: 2 / 3, mistakes: 1 })
    expect(scenarioOutcome(practice, { safeSteps: 2, mistakes: 0 })).toEqual({ score: 1, mistakes: 0 })
  })
  it('walks the safe path once, even through a loop', () => {
    const cards = scenarioCards(practice, (k) => k)
    expect(cards.map((c) => c.title)).toEqual([
      'situation',
      'whatWouldYouDo',
      'notThis',
      'doThis',
      'situation',
      'whatWouldYouDo',
      'doThis',
      'remember',
    ])
  })
})
