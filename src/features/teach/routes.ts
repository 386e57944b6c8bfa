// The teach feature's routes; app/router.ts collects every feature's list. `?class=` is the class taught
// (optional: a plan can be read before any class exists).
import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  {
    path: '/teach',
    name: 'teach',
    component: () => import('./TeachPage.vue'),
    meta: { title: 'teach.title' },
  },
  {
    path: '/teach/module/:moduleId',
    name: 'teach-module',
    component: () => import('./TeachModulePage.vue'),
    props: true,
    meta: { title: 'teach.title' },
  },
  {
    path: '/teach/module/:moduleId/plan',
    name: 'teach-plan',
    component: () => import('./PlanPage.vue'),
    props: true,
    meta: { title: 'teach.plan.pageTitle' },
  },
  {
    path: '/teach/module/:moduleId/worksheet',
    name: 'teach-worksheet',
    component: () => import('./WorksheetPage.vue'),
    props: true,
    meta: { title: 'teach.worksheet.pageTitle' },
  },
]
