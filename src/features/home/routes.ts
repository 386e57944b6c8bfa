// The home feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import HomePage from './HomePage.vue'

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage, meta: { title: 'home.title' } },
]
