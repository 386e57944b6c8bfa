import { describe, expect, it } from 'vitest'
import { localityOutcome } from '@/features/practice/types/locality/check'

const custom = (component: string) => ({
  id: 'p',
  competences: ['4.1'],
  type: 'custom' as const,
  component,
  title: 'T',
  intro: 'I',
  minutes: 5,
})

describe('locality check', () => {
  it('scores module 5 as the share of needs placed right first', () => {
    expect(localityOutcome(custom('locality-practice'), { rightFirstTry: 6, items: 8 })).toEqual({
      score: 0.75,
      mistakes: 2,
    })
  })
})
