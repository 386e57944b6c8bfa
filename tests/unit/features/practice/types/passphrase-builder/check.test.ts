import { describe, expect, it } from 'vitest'
import { passphraseOutcome, strongEnough } from '@/features/practice/types/passphrase-builder/check'
import { estimate } from '@/features/practice/types/passphrase-builder/passphrase'

const custom = (component: string) => ({
  id: 'p',
  competences: ['4.1'],
  type: 'custom' as const,
  component,
  title: 'T',
  intro: 'I',
  minutes: 5,
})

describe('passphrase-builder check', () => {
  it('finishes the passphrase builder only with a strong passphrase', () => {
    expect(strongEnough(estimate('Abc@1234').strength)).toBe(false)
    expect(strongEnough(estimate('meo-xanh-ban-ghe-72').strength)).toBe(true)
    expect(passphraseOutcome(custom('passphrase-builder'), { strength: 4 })).toEqual({
      score: 1,
      mistakes: 0,
    })
    expect(passphraseOutcome(custom('passphrase-builder'), { strength: 1 })).toEqual({
      score: 0,
      mistakes: 1,
    })
  })
})
