import { describe, expect, it } from 'vitest'
import { dvcOutcome } from '@/features/practice/types/dvc-application/check'

const custom = (component: string) => ({
  id: 'p',
  competences: ['4.1'],
  type: 'custom' as const,
  component,
  title: 'T',
  intro: 'I',
  minutes: 5,
})

describe('dvc-application check', () => {
  it('takes a quarter per DVC trap, never below zero', () => {
    expect(dvcOutcome(custom('dvc-application'), { mistakes: 0 })).toEqual({ score: 1, mistakes: 0 })
    expect(dvcOutcome(custom('dvc-application'), { mistakes: 2 })).toEqual({ score: 0.5, mistakes: 2 })
    expect(dvcOutcome(custom('dvc-application'), { mistakes: 6 })).toEqual({ score: 0, mistakes: 6 })
  })
})
