import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { makeRouter } from './router'
import { createI18n } from './i18n'
import { useSettingsStore } from './features/settings/store'
import { registerServiceWorker } from './pwa/register'
import './styles/tokens.css'
import './styles/base.css'

async function start(): Promise<void> {
  const app = createApp(App)
  const pinia = createPinia()
  const i18n = createI18n()
  app.use(pinia).use(i18n)
  const settings = useSettingsStore()
  await settings.load()
  i18n.locale.value = settings.prefs.locale
  const router = makeRouter()
  router.beforeEach((to) => {
    if (!settings.hasProfile && !to.meta.public) {
      return { name: 'welcome', query: to.fullPath === '/' ? {} : { next: to.fullPath } }
    }
  })
  app.use(router)
  registerServiceWorker()
  await router.isReady()
  app.mount('#app')
}

void start()
