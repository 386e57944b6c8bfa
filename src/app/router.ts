// History-mode routes, so a lesson can be shared as a link. Every page is its own chunk (Home too).
import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router'
import type { MessageKey } from '@/i18n'
import { routes as home } from '@/features/home/routes'
import { routes as onboarding } from '@/features/onboarding/routes'
import { routes as learn } from '@/features/learn/routes'
import { routes as practice } from '@/features/practice/routes'
import { routes as quiz } from '@/features/quiz/routes'
import { routes as classroom } from '@/features/classroom/routes'
import { routes as school } from '@/features/school/routes'
import { routes as outreach } from '@/features/outreach/routes'
import { routes as present } from '@/features/present/routes'
import { routes as teach } from '@/features/teach/routes'
import { routes as unit } from '@/features/unit/routes'
import { routes as settings } from '@/features/settings/routes'
import { routes as about } from '@/features/about/routes'
import { routes as locality } from '@/features/locality/routes'
import { routes as period } from '@/features/period/routes'

declare module 'vue-router' {
  interface RouteMeta {
    title?: MessageKey
    /** Pages where an app update must not interrupt (the quiz). */
    noInterrupt?: boolean
    /** Reachable before a role is chosen (deep links that bring their own data, the about page). */
    public?: boolean
  }
}

/** Every feature's routes, then the not-found page (it must come last). */
export const routes: RouteRecordRaw[] = [
  ...home,
  ...onboarding,
  ...learn,
  ...practice,
  ...quiz,
  ...classroom,
  ...period,
  ...school,
  ...unit,
  ...outreach,
  ...present,
  ...teach,
  ...settings,
  ...about,
  ...locality,
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/components/NotFoundView.vue'),
    meta: { title: 'notFound.title', public: true },
  },
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
