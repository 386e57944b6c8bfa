// PracticeMatch: feedback on every choice, consequence playback on a wrong one, a result when done.
import { describe, expect, it } from 'vitest'
import PracticeMatch from '@/features/practice/types/match/PracticeMatch.vue'
import { mountWith } from '../../../../mount'
import { byText } from '../../byText'

describe('PracticeMatch', () => {
  it('explains a wrong placement with its consequence and finishes when all are right', async () => {
    const practice = {
      id: 'p',
      competences: ['4.1'],
      type: 'match' as const,
      title: 'T',
      intro: 'I',
      minutes: 3,
      groups: [
        { id: 'dang', label: 'Đăng được' },
        { id: 'khong', label: 'Không nên đăng' },
      ],
      items: [
        {
          id: 'a',
          text: 'Ảnh thẻ căn cước',
          group: 'khong',
          explanation: 'Lộ số định danh.',
          consequence: 'Kẻ gian mạo danh em.',
        },
        { id: 'b', text: 'Tranh em vẽ', group: 'dang', explanation: 'Không lộ gì.' },
        { id: 'c', text: 'Vé máy bay', group: 'khong', explanation: 'Lộ mã đặt chỗ.' },
      ],
      success: 'Xong.',
    }
    const { wrapper: w } = await mountWith(PracticeMatch, { props: { practice } })
    const pick = async (item: number, group: string) =>
      w.findAll('fieldset')[item]!.find(`input[value=${group}]`).setValue(true)
    await pick(0, 'dang')
    await pick(1, 'dang')
    await pick(2, 'khong')
    await byText(w, 'Kiểm tra').trigger('click')
    expect(w.text()).toContain('Kẻ gian mạo danh em.')
    expect(w.emitted('done')).toBeUndefined()
    await pick(0, 'khong')
    await byText(w, 'Kiểm tra lại').trigger('click')
    expect(w.text()).toContain('Xong.')
    expect(w.emitted('done')![0]).toEqual([{ score: 2 / 3, mistakes: 1 }])
  })
})
