// The route of a document's link page (`/r`, `/s`, `/u`, `/o`): the one FragmentImportPage with the receiving
// store's importer (loaded with the page, not with the app), its words and its buttons.
import type { RouteRecordRaw } from 'vue-router'
import type { MessageKey } from '@/i18n'
import type { LinkPageProps } from './FragmentImportPage.vue'

export function linkRoute(path: string, name: string, props: LinkPageProps): RouteRecordRaw {
  return {
    path,
    name,
    component: () => import('./FragmentImportPage.vue'),
    props,
    meta: { title: props.words.title satisfies MessageKey, public: true },
  }
}
