// The classroom feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { linkRoute } from '@/components/linkRoute'

export const routes: RouteRecordRaw[] = [
  {
    path: '/teacher',
    name: 'teacher',
    component: () => import('./TeacherPage.vue'),
    meta: { title: 'teacher.title' },
  },
  {
    path: '/teacher/class/:classId',
    name: 'class',
    component: () => import('./ClassPage.vue'),
    props: true,
    meta: { title: 'teacher.title' },
  },
  {
    path: '/teacher/class/:classId/report',
    name: 'class-report',
    component: () => import('./ClassReportPage.vue'),
    props: true,
    meta: { title: 'report.title' },
  },
  { path: '/send', name: 'send', component: () => import('./SendPage.vue'), meta: { title: 'send.title' } },
  { path: '/join', name: 'join', component: () => import('./JoinPage.vue'), meta: { title: 'join.title' } },
  // A receipt link: verified with the keys of the teacher's classes and merged.
  linkRoute('/r', 'receipt', {
    importer: async (codes) => (await import('./store')).useClassroomStore().importCodes(codes),
    words: { title: 'receipt.title', intro: 'receipt.intro', empty: 'receipt.empty' },
    elsewhere: { title: 'elsewhere.title', text: 'elsewhere.receipt', step2: 'elsewhere.step2' },
    links: (l) => [
      ...(l?.classId ? [{ to: `/teacher/class/${l.classId}`, label: 'classPage.grid' as const }] : []),
      ...(l && !l.elsewhere ? [{ to: '/teacher', label: 'teacher.title' as const, secondary: true }] : []),
    ],
    testid: 'receipt-result',
  }),
]
