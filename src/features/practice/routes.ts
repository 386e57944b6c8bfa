// The practice feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  {
    path: '/modules/:moduleId/practice/:practiceId',
    name: 'practice',
    component: () => import('./PracticePage.vue'),
    props: true,
  },
]
