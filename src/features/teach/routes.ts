// The teach feature's routes; app/router.ts collects every feature's list. `?class=` is the class taught
// (optional: a plan can be read before any class exists).
import type { RouteRecordRaw } from 'vue-router'
import { lazyPage, pageRoute } from '@/components/pageRoute'

/** The pages (./pages.ts): their lists of chunks load with the first of them, not with the app. */
const pages = () => import('./pages')

export const routes: RouteRecordRaw[] = [
  pageRoute('/teach', 'teach', lazyPage(pages, 'TeachPage'), { title: 'teach.title' }),
  pageRoute('/teach/module/:moduleId', 'teach-module', lazyPage(pages, 'TeachModulePage'), { title: 'teach.title' }),
  pageRoute('/teach/module/:moduleId/plan', 'teach-plan', lazyPage(pages, 'PlanPage'), {
    title: 'teach.plan.pageTitle',
  }),
  pageRoute('/teach/module/:moduleId/worksheet', 'teach-worksheet', lazyPage(pages, 'WorksheetPage'), {
    title: 'teach.worksheet.pageTitle',
  }),
]
