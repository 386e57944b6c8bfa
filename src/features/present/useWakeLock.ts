// Keeps the screen on while presenting (Screen Wake Lock, where the browser has it): requested on enter,
// requested again when the page becomes visible (the browser drops the lock when it is hidden),
// released on leave. Where it is missing or refused, presenting still works; the screen may dim.
import { onBeforeUnmount, onMounted, ref } from 'vue'

export function useWakeLock() {
  const active = ref(false)
  let sentinel: WakeLockSentinel | undefined
  let leaving = false

  async function request(): Promise<void> {
    if (leaving || document.visibilityState !== 'visible' || !('wakeLock' in navigator) || sentinel) return
    try {
      const s = await navigator.wakeLock.request('screen')
      if (leaving) {
        await s.release()
        return
      }
      sentinel = s
      active.value = true
      s.addEventListener('release', () => {
        if (sentinel === s) sentinel = undefined
        active.value = false
      })
    } catch {
      // Refused (battery saver, no user gesture yet, not allowed): nothing to do.
      active.value = false
    }
  }

  function onVisibility(): void {
    if (document.visibilityState === 'visible') void request()
  }

  onMounted(() => {
    document.addEventListener('visibilitychange', onVisibility)
    void request()
  })
  onBeforeUnmount(() => {
    leaving = true
    document.removeEventListener('visibilitychange', onVisibility)
    const s = sentinel
    sentinel = undefined
    active.value = false
    void s?.release().catch(() => undefined)
  })

  return { active }
}
