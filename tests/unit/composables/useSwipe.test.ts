// The swipe listeners follow their element: a deck rendered after mounting (content loads late) still
// swipes, which it did not when the listeners were attached once in onMounted.
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { useSwipe } from '@/composables/useSwipe'

function swipe(el: Element, dx: number, dy = 0): void {
  el.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', clientX: 200, clientY: 300, bubbles: true }))
  el.dispatchEvent(
    new PointerEvent('pointerup', {
      pointerType: 'touch',
      clientX: 200 + dx,
      clientY: 300 + dy,
      bubbles: true,
    }),
  )
}

describe('useSwipe', () => {
  it('works on an element that appears after mounting, and ignores vertical moves and the mouse', async () => {
    const onSwipe = vi.fn()
    const shown = ref(false)
    const w = mount(
      defineComponent({
        setup() {
          const el = ref<HTMLElement>()
          useSwipe(el, onSwipe)
          return () => (shown.value ? h('div', { ref: el, class: 'deck' }) : h('p', 'loading'))
        },
      }),
      { attachTo: document.body },
    )
    shown.value = true
    await nextTick()
    await nextTick()
    const deck = w.find('.deck').element
    swipe(deck, -120)
    swipe(deck, 120)
    swipe(deck, 60, 200)
    deck.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'mouse', clientX: 0, clientY: 0 }))
    deck.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'mouse', clientX: 300, clientY: 0 }))
    expect(onSwipe.mock.calls).toEqual([['left'], ['right']])
    w.unmount()
  })
})
