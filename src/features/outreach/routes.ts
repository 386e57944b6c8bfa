// The outreach feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  { path: '/outreach', name: 'outreach', component: () => import('./OutreachPage.vue'), meta: { title: 'outreach.title' } },
  { path: '/outreach/new', name: 'outreach-new', component: () => import('./OutreachStartPage.vue'), meta: { title: 'outreach.start.title' } },
  { path: '/outreach/outcomes', name: 'outreach-outcomes', component: () => import('./OutreachOutcomesPage.vue'), meta: { title: 'outreach.outcomes.title' } },
  { path: '/outreach/session/:id', name: 'outreach-session', component: () => import('./OutreachSessionPage.vue'), props: true, meta: { title: 'outreach.session.title' } },
  { path: '/outreach/team/:teamId', name: 'outreach-team', component: () => import('./OutreachTeamPage.vue'), props: true, meta: { title: 'outreach.title' } },
  { path: '/o', name: 'outreach-summary', component: () => import('./OutreachSummaryPage.vue'), meta: { title: 'team.linkPage.title', public: true } },
]
