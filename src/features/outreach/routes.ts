// The outreach feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { linkRoute } from '@/components/linkRoute'
import { lazyPageRoutes } from '@/components/pageRoute'

/** The pages (./pages.ts): their lists of chunks load with the first of them, not with the app. */
const pages = () => import('./pages')

export const routes: RouteRecordRaw[] = [
  ...lazyPageRoutes(pages, [
    ['/outreach', 'outreach', 'OutreachPage', 'outreach.title'],
    ['/outreach/new', 'outreach-new', 'OutreachStartPage', 'outreach.start.title'],
    ['/outreach/outcomes', 'outreach-outcomes', 'OutreachOutcomesPage', 'outreach.outcomes.title'],
    ['/outreach/session/:id', 'outreach-session', 'OutreachSessionPage', 'outreach.session.title'],
    ['/outreach/team/:teamId', 'outreach-team', 'OutreachTeamPage', 'outreach.title'],
  ]),
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
