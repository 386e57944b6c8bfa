// The classroom feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { pageRoute } from '@/components/pageRoute'
import { linkRoute } from '@/components/linkRoute'

export const routes: RouteRecordRaw[] = [
  pageRoute('/teacher', 'teacher', () => import('./TeacherPage.vue'), { title: 'teacher.title' }),
  pageRoute('/teacher/class/:classId', 'class', () => import('./ClassPage.vue'), { title: 'teacher.title' }),
  pageRoute('/teacher/class/:classId/report', 'class-report', () => import('./ClassReportPage.vue'), {
    title: 'report.title',
  }),
  pageRoute('/send', 'send', () => import('./SendPage.vue'), { title: 'send.title' }),
  pageRoute('/join', 'join', () => import('./JoinPage.vue'), { title: 'join.title' }),
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
