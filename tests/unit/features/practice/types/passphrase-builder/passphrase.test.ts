import { describe, expect, it } from 'vitest'
import {
  estimate,
  generatePassphrase,
  randomInt,
  WORD_LIST,
  crackTimeText,
} from '@/features/practice/types/passphrase-builder/passphrase'

describe('passphrase strength (offline estimate)', () => {
  it('rates common and patterned passwords weak, whatever their character classes', () => {
    expect(estimate('Abc@1234').strength).toBe(0)
    expect(estimate('12345678').strength).toBe(0)
    expect(estimate('Minh2012').strength).toBeLessThanOrEqual(1)
    expect(estimate('aaaaaaaaaaaa').strength).toBeLessThanOrEqual(1)
  })

  it('rates four random words and a number strong', () => {
    for (let i = 0; i < 50; i++) {
      const p = generatePassphrase()
      expect(p.split('-')).toHaveLength(5)
      expect(estimate(p).strength).toBeGreaterThanOrEqual(3)
    }
  })

  it('gets stronger with length', () => {
    expect(estimate('meo-xanh-ban').bits).toBeLessThan(estimate('meo-xanh-ban-ghe-72').bits)
  })

  it('draws numbers without bias outside the range', () => {
    for (let i = 0; i < 1000; i++) {
      const n = randomInt(7)
      expect(n).toBeGreaterThanOrEqual(0)
      expect(n).toBeLessThan(7)
    }
    expect(new Set(WORD_LIST).size).toBe(WORD_LIST.length)
  })

  it('says crack times in plain Vietnamese', () => {
    expect(crackTimeText(0.01)).toBe('chưa đến 1 giây')
    expect(crackTimeText(3 * 86400)).toBe('khoảng 3 ngày')
    expect(crackTimeText(1e15)).toBe('hơn 1.000 năm')
  })
})
