// PracticeOrder: feedback on every choice, consequence playback on a wrong one, a result when done.
import { describe, expect, it } from 'vitest'
import PracticeOrder from '@/features/practice/types/order/PracticeOrder.vue'
import { mountWith } from '../../../../mount'
import { byText } from '../../byText'

describe('PracticeOrder', () => {
  it('plays back the consequence of a wrong order, then accepts the right one', async () => {
    const practice = {
      id: 'p',
      competences: ['4.1'],
      type: 'order' as const,
      title: 'T',
      intro: 'I',
      minutes: 3,
      items: [
        { id: 'a', text: 'Một', explanation: 'x' },
        { id: 'b', text: 'Hai', explanation: 'y' },
        { id: 'c', text: 'Ba', explanation: 'z' },
      ],
      consequence: 'Hồ sơ bị trả lại.',
      success: 'Giỏi lắm.',
    }
    const { wrapper: w } = await mountWith(PracticeOrder, { props: { practice } })
    await byText(w, 'Kiểm tra').trigger('click')
    expect(w.text()).toContain('Hồ sơ bị trả lại.')
    for (const [i, want] of ['Một', 'Hai', 'Ba'].entries()) {
      let texts = w.findAll('.order__text').map((x) => x.text())
      while (texts.indexOf(want) > i) {
        await w.find(`button[aria-label="Đưa “${want}” lên trên"]`).trigger('click')
        texts = w.findAll('.order__text').map((x) => x.text())
      }
    }
    await byText(w, 'Kiểm tra').trigger('click')
    expect(w.text()).toContain('Giỏi lắm.')
    expect(w.emitted('done')![0]).toEqual([{ score: 0.5, mistakes: 1 }])
  })
})
