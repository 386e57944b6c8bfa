// Practice types: feedback on every choice, consequence playback on a wrong one, a result when done.
import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import PracticeOrder from '@/features/practice/PracticeOrder.vue'
import PracticeMatch from '@/features/practice/PracticeMatch.vue'
import PracticeSpot from '@/features/practice/PracticeSpot.vue'
import PracticeScenario from '@/features/practice/PracticeScenario.vue'
import DvcApplication from '@/features/practice/custom/DvcApplication.vue'
import { MOCK_OTP } from '@/features/practice/custom/dvc/dvc'
import { mountWith } from './mount'

const byText = (w: { findAll: (s: string) => Array<{ text: () => string; trigger: (e: string) => Promise<void> }> }, text: string) => {
  const b = w.findAll('button').find((x) => x.text().includes(text))
  if (!b) throw new Error(`no button ${text}`)
  return b
}

describe('PracticeOrder', () => {
  it('plays back the consequence of a wrong order, then accepts the right one', async () => {
    const practice = {
      id: 'p', type: 'order' as const, title: 'T', intro: 'I', minutes: 3,
      items: [{ id: 'a', text: 'Một', explanation: 'x' }, { id: 'b', text: 'Hai', explanation: 'y' }, { id: 'c', text: 'Ba', explanation: 'z' }],
      consequence: 'Hồ sơ bị trả lại.', success: 'Giỏi lắm.',
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

describe('PracticeMatch', () => {
  it('explains a wrong placement with its consequence and finishes when all are right', async () => {
    const practice = {
      id: 'p', type: 'match' as const, title: 'T', intro: 'I', minutes: 3,
      groups: [{ id: 'dang', label: 'Đăng được' }, { id: 'khong', label: 'Không nên đăng' }],
      items: [
        { id: 'a', text: 'Ảnh thẻ căn cước', group: 'khong', explanation: 'Lộ số định danh.', consequence: 'Kẻ gian mạo danh em.' },
        { id: 'b', text: 'Tranh em vẽ', group: 'dang', explanation: 'Không lộ gì.' },
        { id: 'c', text: 'Vé máy bay', group: 'khong', explanation: 'Lộ mã đặt chỗ.' },
      ],
      success: 'Xong.',
    }
    const { wrapper: w } = await mountWith(PracticeMatch, { props: { practice } })
    const pick = async (item: number, group: string) => w.findAll('fieldset')[item]!.find(`input[value=${group}]`).setValue(true)
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

describe('PracticeSpot', () => {
  it('scores each round and explains the signs', async () => {
    const practice = {
      id: 'p', type: 'spot' as const, title: 'T', intro: 'I', minutes: 3, success: 'Hết.',
      rounds: [
        { id: 'r1', frame: 'sms' as const, sender: 'X', isScam: true, verdict: 'Lừa đảo.', parts: [
          { id: 'a', text: 'Chào', suspicious: false, explanation: 'thường' },
          { id: 'b', text: 'bấm link', suspicious: true, explanation: 'link lạ' },
          { id: 'c', text: 'ngay', suspicious: false, explanation: 'thường' },
        ] },
        { id: 'r2', frame: 'sms' as const, sender: 'Mẹ', isScam: false, verdict: 'An toàn.', parts: [
          { id: 'a', text: 'Con', suspicious: false, explanation: 'x' },
          { id: 'b', text: 'về ăn cơm', suspicious: false, explanation: 'y' },
          { id: 'c', text: 'nhé', suspicious: false, explanation: 'z' },
        ] },
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

describe('PracticeScenario', () => {
  it('plays back an unsafe choice, lets the learner retry, and ends with the lesson', async () => {
    const practice = {
      id: 'p', type: 'scenario' as const, title: 'T', intro: 'I', minutes: 3, start: 'a', lesson: 'Dừng, kiểm tra, gọi lại.',
      nodes: [
        { id: 'a', say: 'Có người gọi xin **OTP**.', choices: [
          { text: 'Đọc mã', safe: false, consequence: 'Tài khoản bị rút sạch tiền.' },
          { text: 'Cúp máy', safe: true, consequence: 'Em an toàn.', next: 'b' },
        ] },
        { id: 'b', say: 'Họ gọi lại.', choices: [
          { text: 'Chặn số', safe: true, consequence: 'Tốt.' },
          { text: 'Nghe tiếp', safe: false, consequence: 'Bị dụ tiếp.' },
        ] },
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

describe('DvcApplication (custom practice)', () => {
  it('validates the login and the form, plays back both traps and finishes with the mã hồ sơ', async () => {
    const practice = { id: 'p', type: 'custom' as const, component: 'dvc-application', title: 'T', intro: 'I', minutes: 8 }
    const { wrapper: w } = await mountWith(DvcApplication, { props: { practice } })
    await w.find('#dvc-id').setValue('123')
    await w.find('#dvc-pw').setValue('abc')
    await w.find('form').trigger('submit')
    expect(w.text()).toContain('gồm đúng 12 chữ số')
    expect(w.text()).toContain('Mật khẩu 8–20 ký tự')
    await w.find('#dvc-id').setValue('079211000123')
    await w.find('#dvc-pw').setValue('CaHeo@Boi24')
    await w.find('form').trigger('submit')
    await byText(w, 'Gửi mã cho').trigger('click')
    expect(w.text()).toContain('Kẻ gian dùng mã để đăng nhập')
    await byText(w, 'Hiểu rồi').trigger('click')
    await w.find('#dvc-otp').setValue('000000')
    await w.find('form').trigger('submit')
    expect(w.text()).toContain('Mã OTP chưa đúng')
    await w.find('#dvc-otp').setValue(MOCK_OTP)
    await w.find('form').trigger('submit')
    await w.find('#dvc-search').setValue('trich luc')
    await byText(w, 'Cấp bản sao trích lục khai sinh').trigger('click')
    await w.find('form').trigger('submit')
    expect(w.text()).toContain('Hãy nhập đầy đủ họ và tên')
    await w.find('#dvc-fullName').setValue('Nguyễn Minh An')
    await w.find('#dvc-relation').setValue('ban-than')
    await w.find('#dvc-phone').setValue('0912 345 678')
    await w.find('input[value=anh-otp]').setValue(true)
    await w.find('form').trigger('submit')
    expect(w.text()).toContain('Hãy đính kèm tờ khai')
    await w.find('input[value=to-khai]').setValue(true)
    await w.find('form').trigger('submit')
    expect(w.find('[data-testid=file-code]').text()).toMatch(/^H99\.01-\d{6}-\d{4}$/)
    await byText(w, 'Quản lý hồ sơ').trigger('click')
    await byText(w, 'Yêu cầu thanh toán').trigger('click')
    await byText(w, 'tài khoản cá nhân trong tin nhắn').trigger('click')
    expect(w.text()).toContain('Tiền vào tài khoản của người lạ')
    await byText(w, 'nền tảng thanh toán').trigger('click')
    await byText(w, 'Xác nhận thanh toán').trigger('click')
    await byText(w, 'Theo dõi trạng thái').trigger('click')
    await byText(w, 'Làm mới trạng thái').trigger('click')
    await byText(w, 'Làm mới trạng thái').trigger('click')
    await flushPromises()
    expect(w.text()).toContain('Số lần mắc bẫy: 2')
    expect(w.emitted('done')![0]).toEqual([{ score: 0.5, mistakes: 2 }])
  })
})
