// Service-worker lifecycle, connectivity and installability, as reactive state for the UI.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'

interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

export const usePwaStore = defineStore('pwa', () => {
  const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine)
  const needRefresh = ref(false)
  const offlineReady = ref(false)
  const installEvent = shallowRef<BeforeInstallPromptEvent>()
  const installed = ref(false)
  const applyUpdate = shallowRef<(() => Promise<void>) | undefined>()

  const standalone = computed(
    () =>
      installed.value ||
      (typeof window !== 'undefined' &&
        (window.matchMedia?.('(display-mode: standalone)').matches ||
          (navigator as Navigator & { standalone?: boolean }).standalone === true)),
  )
  const isIos = computed(
    () => typeof navigator !== 'undefined' && /iPad|iPhone|iPod/.test(navigator.userAgent) && !standalone.value,
  )
  const canInstall = computed(() => installEvent.value !== undefined && !standalone.value)

  let recheck: ReturnType<typeof setTimeout> | undefined
  /**
   * `navigator.onLine` only says a network is there: a school Wi-Fi without internet, or a page the service
   * worker served while the link is down, still reads "online". One tiny request of our own (HEAD, never
   * cached, not answered by the service worker) tells; while it fails it is tried again every 20 s.
   */
  async function probe(): Promise<void> {
    clearTimeout(recheck)
    if (!navigator.onLine) return void (online.value = false)
    try {
      // Any answer of the server, even an error page, means the link works.
      await fetch(`${import.meta.env.BASE_URL}robots.txt?online=${Date.now()}`, { method: 'HEAD', cache: 'no-store' })
      online.value = true
    } catch {
      online.value = false
    }
    if (!online.value) recheck = setTimeout(() => void probe(), 20_000)
  }

  function listen(): void {
    window.addEventListener('online', () => void probe())
    window.addEventListener('offline', () => {
      clearTimeout(recheck)
      online.value = false
    })
    void probe()
    window.addEventListener('beforeinstallprompt', (e) => {
      e.preventDefault()
      installEvent.value = e as BeforeInstallPromptEvent
    })
    window.addEventListener('appinstalled', () => {
      installed.value = true
      installEvent.value = undefined
    })
  }

  async function install(): Promise<void> {
    const e = installEvent.value
    if (!e) return
    await e.prompt()
    const choice = await e.userChoice
    if (choice.outcome === 'accepted') installed.value = true
    installEvent.value = undefined
  }

  async function update(): Promise<void> {
    needRefresh.value = false
    await applyUpdate.value?.()
  }

  return {
    online,
    needRefresh,
    offlineReady,
    installEvent,
    applyUpdate,
    standalone,
    isIos,
    canInstall,
    listen,
    install,
    update,
  }
})
