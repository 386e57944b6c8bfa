// Teaching in class: the period log, the class's logged periods and the whole-class quiz. The lead's
// "Dạy trên lớp" hub links to them by name; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { lazyPageRoutes } from '@/components/pageRoute'

/** The pages (./pages.ts): their lists of chunks load with the first of them, not with the app. */
const pages = () => import('./pages')

export const routes: RouteRecordRaw[] = lazyPageRoutes(pages, [
  // ?module=<moduleId> ticks that module; ?edit=<periodId> opens a logged period to change it.
  ['/teach/:classId/log', 'period-log', 'PeriodLogPage', 'period.log.title'],
  ['/teach/:classId/periods', 'period-list', 'PeriodListPage', 'period.list.title'],
  // ?q=id1,id2,… runs those questions in that order (the lesson plan's classQuiz); without it, the module's quiz.
  // On a projector: an update prompt must not cover it.
  ['/teach/:classId/quiz/:moduleId', 'class-quiz', 'ClassQuizPage', 'period.quiz.title', { noInterrupt: true }],
])
