// The classroom feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: '/teacher', name: 'teacher', component: () => import('./TeacherPage.vue'), meta: { title: 'teacher.title' } },
  { path: '/teacher/class/:classId', name: 'class', component: () => import('./ClassPage.vue'), props: true, meta: { title: 'teacher.title' } },
  { path: '/teacher/class/:classId/report', name: 'class-report', component: () => import('./ClassReportPage.vue'), props: true, meta: { title: 'report.title' } },
  { path: '/send', name: 'send', component: () => import('./SendPage.vue'), meta: { title: 'send.title' } },
  { path: '/join', name: 'join', component: () => import('./JoinPage.vue'), meta: { title: 'join.title' } },
  { path: '/r', name: 'receipt', component: () => import('./ReceiptPage.vue'), meta: { title: 'receipt.title', public: true } },
]
