// The about feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  {
    path: '/about',
    name: 'about',
    component: () => import('./AboutPage.vue'),
    meta: { title: 'about.title', public: true },
  },
]
