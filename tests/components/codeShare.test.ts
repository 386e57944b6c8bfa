// CodeShare's words: read from one message group (the unit's invite, the school's summary sent up), or each
// passed as a label by pages whose words sit in several groups.
import { describe, expect, it } from 'vitest'
import { mountWith } from './mount'
import CodeShare from '@/components/CodeShare.vue'

const link = 'https://example.test/join#abc'

describe('CodeShare', () => {
  it('reads every word from its message group, the name in the QR label', async () => {
    const { wrapper } = await mountWith(CodeShare, {
      props: { link, words: 'unit.invite', name: 'Xã Hòa Bình', testid: 'invite' },
    })
    expect(wrapper.get('[role=img]').attributes('aria-label')).toBe('Mã QR mời các trường của Xã Hòa Bình')
    expect(wrapper.get('label').text()).toBe('Đường link mời các trường')
    expect(wrapper.get('[data-testid=invite]').element).toHaveProperty('value', link)
    expect(wrapper.text()).toContain('Chép đường link')
    // No file name: no .txt button, even where the group has the word.
    expect(wrapper.text()).not.toContain('Tải tệp .txt')
    wrapper.unmount()
  })

  it('offers the .txt file with its group word when given a file name', async () => {
    const { wrapper } = await mountWith(CodeShare, {
      props: { link, words: 'unit.send', name: 'THCS A', fileName: 'bao-cao.txt', testid: 'up' },
    })
    expect(wrapper.get('label').text()).toBe('Đường link bản gửi lên')
    expect(wrapper.text()).toContain('Tải tệp .txt')
    wrapper.unmount()
  })

  it('leaves out a button whose word its group does not have', async () => {
    const { wrapper } = await mountWith(CodeShare, {
      props: { link, words: 'school.invite', name: 'THCS A', fileName: 'x.txt', testid: 'school' },
    })
    expect(wrapper.get('[role=img]').attributes('aria-label')).toContain('THCS A')
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(['Chép đường link'])
    expect(wrapper.text()).not.toContain('school.invite')
    wrapper.unmount()
  })

  it('uses the labels it is given', async () => {
    const { wrapper } = await mountWith(CodeShare, {
      props: { link, qrLabel: 'QR', linkLabel: 'Đường link', copyLabel: 'Chép', copiedLabel: 'Đã chép', testid: 'x' },
    })
    expect(wrapper.get('label').text()).toBe('Đường link')
    expect(wrapper.text()).toContain('Chép')
    expect(wrapper.text()).not.toContain('Tải tệp')
    wrapper.unmount()
  })
})
