// The reporting unit's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { hubRoute, lazyPage, pageRoute } from '@/components/pageRoute'
import { linkRoute } from '@/components/linkRoute'

/** The pages (./pages.ts): their lists of chunks load with the first of them, not with the app. */
const pages = () => import('./pages')

export const routes: RouteRecordRaw[] = [
  // The commune's or Sở's officer's hub (the role's landing page): the units this phone combines reports for and
  // "Tạo đơn vị nhận báo cáo" on the first screen; the unit's own page is one tap away.
  hubRoute('/unit', 'unit-hub', 'hubs.unit', () => pages().then((p) => p.UnitCard())),
  pageRoute('/unit/:unitId', 'unit', lazyPage(pages, 'UnitPage'), { title: 'unit.title' }),
  // A school (or team) summary link: verified with the keys of this phone's units.
  linkRoute('/u', 'unit-summary', {
    importer: async (codes) => (await (await pages()).store()).useUnitStore().importCodes(codes),
    words: { title: 'unit.linkPage.title', intro: 'unit.linkPage.intro', empty: 'unit.linkPage.empty' },
    elsewhere: {
      title: 'unit.linkPage.elsewhereTitle',
      text: 'unit.linkPage.elsewhere',
      step2: 'unit.linkPage.step2',
    },
    links: (l) => (l?.unitId ? [{ to: `/unit/${l.unitId}`, label: 'unit.linkPage.open' }] : []),
    testid: 'unit-summary-result',
  }),
]
