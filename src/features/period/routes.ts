// Teaching in class: the period log, the class's logged periods and the whole-class quiz. The lead's
// "Dạy trên lớp" hub links to them by name; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  // ?module=<moduleId> ticks that module; ?edit=<periodId> opens a logged period to change it.
  {
    path: '/teach/:classId/log',
    name: 'period-log',
    component: () => import('./PeriodLogPage.vue'),
    props: true,
    meta: { title: 'period.log.title' },
  },
  {
    path: '/teach/:classId/periods',
    name: 'period-list',
    component: () => import('./PeriodListPage.vue'),
    props: true,
    meta: { title: 'period.list.title' },
  },
  // ?q=id1,id2,… runs those questions in that order (the lesson plan's classQuiz); without it, the module's quiz.
  // On a projector: an update prompt must not cover it.
  {
    path: '/teach/:classId/quiz/:moduleId',
    name: 'class-quiz',
    component: () => import('./ClassQuizPage.vue'),
    props: true,
    meta: { title: 'period.quiz.title', noInterrupt: true },
  },
]
