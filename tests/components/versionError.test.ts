// Issue #24, item 8, on screen: a save that meets a database upgraded by a newer version in another tab says to
// reload and offers the button, instead of "Hãy thử lại"; any other failure keeps the plain retry words.
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import TheToasts from '@/components/TheToasts.vue'
import { useSaveAction } from '@/composables/useSaveAction'
import { mountWith } from './mount'

/** A page whose one save fails with `error`. */
function pageFailingWith(error: Error) {
  return defineComponent({
    setup() {
      const { run } = useSaveAction()
      return () => h('div', [h('button', { onClick: () => run(() => Promise.reject(error)) }, 'Lưu'), h(TheToasts)])
    },
  })
}

describe('a save after a newer version upgraded the database elsewhere', () => {
  it('says to reload, with a reload button', async () => {
    const { wrapper } = await mountWith(pageFailingWith(new DOMException('newer', 'VersionError')))
    await wrapper.find('button').trigger('click')
    await new Promise((r) => setTimeout(r, 0))
    const toast = wrapper.find('[role=alert]')
    expect(toast.text()).toContain('Ứng dụng vừa được cập nhật ở một thẻ khác — hãy tải lại trang.')
    expect(toast.text()).not.toContain('Hãy thử lại')
    expect(toast.findAll('button').map((b) => b.text())).toContain('Tải lại trang')
  })

  it('any other failure: no reload button', async () => {
    const { wrapper } = await mountWith(pageFailingWith(new DOMException('x', 'AbortError')))
    await wrapper.find('button').trigger('click')
    await new Promise((r) => setTimeout(r, 0))
    expect(wrapper.find('[role=alert]').exists()).toBe(true)
    expect(wrapper.findAll('[role=alert] button').map((b) => b.text())).not.toContain('Tải lại trang')
  })
})
