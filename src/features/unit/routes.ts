// The reporting unit's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { linkRoute } from '@/components/linkRoute'

export const routes: RouteRecordRaw[] = [
  // The unit officer's hub (the role's landing page).
  { path: '/unit', name: 'unit-hub', component: () => import('./UnitHubPage.vue'), meta: { title: 'hubs.unit' } },
  {
    path: '/unit/:unitId',
    name: 'unit',
    component: () => import('./UnitPage.vue'),
    props: true,
    meta: { title: 'unit.title' },
  },
  // A school (or team) summary link: verified with the keys of this phone's units.
  linkRoute('/u', 'unit-summary', {
    importer: async (codes) => (await import('./store')).useUnitStore().importCodes(codes),
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
