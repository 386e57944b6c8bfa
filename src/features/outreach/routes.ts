// The outreach feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { linkRoute } from '@/components/linkRoute'

export const routes: RouteRecordRaw[] = [
  {
    path: '/outreach',
    name: 'outreach',
    component: () => import('./OutreachPage.vue'),
    meta: { title: 'outreach.title' },
  },
  {
    path: '/outreach/new',
    name: 'outreach-new',
    component: () => import('./OutreachStartPage.vue'),
    meta: { title: 'outreach.start.title' },
  },
  {
    path: '/outreach/outcomes',
    name: 'outreach-outcomes',
    component: () => import('./OutreachOutcomesPage.vue'),
    meta: { title: 'outreach.outcomes.title' },
  },
  {
    path: '/outreach/session/:id',
    name: 'outreach-session',
    component: () => import('./OutreachSessionPage.vue'),
    props: true,
    meta: { title: 'outreach.session.title' },
  },
  {
    path: '/outreach/team/:teamId',
    name: 'outreach-team',
    component: () => import('./OutreachTeamPage.vue'),
    props: true,
    meta: { title: 'outreach.title' },
  },
  // An outreach summary link: a member's month at the team leader, or a team's month at the unit.
  linkRoute('/o', 'outreach-summary', {
    importer: async (codes) => (await import('./store')).useOutreachStore().importSummaries(codes),
    words: { title: 'team.linkPage.title', intro: 'team.linkPage.intro', empty: 'team.linkPage.empty' },
    links: (l) => [
      ...(l?.teamId ? [{ to: `/outreach/team/${l.teamId}`, label: 'team.linkPage.openTeam' as const }] : []),
      ...(l?.unitId ? [{ to: `/unit/${l.unitId}`, label: 'team.linkPage.openUnit' as const }] : []),
    ],
    testid: 'outreach-summary-result',
  }),
]
