// The quiz feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  {
    path: '/modules/:moduleId/quiz',
    name: 'quiz',
    component: () => import('./QuizPage.vue'),
    props: true,
    meta: { noInterrupt: true },
  },
]
