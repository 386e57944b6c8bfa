// Registers the generated service worker. An update is only applied when the user asks for it
// (usePwaStore().update), so nothing reloads in the middle of a lesson or a quiz.
import { registerSW } from 'virtual:pwa-register'
import { usePwaStore } from './store'

export function registerServiceWorker(): void {
  const pwa = usePwaStore()
  pwa.listen()
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      pwa.needRefresh = true
    },
    onOfflineReady() {
      pwa.offlineReady = true
    },
  })
  pwa.applyUpdate = () => updateSW(true)
}
