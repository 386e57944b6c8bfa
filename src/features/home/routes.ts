// The home feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { pageRoute } from '@/components/pageRoute'

export const routes: RouteRecordRaw[] = [
  // Its own chunk: a first visitor never sees Home before the welcome; shell.html preloads it for everyone else.
  pageRoute('/', 'home', () => import('./HomePage.vue'), { title: 'home.title' }),
]
