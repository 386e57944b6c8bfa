// CodeImportBox's words from one message group, and where its hint sits: above the box (school, unit) or
// under the results (the class page, so its box and button stay on the first screen).
import { describe, expect, it } from 'vitest'
import { mountWith } from './mount'
import CodeImportBox from '@/components/CodeImportBox.vue'

const importer = async () => []

describe('CodeImportBox', () => {
  it('reads its words from the group and shows the hint above the box', async () => {
    const { wrapper } = await mountWith(CodeImportBox, {
      props: { importer, words: 'school.import', testid: 'summary-import-results' },
    })
    expect(wrapper.get('h2').text()).toBe('Nhận bản tổng hợp của lớp')
    expect(wrapper.get('label[for=summary-import-results-text]').text()).toBe('Đường link hoặc mã bản tổng hợp')
    expect(wrapper.get('button[type=submit]').text()).toBe('Nhập')
    expect(wrapper.text()).toContain('Quét mã QR')
    const hint = wrapper.get('p.muted').element
    expect(hint.compareDocumentPosition(wrapper.get('form').element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    wrapper.unmount()
  })

  it('puts the class hint after the box', async () => {
    const { wrapper } = await mountWith(CodeImportBox, {
      props: { importer, words: 'classPage.importBox', hintBelow: true, testid: 'import-results' },
    })
    expect(wrapper.get('h2').text()).toBe('Nhập kết quả của học sinh')
    const hint = wrapper.get('p.muted')
    expect(hint.text()).toContain('Dán đường link hoặc đoạn mã học sinh gửi')
    expect(
      wrapper.get('form').element.compareDocumentPosition(hint.element) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy()
    wrapper.unmount()
  })
})
