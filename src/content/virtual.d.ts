declare module 'virtual:content/index' {
  import type { ModuleContent, ModuleId, ModuleMeta } from './schema'
  import type { YearMonth } from './legal'
  export const modules: ModuleMeta[]
  export const loaders: Record<ModuleId, () => Promise<ModuleContent>>
  /** "Nội dung cập nhật": latest checked date of the sources (and cited laws), per module and app-wide. */
  export const updated: { app: YearMonth; modules: Record<ModuleId, YearMonth> }
}
declare module 'virtual:content/localities' {
  import type { LocalityPack } from './locality'
  const packs: LocalityPack[]
  export default packs
}
