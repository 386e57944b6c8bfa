// This feature's pages, each loaded when first opened. Apart from routes.ts (in the app's entry):
// what each page needs (Vite's list of chunks to preload with it) is written here, so that list loads with the
// first of these pages, not with every first paint (issue 25).
/** The hub's one card (app's HubPage draws it). */
export const SchoolCard = () => import('./embed/SchoolCard.vue')
export const SchoolPage = () => import('./SchoolPage.vue')
/** The feature's store, for its link page's importer (routes.ts). */
export const store = () => import('./store')
