// The settings feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  {
    path: '/settings',
    name: 'settings',
    component: () => import('./SettingsPage.vue'),
    meta: { title: 'settings.title' },
  },
]
