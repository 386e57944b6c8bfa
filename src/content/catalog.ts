// The module catalogue: the modules in their order, their titles and how many there are, built from the
// content folders (one folder per module, compiled by build/vite-plugin-content.ts into virtual:content/index).
// Every screen, string and report that lists modules or says "N mô-đun" reads it, so a new module is one
// folder of content. Below every feature: no feature owns it.
import { modules } from 'virtual:content/index'
import type { ModuleMeta } from './schema.ts'

export interface Catalog {
  /** In the order learners meet them (`order` in each module.yaml). */
  modules: readonly ModuleMeta[]
  count: number
  meta(id: string): ModuleMeta | undefined
  /** The module's title, or its id for a module this app does not know (a newer phone's code). */
  title(id: string): string
}

export function buildCatalog(metas: readonly ModuleMeta[]): Catalog {
  const sorted = [...metas].sort((a, b) => a.order - b.order)
  const byId = new Map(sorted.map((m) => [m.id as string, m]))
  return {
    modules: sorted,
    count: sorted.length,
    meta: (id) => byId.get(id),
    title: (id) => byId.get(id)?.title ?? id,
  }
}

export const catalog = buildCatalog(modules)
/** How many modules the app teaches: what every "N mô-đun" says. */
export const MODULE_COUNT = catalog.count
