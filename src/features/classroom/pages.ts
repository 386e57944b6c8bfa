// This feature's pages, each loaded when first opened. Apart from routes.ts (in the app's entry):
// what each page needs (Vite's list of chunks to preload with it) is written here, so that list loads with the
// first of these pages, not with every first paint (issue 25).
export const TeacherPage = () => import('./TeacherPage.vue')
export const ClassPage = () => import('./ClassPage.vue')
export const ClassReportPage = () => import('./ClassReportPage.vue')
export const SendPage = () => import('./SendPage.vue')
export const JoinPage = () => import('./JoinPage.vue')
/** The feature's store, for its link page's importer (routes.ts). */
export const store = () => import('./store')
