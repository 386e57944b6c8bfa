// The classroom feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { lazyPageRoutes } from '@/components/pageRoute'
import { linkRoute } from '@/components/linkRoute'

/** The pages (./pages.ts): their lists of chunks load with the first of them, not with the app. */
const pages = () => import('./pages')

export const routes: RouteRecordRaw[] = [
  ...lazyPageRoutes(pages, [
    ['/teacher', 'teacher', 'TeacherPage', 'teacher.title'],
    ['/teacher/class/:classId', 'class', 'ClassPage', 'teacher.title'],
    ['/teacher/class/:classId/report', 'class-report', 'ClassReportPage', 'report.title'],
    ['/send', 'send', 'SendPage', 'send.title'],
    ['/join', 'join', 'JoinPage', 'join.title'],
  ]),
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
