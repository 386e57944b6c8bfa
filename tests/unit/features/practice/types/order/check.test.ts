import { describe, expect, it } from 'vitest'
import { orderOutcome, wrongPlaces, type OrderPractice } from '@/features/practice/types/order/check'
import { orderCards } from '@/features/practice/types/order/cards'

const practice: OrderPractice = {
  id: 'p',
  competences: ['4.1'],
  type: 'order',
  title: 'T',
  intro: 'I',
  minutes: 3,
  items: [
    { id: 'a', text: 'Một', explanation: 'x' },
    { id: 'b', text: 'Hai', explanation: 'y' },
    { id: 'c', text: 'Ba', explanation: 'z' },
  ],
  consequence: 'Hồ sơ bị trả lại.',
  success: 'Giỏi lắm.',
}

describe('order check', () => {
  it('names the wrong places', () => {
    expect(wrongPlaces(practice, ['a', 'b', 'c'])).toEqual([])
    expect(wrongPlaces(practice, ['b', 'a', 'c'])).toEqual([0, 1])
  })
  it('gives full marks at the first check and divides by the number of checks after', () => {
    expect(orderOutcome(practice, { checks: 1 })).toEqual({ score: 1, mistakes: 0 })
    expect(orderOutcome(practice, { checks: 2 })).toEqual({ score: 0.5, mistakes: 1 })
    expect(orderOutcome(practice, { checks: 4 })).toEqual({ score: 0.25, mistakes: 3 })
  })
  it('presents each step, the consequence and the end', () => {
    const cards = orderCards(practice, (k, n) => `${k}${n ?? ''}`)
    expect(cards.map((c) => c.title)).toEqual(['step1', 'step2', 'step3', 'ifWrongOrder', 'wellDone'])
    expect(cards[0]!.body).toContain('**Một**')
  })
})
