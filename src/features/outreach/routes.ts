// The outreach feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { linkRoute } from '@/components/linkRoute'
import { lazyPage, pageRoute } from '@/components/pageRoute'

/** The pages (./pages.ts): their lists of chunks load with the first of them, not with the app. */
const pages = () => import('./pages')

export const routes: RouteRecordRaw[] = [
  pageRoute('/outreach', 'outreach', lazyPage(pages, 'OutreachPage'), { title: 'outreach.title' }),
  pageRoute('/outreach/new', 'outreach-new', lazyPage(pages, 'OutreachStartPage'), {
    title: 'outreach.start.title',
  }),
  pageRoute('/outreach/outcomes', 'outreach-outcomes', lazyPage(pages, 'OutreachOutcomesPage'), {
    title: 'outreach.outcomes.title',
  }),
  pageRoute('/outreach/session/:id', 'outreach-session', lazyPage(pages, 'OutreachSessionPage'), {
    title: 'outreach.session.title',
  }),
  pageRoute('/outreach/team/:teamId', 'outreach-team', lazyPage(pages, 'OutreachTeamPage'), {
    title: 'outreach.title',
  }),
  // An outreach summary link: a member's month at the team leader, or a team's month at the unit.
  linkRoute('/o', 'outreach-summary', {
    importer: async (codes) => (await (await pages()).store()).useOutreachStore().importSummaries(codes),
    words: { title: 'team.linkPage.title', intro: 'team.linkPage.intro', empty: 'team.linkPage.empty' },
    links: (l) => [
      ...(l?.teamId ? [{ to: `/outreach/team/${l.teamId}`, label: 'team.linkPage.openTeam' as const }] : []),
      ...(l?.unitId ? [{ to: `/unit/${l.unitId}`, label: 'team.linkPage.openUnit' as const }] : []),
    ],
    testid: 'outreach-summary-result',
  }),
]
