// The teach feature's routes; app/router.ts collects every feature's list. `?class=` is the class taught
// (optional: a plan can be read before any class exists).
import type { RouteRecordRaw } from 'vue-router'
import { pageRoute } from '@/components/pageRoute'

export const routes: RouteRecordRaw[] = [
  pageRoute('/teach', 'teach', () => import('./TeachPage.vue'), { title: 'teach.title' }),
  pageRoute('/teach/module/:moduleId', 'teach-module', () => import('./TeachModulePage.vue'), { title: 'teach.title' }),
  pageRoute('/teach/module/:moduleId/plan', 'teach-plan', () => import('./PlanPage.vue'), {
    title: 'teach.plan.pageTitle',
  }),
  pageRoute('/teach/module/:moduleId/worksheet', 'teach-worksheet', () => import('./WorksheetPage.vue'), {
    title: 'teach.worksheet.pageTitle',
  }),
]
