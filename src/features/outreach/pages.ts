// This feature's pages, each loaded when first opened. Apart from routes.ts (in the app's entry):
// what each page needs (Vite's list of chunks to preload with it) is written here, so that list loads with the
// first of these pages, not with every first paint (issue 25).
export const OutreachPage = () => import('./OutreachPage.vue')
export const OutreachStartPage = () => import('./OutreachStartPage.vue')
export const OutreachOutcomesPage = () => import('./OutreachOutcomesPage.vue')
export const OutreachSessionPage = () => import('./OutreachSessionPage.vue')
export const OutreachTeamPage = () => import('./OutreachTeamPage.vue')
/** The feature's store, for its link page's importer (routes.ts). */
export const store = () => import('./store')
