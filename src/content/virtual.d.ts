declare module 'virtual:content/index' {
  import type { ModuleContent, ModuleId, ModuleMeta } from './schema'
  export const modules: ModuleMeta[]
  export const loaders: Record<ModuleId, () => Promise<ModuleContent>>
}
declare module 'virtual:content/localities' {
  import type { LocalityPack } from './locality'
  const packs: LocalityPack[]
  export default packs
}
