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
declare module 'virtual:content/plans' {
  import type { ModuleId } from './schema'
  import type { LessonPlan } from './plan'
  /** One lazy loader per module's lesson plan; each plan is its own chunk, off first paint. */
  export const planLoaders: Record<ModuleId, () => Promise<LessonPlan>>
}
declare module 'virtual:content/plan/*' {
  import type { LessonPlan } from './plan'
  const plan: LessonPlan
  export default plan
}
