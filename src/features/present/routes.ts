// Present mode's route: one lesson or practice on a TV or projector, opened from a class period (teach) or
// an outreach session. `?back=` is the in-app path to return to; the old outreach path still opens it.
import type { RouteRecordRaw } from 'vue-router'
import { lazyPage, pageRoute } from '@/components/pageRoute'

/** The pages (./pages.ts): their lists of chunks load with the first of them, not with the app. */
const pages = () => import('./pages')

export const routes: RouteRecordRaw[] = [
  // A projector screen: an update prompt must not cover it.
  pageRoute('/present/:moduleId/:itemId', 'present', lazyPage(pages, 'PresentPage'), {
    title: 'present.deck.title',
    noInterrupt: true,
  }),
  {
    path: '/outreach/present/:moduleId/:itemId',
    redirect: (to) => ({ name: 'present', params: to.params, query: { back: '/outreach', ...to.query } }),
  },
]
