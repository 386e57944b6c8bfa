// The classroom feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { lazyPage, pageRoute } from '@/components/pageRoute'
import { linkRoute } from '@/components/linkRoute'

/** The pages (./pages.ts): their lists of chunks load with the first of them, not with the app. */
const pages = () => import('./pages')

export const routes: RouteRecordRaw[] = [
  pageRoute('/teacher', 'teacher', lazyPage(pages, 'TeacherPage'), { title: 'teacher.title' }),
  pageRoute('/teacher/class/:classId', 'class', lazyPage(pages, 'ClassPage'), { title: 'teacher.title' }),
  pageRoute('/teacher/class/:classId/report', 'class-report', lazyPage(pages, 'ClassReportPage'), {
    title: 'report.title',
  }),
  pageRoute('/send', 'send', lazyPage(pages, 'SendPage'), { title: 'send.title' }),
  pageRoute('/join', 'join', lazyPage(pages, 'JoinPage'), { title: 'join.title' }),
  // A receipt link: verified with the keys of the teacher's classes and merged.
  linkRoute('/r', 'receipt', {
    importer: async (codes) => (await (await pages()).store()).useClassroomStore().importCodes(codes),
    words: { title: 'receipt.title', intro: 'receipt.intro', empty: 'receipt.empty' },
    elsewhere: { title: 'elsewhere.title', text: 'elsewhere.receipt', step2: 'elsewhere.step2' },
    links: (l) => [
      ...(l?.classId ? [{ to: `/teacher/class/${l.classId}`, label: 'classPage.grid' as const }] : []),
      ...(l && !l.elsewhere ? [{ to: '/teacher', label: 'teacher.title' as const, secondary: true }] : []),
    ],
    testid: 'receipt-result',
  }),
]
