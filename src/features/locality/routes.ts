// The locality feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  {
    path: '/locality',
    name: 'locality',
    component: () => import('./LocalityPage.vue'),
    meta: { title: 'settings.locality' },
  },
]
