// Who should report (a unit's schools, a team's members): a pasted list cleaned or refused, a count alone,
// and the month's coverage against it.
import { describe, expect, it } from 'vitest'
import { coverage, EXPECTED_MAX, expectedCount, parseExpected } from '@/domain/expected'

describe('parseExpected', () => {
  it('cleans a pasted list: numbering, blanks, tabs after the name and repeats (case, diacritics aside)', () => {
    const r = parseExpected('1. Trường THCS Lê Lợi\n\n2) Trường TH Kim Đồng\t120 HS\r\ntruong thcs le loi\n  ')
    expect(r).toEqual({ ok: true, expected: { names: ['Trường THCS Lê Lợi', 'Trường TH Kim Đồng'] }, duplicates: 1 })
  })
  it('takes one number alone as the count', () => {
    expect(parseExpected(' 12 ')).toEqual({ ok: true, expected: { count: 12 }, duplicates: 0 })
    expect(parseExpected('0')).toEqual({ ok: false, problem: 'badNumber' })
    expect(parseExpected(String(EXPECTED_MAX + 1))).toEqual({ ok: false, problem: 'badNumber' })
  })
  it('refuses an empty paste and a list of 10,000 lines', () => {
    expect(parseExpected(' \n\u200b\n')).toEqual({ ok: false, problem: 'empty' })
    const long = Array.from({ length: 10_000 }, (_, i) => `Trường số ${i}`).join('\n')
    expect(parseExpected(long)).toEqual({ ok: false, problem: 'tooMany' })
  })
})

describe('coverage', () => {
  it('is x/y with the names not reported and the senders off the list', () => {
    const c = coverage({ names: ['Trường A', 'Trường B', 'Trường C'] }, [
      { id: '1', name: 'trường a' },
      { id: '9', name: 'Trường Z' },
    ])
    expect(c).toEqual({
      reported: 2,
      expected: 3,
      notReported: ['Trường B', 'Trường C'],
      outside: [{ id: '9', name: 'Trường Z' }],
      received: [
        { id: '1', name: 'trường a' },
        { id: '9', name: 'Trường Z' },
      ],
    })
  })
  it('has no denominator until one is entered', () => {
    expect(coverage(undefined, [{ id: '1', name: 'A' }])).toMatchObject({ reported: 1, expected: undefined })
    expect(expectedCount({ count: 5 })).toBe(5)
    expect(expectedCount({})).toBeUndefined()
  })
})
