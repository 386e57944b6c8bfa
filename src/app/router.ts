// History-mode routes, so a lesson can be shared as a link. Only home is in the first-paint bundle.
import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router'
import type { MessageKey } from '@/i18n'
import HomePage from '@/features/home/HomePage.vue'

declare module 'vue-router' {
  interface RouteMeta {
    title?: MessageKey
    /** Pages where an app update must not interrupt (the quiz). */
    noInterrupt?: boolean
    /** Reachable before a role is chosen (deep links that bring their own data, the about page). */
    public?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage, meta: { title: 'home.title' } },
  { path: '/welcome', name: 'welcome', component: () => import('@/features/onboarding/WelcomePage.vue'), meta: { title: 'welcome.title', public: true } },
  { path: '/modules/:moduleId', name: 'module', component: () => import('@/features/learn/ModulePage.vue'), props: true },
  { path: '/modules/:moduleId/lessons/:lessonId', name: 'lesson', component: () => import('@/features/learn/LessonPage.vue'), props: true },
  { path: '/modules/:moduleId/practice/:practiceId', name: 'practice', component: () => import('@/features/practice/PracticePage.vue'), props: true },
  { path: '/modules/:moduleId/quiz', name: 'quiz', component: () => import('@/features/quiz/QuizPage.vue'), props: true, meta: { noInterrupt: true } },
  { path: '/progress', name: 'progress', component: () => import('@/features/learn/ProgressPage.vue'), meta: { title: 'progress.title' } },
  { path: '/teacher', name: 'teacher', component: () => import('@/features/classroom/TeacherPage.vue'), meta: { title: 'teacher.title' } },
  { path: '/teacher/class/:classId', name: 'class', component: () => import('@/features/classroom/ClassPage.vue'), props: true, meta: { title: 'teacher.title' } },
  { path: '/teacher/school/:schoolId', name: 'school', component: () => import('@/features/school/SchoolPage.vue'), props: true, meta: { title: 'school.title' } },
  { path: '/teacher/class/:classId/report', name: 'class-report', component: () => import('@/features/classroom/ClassReportPage.vue'), props: true, meta: { title: 'report.title' } },
  { path: '/send', name: 'send', component: () => import('@/features/classroom/SendPage.vue'), meta: { title: 'send.title' } },
  { path: '/outreach', name: 'outreach', component: () => import('@/features/outreach/OutreachPage.vue'), meta: { title: 'outreach.title' } },
  { path: '/outreach/new', name: 'outreach-new', component: () => import('@/features/outreach/OutreachStartPage.vue'), meta: { title: 'outreach.start.title' } },
  { path: '/outreach/outcomes', name: 'outreach-outcomes', component: () => import('@/features/outreach/OutreachOutcomesPage.vue'), meta: { title: 'outreach.outcomes.title' } },
  { path: '/outreach/session/:id', name: 'outreach-session', component: () => import('@/features/outreach/OutreachSessionPage.vue'), props: true, meta: { title: 'outreach.session.title' } },
  // Present mode on a projector: an update prompt must not cover it.
  { path: '/outreach/present/:moduleId/:itemId', name: 'outreach-present', component: () => import('@/features/outreach/OutreachPresentPage.vue'), props: true, meta: { title: 'outreach.present.title', noInterrupt: true } },
  { path: '/settings', name: 'settings', component: () => import('@/features/settings/SettingsPage.vue'), meta: { title: 'settings.title' } },
  { path: '/about', name: 'about', component: () => import('@/features/about/AboutPage.vue'), meta: { title: 'about.title', public: true } },
  { path: '/join', name: 'join', component: () => import('@/features/classroom/JoinPage.vue'), meta: { title: 'join.title' } },
  { path: '/locality', name: 'locality', component: () => import('@/features/locality/LocalityPage.vue'), meta: { title: 'settings.locality' } },
  { path: '/s', name: 'summary', component: () => import('@/features/school/SchoolSummaryPage.vue'), meta: { title: 'school.summaryPage.title' } },
  { path: '/r', name: 'receipt', component: () => import('@/features/classroom/ReceiptPage.vue'), meta: { title: 'receipt.title' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/components/NotFoundView.vue'), meta: { title: 'notFound.title', public: true } },
]

export function makeRouter(history: RouterHistory = createWebHistory()): Router {
  return createRouter({
    history,
    routes,
    scrollBehavior(to, _from, saved) {
      if (saved) return saved
      if (to.hash && !to.hash.includes('=') && /^#[\w-]+$/.test(to.hash)) return { el: to.hash }
      return { top: 0 }
    },
  })
}
