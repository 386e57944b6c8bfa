// The one name check of every create form (class, school, unit, team, a learner, joining a class or a team):
// domain/text formName. A name of invisible characters only, or a suggestion left with its "…", is no name;
// anything else comes back as the code will carry it.
import { describe, expect, it } from 'vitest'
import { formName, formNames, LONG_NAME_MAX, NAME_MAX } from '@/domain/text'

describe('formName', () => {
  it.each([
    ['empty', ''],
    ['spaces and line breaks', ' \n\t '],
    ['one zero-width space', '\u200B'],
    ['zero-width joiners and a bidi override', '\u200D\u2060\u202E'],
    ['a suggestion still to fill in', 'Phòng Văn hóa – Xã hội xã/phường …'],
  ])('is no name: %s', (_, raw) => {
    expect(formName(raw, LONG_NAME_MAX)).toBeUndefined()
  })

  it('gives the name as the code carries it: NFC, hidden characters out, spaces folded, cut to the limit', () => {
    expect(formName('  Lớp\u200B  7A \n', NAME_MAX)).toBe('Lớp 7A')
    // "ế" typed as e + combining circumflex + combining acute (some keyboards) becomes the one precomposed letter.
    expect(formName('Ti\u0065\u0302\u0301ng Vi\u0065\u0323\u0302t', NAME_MAX)).toBe('Tiếng Việt')
    expect(Array.from(formName('Nguyễn '.repeat(20), NAME_MAX)!).length).toBeLessThanOrEqual(NAME_MAX)
  })

  it('is no name for what a form cannot send (not a string)', () => {
    expect(formName(undefined as unknown as string, NAME_MAX)).toBeUndefined()
  })
})

describe('formNames (the stores)', () => {
  it('returns every field cleaned, or a RangeError naming the first that is no name', () => {
    expect(
      formNames({ name: ' Trường THCS  Hòa Bình ', area: 'Xã Hòa Bình' }, ['name', 'area'], LONG_NAME_MAX),
    ).toEqual({
      name: 'Trường THCS Hòa Bình',
      area: 'Xã Hòa Bình',
    })
    expect(() => formNames({ name: 'Tổ 1', commune: '\u200B' }, ['name', 'commune'], LONG_NAME_MAX)).toThrow(
      /commune is required/,
    )
  })
})
