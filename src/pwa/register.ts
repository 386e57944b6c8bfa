// Registers the generated service worker. An update is only applied when the user asks for it
// (usePwaStore().update), so nothing reloads in the middle of a lesson or a quiz.
import { registerSW } from 'virtual:pwa-register'
import { usePwaStore } from './store'
import { useUiStore } from '@/stores/ui'
import type { I18n } from '@/i18n'

/**
 * Called once the first screen is drawn: the worker's precache must not compete with what that screen needs
 * on a thin link. When the precache is complete the app says so: a student may close the tab after that.
 */
export function registerServiceWorker(t: I18n['t']): void {
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
      useUiStore().toast(t('pwa.offlineReady'), 'success', 6000)
    },
  })
  pwa.applyUpdate = () => updateSW(true)
}
