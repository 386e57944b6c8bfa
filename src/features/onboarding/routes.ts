// The onboarding feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { pageRoute } from '@/components/pageRoute'
import { loadWelcomeMessages } from '@/i18n'

/** The page and its strings, fetched together (index.html preloads both for a newcomer). */
const welcomePage = () => Promise.all([import('./WelcomePage.vue'), loadWelcomeMessages()]).then(([page]) => page)

export const routes: RouteRecordRaw[] = [
  pageRoute('/welcome', 'welcome', welcomePage, { title: 'welcome.title', public: true }),
]
