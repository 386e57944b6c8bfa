import { describe, expect, it } from 'vitest'
import { roundRight, spotOutcome, type SpotPractice } from '@/features/practice/types/spot/check'
import { spotCards } from '@/features/practice/types/spot/cards'

const practice: SpotPractice = {
  id: 'p',
  competences: ['4.1'],
  type: 'spot',
  title: 'T',
  intro: 'I',
  minutes: 3,
  success: 'Hết.',
  rounds: [
    {
      id: 'r1',
      frame: 'sms',
      sender: 'X',
      isScam: true,
      verdict: 'Lừa đảo.',
      parts: [
        { id: 'a', text: 'Chào', suspicious: false, explanation: 'thường' },
        { id: 'b', text: 'bấm link', suspicious: true, explanation: 'link lạ' },
      ],
    },
    {
      id: 'r2',
      frame: 'web',
      isScam: false,
      verdict: 'An toàn.',
      parts: [{ id: 'a', text: 'Con về ăn cơm', suspicious: false, explanation: 'x' }],
    },
  ],
}

describe('spot check', () => {
  it('counts a round right only with exactly its warning signs', () => {
    const r1 = practice.rounds[0]!
    expect(roundRight(r1, ['b'])).toBe(true)
    expect(roundRight(r1, ['a', 'b'])).toBe(false)
    expect(roundRight(r1, [])).toBe(false)
    expect(roundRight(practice.rounds[1]!, [])).toBe(true)
  })
  it('scores the share of rounds right', () => {
    expect(spotOutcome(practice, { rightRounds: 1 })).toEqual({ score: 0.5, mistakes: 1 })
  })
  it('presents each message, then its signs or that it has none', () => {
    const cards = spotCards(practice, (k) => k)
    expect(cards.map((c) => c.title)).toEqual(['isItSafe', 'warningSigns', 'isItSafe', 'noWarningSigns', 'wellDone'])
    expect(cards[2]).toMatchObject({ type: 'mock', mock: { kind: 'web', url: 'message' } })
  })
})
