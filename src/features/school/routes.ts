// The school feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: '/teacher/school/:schoolId', name: 'school', component: () => import('./SchoolPage.vue'), props: true, meta: { title: 'school.title' } },
  { path: '/s', name: 'summary', component: () => import('./SchoolSummaryPage.vue'), meta: { title: 'school.summaryPage.title', public: true } },
]
