// The onboarding feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { pageRoute } from '@/components/pageRoute'

export const routes: RouteRecordRaw[] = [
  pageRoute('/welcome', 'welcome', () => import('./WelcomePage.vue'), { title: 'welcome.title', public: true }),
]
