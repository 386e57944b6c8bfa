// The school feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { hubRoute, lazyPage, pageRoute } from '@/components/pageRoute'
import { linkRoute } from '@/components/linkRoute'

/** The pages (./pages.ts): their lists of chunks load with the first of them, not with the app. */
const pages = () => import('./pages')

export const routes: RouteRecordRaw[] = [
  // The reporting officer's hub (the role's landing page): the schools this phone reports for and "Tạo trường
  // mới" as its main action; the school's own page (import, report) is one tap away.
  hubRoute('/school', 'school-hub', 'hubs.school', () => pages().then((p) => p.SchoolCard()), { primary: true }),
  pageRoute('/teacher/school/:schoolId', 'school', lazyPage(pages, 'SchoolPage'), { title: 'school.title' }),
  // A class summary link: verified with the keys of this phone's schools, newest per class and month kept.
  linkRoute('/s', 'summary', {
    importer: async (codes) => (await (await pages()).store()).useSchoolStore().importCodes(codes),
    words: {
      title: 'school.summaryPage.title',
      intro: 'school.summaryPage.intro',
      empty: 'school.summaryPage.empty',
    },
    elsewhere: { title: 'elsewhere.title', text: 'elsewhere.summary', step2: 'elsewhere.step2School' },
    links: (l) => [
      ...(l?.schoolId ? [{ to: `/teacher/school/${l.schoolId}`, label: 'school.summaryPage.open' as const }] : []),
      ...(l && !l.elsewhere ? [{ to: '/teacher', label: 'teacher.title' as const, secondary: true }] : []),
    ],
    testid: 'summary-result',
  }),
]
