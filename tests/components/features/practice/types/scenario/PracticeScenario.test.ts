// PracticeScenario: feedback on every choice, consequence playback on a wrong one, a result when done.
import { describe, expect, it } from 'vitest'
import PracticeScenario from '@/features/practice/types/scenario/PracticeScenario.vue'
import { mountWith } from '../../../../mount'
import { byText } from '../../byText'

describe('PracticeScenario', () => {
  it('plays back an unsafe choice, lets the learner retry, and ends with the lesson', async () => {
    const practice = {
      id: 'p',
      competences: ['4.1'],
      type: 'scenario' as const,
      title: 'T',
      intro: 'I',
      minutes: 3,
      start: 'a',
      lesson: 'Dừng, kiểm tra, gọi lại.',
      nodes: [
        {
          id: 'a',
          say: 'Có người gọi xin **OTP**.',
          choices: [
            { text: 'Đọc mã', safe: false, consequence: 'Tài khoản bị rút sạch tiền.' },
            { text: 'Cúp máy', safe: true, consequence: 'Em an toàn.', next: 'b' },
          ],
        },
        {
          id: 'b',
          say: 'Họ gọi lại.',
          choices: [
            { text: 'Chặn số', safe: true, consequence: 'Tốt.' },
            { text: 'Nghe tiếp', safe: false, consequence: 'Bị dụ tiếp.' },
          ],
        },
      ],
    }
    const { wrapper: w } = await mountWith(PracticeScenario, { props: { practice } })
    expect(w.find('strong').text()).toBe('OTP')
    await byText(w, 'Đọc mã').trigger('click')
    expect(w.text()).toContain('Tài khoản bị rút sạch tiền.')
    await byText(w, 'Quay lại chọn lại').trigger('click')
    await byText(w, 'Cúp máy').trigger('click')
    await byText(w, 'Tiếp tục').trigger('click')
    expect(w.text()).toContain('Họ gọi lại.')
    await byText(w, 'Chặn số').trigger('click')
    await byText(w, 'Tiếp tục').trigger('click')
    expect(w.text()).toContain('Dừng, kiểm tra, gọi lại.')
    expect(w.emitted('done')![0]).toEqual([{ score: 2 / 3, mistakes: 1 }])
  })
})
