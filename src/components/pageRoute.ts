// The route of one page: its path, its name, the page (loaded when first opened) and its meta (the title
// key, …). A path's params (`:classId`) reach the page as props, as every page with params here expects.
import { defineAsyncComponent, type Component } from 'vue'
import type { RouteMeta, RouteRecordRaw, RouteRecordSingleView } from 'vue-router'
import type { MessageKey } from '@/i18n'

export function pageRoute(
  path: string,
  name: string,
  component: RouteRecordSingleView['component'],
  meta: RouteMeta = {},
): RouteRecordRaw {
  return path.includes('/:') ? { path, name, component, props: true, meta } : { path, name, component, meta }
}

/** A role's hub of one card: its title (the page's too) and the card, loaded when the hub first opens. */
export function hubRoute(
  path: string,
  name: string,
  title: MessageKey,
  card: () => Promise<Component>,
  cardProps: Record<string, unknown> = {},
): RouteRecordRaw {
  const props = { title, card: defineAsyncComponent(card), cardProps }
  return { path, name, component: () => import('./HubPage.vue'), props, meta: { title } }
}

/**
 * A page imported through its feature's pages.ts (`() => import('./pages')`): the entry then holds one small import
 * per feature instead of every page's list of chunks to preload, which arrives with the feature's first page.
 */
export function lazyPage<P extends Record<string, () => Promise<unknown>>>(
  pages: () => Promise<P>,
  name: keyof P & string,
): RouteRecordSingleView['component'] {
  return (() => pages().then((p) => p[name]!())) as RouteRecordSingleView['component']
}

/**
 * The routes of a feature's pages.ts, one row a page: its path, its name, its export in pages.ts, its title key
 * and any other meta. Each row is `pageRoute(path, name, lazyPage(pages, page), { title, ...meta })`.
 */
export function lazyPageRoutes<P extends Record<string, () => Promise<unknown>>>(
  pages: () => Promise<P>,
  rows: ReadonlyArray<
    readonly [path: string, name: string, page: keyof P & string, title: MessageKey, meta?: RouteMeta]
  >,
): RouteRecordRaw[] {
  return rows.map(([path, name, page, title, meta]) => pageRoute(path, name, lazyPage(pages, page), { title, ...meta }))
}
