// The outreach feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { linkRoute } from '@/components/linkRoute'
import { pageRoute } from '@/components/pageRoute'

export const routes: RouteRecordRaw[] = [
  pageRoute('/outreach', 'outreach', () => import('./OutreachPage.vue'), { title: 'outreach.title' }),
  pageRoute('/outreach/new', 'outreach-new', () => import('./OutreachStartPage.vue'), {
    title: 'outreach.start.title',
  }),
  pageRoute('/outreach/outcomes', 'outreach-outcomes', () => import('./OutreachOutcomesPage.vue'), {
    title: 'outreach.outcomes.title',
  }),
  pageRoute('/outreach/session/:id', 'outreach-session', () => import('./OutreachSessionPage.vue'), {
    title: 'outreach.session.title',
  }),
  pageRoute('/outreach/team/:teamId', 'outreach-team', () => import('./OutreachTeamPage.vue'), {
    title: 'outreach.title',
  }),
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
