// The teach feature's routes; app/router.ts collects every feature's list. `?class=` is the class taught
// (optional: a plan can be read before any class exists).
import type { RouteRecordRaw } from 'vue-router'
import { lazyPageRoutes } from '@/components/pageRoute'

/** The pages (./pages.ts): their lists of chunks load with the first of them, not with the app. */
const pages = () => import('./pages')

export const routes: RouteRecordRaw[] = lazyPageRoutes(pages, [
  ['/teach', 'teach', 'TeachPage', 'teach.title'],
  ['/teach/module/:moduleId', 'teach-module', 'TeachModulePage', 'teach.title'],
  ['/teach/module/:moduleId/plan', 'teach-plan', 'PlanPage', 'teach.plan.pageTitle'],
  ['/teach/module/:moduleId/worksheet', 'teach-worksheet', 'WorksheetPage', 'teach.worksheet.pageTitle'],
])
