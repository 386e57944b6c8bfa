// Build time only (vite.config.ts, plugin kns-prerender): renders a newcomer's first screen — the app frame
// and the welcome — to HTML for index.html, so a first visit paints from the HTML on its first round trip and
// main.ts hydrates it. It renders what main.ts's first client render draws for a newcomer: no profile, the
// default preferences, the welcome route (an invite's details are decoded after mount, as on the client).
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createPinia } from 'pinia'
import { createMemoryHistory } from 'vue-router'
import App from './App.vue'
import { makeRouter } from './router'
import { createI18n } from '@/i18n'
import { useSettingsStore } from '@/stores/settings'

export async function render(url = '/welcome'): Promise<string> {
  const app = createSSRApp(App)
  const pinia = createPinia()
  app.use(pinia).use(createI18n())
  useSettingsStore(pinia).assumeNewcomer()
  const router = makeRouter(createMemoryHistory())
  app.use(router)
  await router.push(url)
  await router.isReady()
  return renderToString(app)
}
