// PracticeSpot: feedback on every choice, consequence playback on a wrong one, a result when done.
import { describe, expect, it } from 'vitest'
import PracticeSpot from '@/features/practice/types/spot/PracticeSpot.vue'
import { mountWith } from '../../../../mount'
import { byText } from '../../byText'

describe('PracticeSpot', () => {
  it('scores each round and explains the signs', async () => {
    const practice = {
      id: 'p',
      competences: ['4.1'],
      type: 'spot' as const,
      title: 'T',
      intro: 'I',
      minutes: 3,
      success: 'Hết.',
      rounds: [
        {
          id: 'r1',
          frame: 'sms' as const,
          sender: 'X',
          isScam: true,
          verdict: 'Lừa đảo.',
          parts: [
            { id: 'a', text: 'Chào', suspicious: false, explanation: 'thường' },
            { id: 'b', text: 'bấm link', suspicious: true, explanation: 'link lạ' },
            { id: 'c', text: 'ngay', suspicious: false, explanation: 'thường' },
          ],
        },
        {
          id: 'r2',
          frame: 'sms' as const,
          sender: 'Mẹ',
          isScam: false,
          verdict: 'An toàn.',
          parts: [
            { id: 'a', text: 'Con', suspicious: false, explanation: 'x' },
            { id: 'b', text: 'về ăn cơm', suspicious: false, explanation: 'y' },
            { id: 'c', text: 'nhé', suspicious: false, explanation: 'z' },
          ],
        },
      ],
    }
    const { wrapper: w } = await mountWith(PracticeSpot, { props: { practice } })
    await w.findAll('.spot__part')[1]!.trigger('click')
    await byText(w, 'Kiểm tra').trigger('click')
    expect(w.text()).toContain('Chính xác!')
    expect(w.text()).toContain('link lạ')
    await byText(w, 'Lượt tiếp').trigger('click')
    await w.findAll('.spot__part')[0]!.trigger('click')
    await byText(w, 'Kiểm tra').trigger('click')
    expect(w.text()).toContain('Chưa đúng hết.')
    await byText(w, 'Hoàn thành').trigger('click')
    expect(w.emitted('done')![0]).toEqual([{ score: 0.5, mistakes: 1 }])
  })
})
