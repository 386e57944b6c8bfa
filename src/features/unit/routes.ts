// The reporting unit's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: '/unit/:unitId', name: 'unit', component: () => import('./UnitPage.vue'), props: true, meta: { title: 'unit.title' } },
  { path: '/u', name: 'unit-summary', component: () => import('./UnitLinkPage.vue'), meta: { title: 'unit.linkPage.title', public: true } },
]
