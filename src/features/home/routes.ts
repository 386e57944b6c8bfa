// The home feature's routes; app/router.ts collects every feature's list.
import type { RouteRecordRaw } from 'vue-router'
import { pageRoute } from '@/components/pageRoute'
import HomePage from './HomePage.vue'

export const routes: RouteRecordRaw[] = [pageRoute('/', 'home', HomePage, { title: 'home.title' })]
