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
