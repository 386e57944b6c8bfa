// The onboarding feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  {
    path: '/welcome',
    name: 'welcome',
    component: () => import('./WelcomePage.vue'),
    meta: { title: 'welcome.title', public: true },
  },
]
