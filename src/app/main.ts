import { createApp, watch } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { makeRouter } from './router'
import { START_LOCATION } from 'vue-router'
import { createI18n, loadFeatureMessages } from '@/i18n'
import { useSettingsStore } from '@/stores/settings'
import { registerServiceWorker } from '@/pwa/register'
import { keepTeacherToolsOffline } from '@/pwa/teacherTools'
import { loadPolyfills } from './polyfills'
import '@/styles/tokens.css'
import '@/styles/base.css'

async function start(): Promise<void> {
  // An old phone (Chrome/WebView 87–97, iOS 15.0–15.3) first loads what it lacks; a current one loads nothing.
  await loadPolyfills()
  const app = createApp(App)
  const pinia = createPinia()
  const i18n = createI18n()
  app.use(pinia).use(i18n)
  const settings = useSettingsStore()
  await settings.load()
  const router = makeRouter()
  const features = loadFeatureMessages()
  router.beforeEach(async (to, from) => {
    // Every page but home, welcome and about uses feature strings: they are loaded by then (or now).
    if (!['home', 'welcome', 'about'].includes(String(to.name))) await features.catch(() => undefined)
    if (!settings.hasProfile && !to.meta.public) {
      return { name: 'welcome', query: to.fullPath === '/' ? {} : { next: to.fullPath } }
    }
    // Opening the app (its icon starts at /) lands on the first role's hub; the nav's "Học" still opens Home.
    if (from === START_LOCATION && to.name === 'home' && settings.hub !== '/') return settings.hub
  })
  app.use(router)
  await router.isReady()
  app.mount('#app')
  registerServiceWorker(i18n.t)
  // An adult's phone (now, or once the first run or Cài đặt adds an adult role) keeps its tools offline.
  if (!import.meta.env.DEV)
    watch(
      () => settings.adult,
      (adult) => adult && void keepTeacherToolsOffline(),
      { immediate: true },
    )
}

void start()
