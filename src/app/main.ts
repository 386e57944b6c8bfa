import { createApp, createSSRApp, watch } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import App from './App.vue'
import { makeRouter } from './router'
import { START_LOCATION } from 'vue-router'
import { createI18n, loadFeatureMessages, loadLocale } from '@/i18n'
import { useSettingsStore } from '@/stores/settings'
import { loadPolyfills } from './polyfills'
import { isFirstVisit } from './firstVisit'
import { replayEarlyTaps, typedBeforeHydration } from './earlyTaps'
import '@/styles/tokens.css'
import '@/styles/base.css'

async function start(): Promise<void> {
  // An invite link: its codec starts loading now, with the app, not after the welcome has mounted.
  if (location.pathname === '/join' && location.hash.length > 1) {
    void import('@/exchange/codec').catch(() => undefined)
    void import('@/exchange/channels').catch(() => undefined)
  }
  // An old phone (Chrome/WebView 87–97, iOS 15.0–15.3) first loads what it lacks; a current one loads nothing.
  await loadPolyfills()
  const root = document.getElementById('app')!
  // index.html from the network holds the welcome prerendered at build time (scripts/prerender.ts); the
  // service worker's shell.html holds nothing.
  const snapshot = root.hasAttribute('data-ssr')
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createI18n()
  const settings = useSettingsStore()
  // A newcomer has no database: the welcome is drawn without creating one (the first save does).
  if (await isFirstVisit()) settings.assumeNewcomer()
  else await settings.load()
  // An English user's strings, before their first render (a newcomer's is Vietnamese: nothing to load).
  if (settings.prefs.locale !== 'vi') await loadLocale(settings.prefs.locale).catch(() => undefined)
  const router = makeRouter()
  const url = `${location.pathname}${location.search}${location.hash}`
  const target = router.resolve(url)
  // The snapshot is what a newcomer's first render draws: hydrate it. Anyone else gets the real first screen.
  const hydrate =
    snapshot &&
    !settings.hasProfile &&
    !settings.storageProblem &&
    settings.prefs.locale === 'vi' &&
    (target.name === 'welcome' || !target.meta.public)
  if (snapshot && !hydrate) {
    root.textContent = ''
    root.removeAttribute('data-ssr')
    root.removeAttribute('aria-busy')
    root.removeAttribute('aria-disabled')
  }
  const app = hydrate ? createSSRApp(App) : createApp(App)
  app.use(pinia).use(i18n)
  router.beforeEach(async (to, from) => {
    // Redirects first: a newcomer from an invite goes to the welcome without waiting for strings it does not use.
    if (!settings.hasProfile && !to.meta.public) {
      return { name: 'welcome', query: to.fullPath === '/' ? {} : { next: to.fullPath } }
    }
    // Opening the app (its icon starts at /) lands on the first role's hub; the nav's "Học" still opens Home.
    if (from === START_LOCATION && to.name === 'home' && settings.hub !== '/') return settings.hub
    // Every page but the welcome uses feature strings (vi.ts holds only the frame's and the welcome's): they are
    // loaded by then (or now).
    if (to.name !== 'welcome') await loadFeatureMessages().catch(() => undefined)
  })
  app.use(router)
  await router.isReady()
  const typed = hydrate ? typedBeforeHydration(root) : []
  app.mount('#app')
  if (hydrate) replayEarlyTaps(root, typed)
  else document.documentElement.removeAttribute('data-returning')
  // Loaded after the first screen, which does not use them (they would compete with it on a thin link).
  void loadFeatureMessages().catch(() => undefined)
  // The service worker's registration (and its precache) is not on the first paint either: loaded now.
  void import('@/pwa/register').then((m) => m.registerServiceWorker(i18n.t)).catch(() => undefined)
  // An adult's phone (now, or once the first run or Cài đặt adds an adult role) keeps its tools offline.
  if (!import.meta.env.DEV)
    watch(
      () => settings.adult,
      (adult) => adult && void import('@/pwa/teacherTools').then((m) => m.keepTeacherToolsOffline()),
      { immediate: true },
    )
}

void start()
