// readJsonObject: the one first step of the teacher's, the learner's and the outreach backup readers.
import { describe, expect, it } from 'vitest'
import { readJsonObject } from '@/exchange/checks'

describe('readJsonObject', () => {
  it('reads an object, with or without a byte-order mark', () => {
    expect(readJsonObject('{"a":1}', 10)).toEqual({ ok: true, o: { a: 1 } })
    expect(readJsonObject('\uFEFF{"a":1}', 10)).toEqual({ ok: true, o: { a: 1 } })
  })

  it('refuses a text over the limit before parsing it', () => {
    expect(readJsonObject('{"a":12}', 7)).toEqual({ ok: false, problem: 'tooLarge' })
  })

  it('refuses what is not JSON, and reads an array or a bare value as an empty object', () => {
    expect(readJsonObject('{"a":', 10)).toEqual({ ok: false, problem: 'notJson' })
    expect(readJsonObject('', 10)).toEqual({ ok: false, problem: 'notJson' })
    expect(readJsonObject('[1]', 10)).toEqual({ ok: true, o: {} })
    expect(readJsonObject('null', 10)).toEqual({ ok: true, o: {} })
  })
})
