// This feature's pages, each loaded when first opened. Apart from routes.ts (in the app's entry):
// what each page needs (Vite's list of chunks to preload with it) is written here, so that list loads with the
// first of these pages, not with every first paint (issue 25).
export const TeachPage = () => import('./TeachPage.vue')
export const TeachModulePage = () => import('./TeachModulePage.vue')
export const PlanPage = () => import('./PlanPage.vue')
export const WorksheetPage = () => import('./WorksheetPage.vue')
