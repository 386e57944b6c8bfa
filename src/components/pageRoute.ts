// The route of one page: its path, its name, the page (loaded when first opened) and its meta (the title
// key, …). A path's params (`:classId`) reach the page as props, as every page with params here expects.
import type { RouteMeta, RouteRecordRaw, RouteRecordSingleView } from 'vue-router'

export function pageRoute(
  path: string,
  name: string,
  component: RouteRecordSingleView['component'],
  meta: RouteMeta = {},
): RouteRecordRaw {
  return path.includes('/:') ? { path, name, component, props: true, meta } : { path, name, component, meta }
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
