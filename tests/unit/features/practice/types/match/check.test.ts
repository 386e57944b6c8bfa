import { describe, expect, it } from 'vitest'
import { matchOutcome, placements, type MatchPractice } from '@/features/practice/types/match/check'
import { matchCards } from '@/features/practice/types/match/cards'

const practice: MatchPractice = {
  id: 'p',
  competences: ['4.1'],
  type: 'match',
  title: 'T',
  intro: 'I',
  minutes: 3,
  groups: [
    { id: 'dang', label: 'Đăng được' },
    { id: 'khong', label: 'Không nên đăng' },
    { id: 'trong', label: 'Trống' },
  ],
  items: [
    { id: 'a', text: 'Ảnh thẻ căn cước', group: 'khong', explanation: 'Lộ số định danh.' },
    { id: 'b', text: 'Tranh em vẽ', group: 'dang', explanation: 'Không lộ gì.' },
    { id: 'c', text: 'Vé máy bay:', group: 'khong', explanation: 'Lộ mã đặt chỗ.' },
  ],
  success: 'Xong.',
}

describe('match check', () => {
  it('marks each placement and leaves an unplaced item wrong', () => {
    expect(placements(practice, { a: 'khong', b: 'khong' })).toEqual({ a: true, b: false, c: false })
  })
  it('scores the share right at the first check', () => {
    expect(matchOutcome(practice, { rightFirstTry: 2 })).toEqual({ score: 2 / 3, mistakes: 1 })
    expect(matchOutcome(practice, { rightFirstTry: 3 })).toEqual({ score: 1, mistakes: 0 })
  })
  it('presents one card per group that has items, without a double colon', () => {
    const cards = matchCards(practice, (k) => k)
    expect(cards.map((c) => c.title)).toEqual(['Đăng được', 'Không nên đăng', 'wellDone'])
    expect(cards[1]!.body).toContain('**Vé máy bay:** Lộ mã đặt chỗ.')
  })
})
