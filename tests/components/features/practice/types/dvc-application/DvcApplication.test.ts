// DvcApplication: feedback on every choice, consequence playback on a wrong one, a result when done.
import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import DvcApplication from '@/features/practice/types/dvc-application/DvcApplication.vue'
import { MOCK_OTP } from '@/features/practice/types/dvc-application/dvc/dvc'
import { mountWith } from '../../../../mount'
import { byText } from '../../byText'

describe('DvcApplication (custom practice)', () => {
  it('validates the login and the form, plays back both traps and finishes with the mã hồ sơ', async () => {
    const practice = {
      id: 'p',
      competences: ['4.1'],
      type: 'custom' as const,
      component: 'dvc-application',
      title: 'T',
      intro: 'I',
      minutes: 8,
    }
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
