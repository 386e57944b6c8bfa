// Compiles the YAML content tree into JS modules at build time:
//   virtual:content/index      — every module's metadata, when its content was last checked ("Nội dung
//                                cập nhật"), plus a lazy loader per module (small, eager)
//   virtual:content/<moduleId> — one module's lessons, practices and quiz (one chunk per module, precached)
//   virtual:content/localities — the shipped locality packs for module 5
//   virtual:content/plans      — a lazy loader per module's lesson plan (planLoaders)
//   virtual:content/plan/<id>  — one module's lesson plan (its own chunk, off first paint)
//   virtual:content/competences — each module's TT 02/2025 component codes (for reports; loaded lazily)
// Invalid content fails the build with every problem listed; a lesson whose facts were last checked more
// than 12 months ago only warns.
import type { Plugin } from 'vite'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import {
  CONTENT_DIR,
  loadAllContent,
  loadLegalRegistry,
  loadLocalityPacks,
  loadPlans,
  writeModuleIds,
} from './content-files.ts'
import { contentUpdated } from '../src/content/legal.ts'
import { staleLessons } from '../src/content/validate.ts'
import { moduleCompetences } from '../src/content/competences.ts'

const PREFIX = 'virtual:content/'
const RESOLVED = '\0' + PREFIX

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? yamlFiles(p) : p.endsWith('.yaml') ? [p] : []
  })
}

export default function contentPlugin({ root = CONTENT_DIR }: { root?: string } = {}): Plugin {
  // Every virtual module needs the whole validated tree: read it once per build (or per edit in dev).
  let cache: ReturnType<typeof loadAllContent> | undefined
  const content = () => (cache ??= loadAllContent(root))
  let planCache: ReturnType<typeof loadPlans> | undefined
  const plans = () => (planCache ??= loadPlans(root, content()))
  return {
    name: 'kns-content',
    buildStart() {
      cache = undefined
      planCache = undefined
      // MODULE_IDS (src/content/moduleIds.ts) follows the module folders: a new module is one folder.
      if (root === CONTENT_DIR) writeModuleIds(root)
    },
    resolveId(id) {
      // A plan resolves to `plan-<id>` so its chunk is named apart from the module's own chunk.
      if (id.startsWith(`${PREFIX}plan/`)) return `${RESOLVED}plan-${id.slice(`${PREFIX}plan/`.length)}`
      if (id.startsWith(PREFIX)) return '\0' + id
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return
      for (const f of yamlFiles(root)) this.addWatchFile(f)
      const name = id.slice(RESOLVED.length)
      if (name === 'localities') return `export default ${JSON.stringify(loadLocalityPacks(root))}`
      const modules = content()
      if (name === 'plans') {
        const loaders = plans()
          .map(
            (p) =>
              `  ${JSON.stringify(p.moduleId)}: () => import(${JSON.stringify(`${PREFIX}plan/${p.moduleId}`)}).then((x) => x.default),`,
          )
          .join('\n')
        return `export const planLoaders = {\n${loaders}\n}`
      }
      if (name.startsWith('plan-')) {
        const plan = plans().find((p) => p.moduleId === name.slice('plan-'.length))
        if (!plan) this.error(`Không có kế hoạch bài dạy: ${name}`)
        return `export default ${JSON.stringify(plan)}`
      }
      // The index is on every page: checking the plans here makes a missing or invalid plan fail the build.
      plans()
      if (name === 'index') {
        for (const w of staleLessons(modules)) this.warn(w)
        const loaders = modules
          .map(
            (m) =>
              `  ${JSON.stringify(m.meta.id)}: () => import(${JSON.stringify(PREFIX + m.meta.id)}).then((x) => x.default),`,
          )
          .join('\n')
        return [
          `export const modules = ${JSON.stringify(modules.map((m) => m.meta))}`,
          `export const updated = ${JSON.stringify(contentUpdated(modules, loadLegalRegistry(root)))}`,
          `export const loaders = {\n${loaders}\n}`,
        ].join('\n')
      }
      if (name === 'competences') {
        return `export default ${JSON.stringify(Object.fromEntries(modules.map((m) => [m.meta.id, moduleCompetences(m)])))}`
      }
      const found = modules.find((m) => m.meta.id === name)
      if (!found) this.error(`Không có mô-đun nội dung: ${name}`)
      return `export default ${JSON.stringify(found)}`
    },
    handleHotUpdate({ file, server }) {
      if (file.startsWith(root) && file.endsWith('.yaml')) {
        cache = undefined
        planCache = undefined
        server.ws.send({ type: 'full-reload' })
        return []
      }
    },
  }
}
