// Horizontal swipe on an element (touch or pen), ignoring mostly-vertical moves so scrolling still works.
// The element often appears after mounting (a page renders its deck once content has loaded), so the
// listeners follow the ref: attached when it is set, moved when it changes, removed on unmount.
import { onBeforeUnmount, watch, type Ref } from 'vue'

export function useSwipe(
  target: Ref<HTMLElement | undefined>,
  onSwipe: (dir: 'left' | 'right') => void,
  threshold = 50,
): void {
  let startX = 0
  let startY = 0
  let tracking = false

  const down = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse') return
    tracking = true
    startX = e.clientX
    startY = e.clientY
  }
  const up = (e: PointerEvent): void => {
    if (!tracking) return
    tracking = false
    const dx = e.clientX - startX
    const dy = e.clientY - startY
    if (Math.abs(dx) >= threshold && Math.abs(dx) > Math.abs(dy) * 1.5) onSwipe(dx < 0 ? 'left' : 'right')
  }
  const cancel = (): void => {
    tracking = false
  }

  function attach(el: HTMLElement | undefined): void {
    el?.addEventListener('pointerdown', down)
    el?.addEventListener('pointerup', up)
    el?.addEventListener('pointercancel', cancel)
  }
  function detach(el: HTMLElement | undefined): void {
    el?.removeEventListener('pointerdown', down)
    el?.removeEventListener('pointerup', up)
    el?.removeEventListener('pointercancel', cancel)
  }

  watch(
    target,
    (el, old) => {
      detach(old)
      attach(el)
    },
    { immediate: true, flush: 'post' },
  )
  onBeforeUnmount(() => detach(target.value))
}
