declare module 'virtual:content/index' {
  import type { ModuleContent, ModuleId, ModuleMeta } from './schema'
  import type { YearMonth } from './legal'
  export const modules: ModuleMeta[]
  export const loaders: Record<ModuleId, () => Promise<ModuleContent>>
  /** "Nội dung cập nhật": latest checked date of the sources (and cited laws), per module and app-wide. */
  export const updated: { app: YearMonth; modules: Record<ModuleId, YearMonth> }
}
declare module 'virtual:content/competences' {
  import type { ModuleId } from './schema'
  /** Each module's TT 02/2025 component codes, sorted ('2.3', '4.2'). */
  const competences: Record<ModuleId, string[]>
  export default competences
}
declare module 'virtual:content/localities' {
  import type { LocalityPack } from './locality'
  const packs: LocalityPack[]
  export default packs
}
