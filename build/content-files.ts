// Reads the YAML content tree from disk for the build plugin, tests and scripts (Node only).
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, basename } from 'node:path'
import { parse } from 'yaml'
import { validateModule, checkModuleSet, type RawModuleFiles } from '../src/content/validate.ts'
import type { ModuleContent } from '../src/content/schema.ts'
import * as v from 'valibot'
import { LegalRegistrySchema, checkCitations, type LegalRegistry } from '../src/content/legal.ts'
import { checkTextRules } from '../src/content/rules.ts'
import { parsePack, type LocalityPack } from '../src/content/locality.ts'
import { checkPlan, checkPlanCitations, parsePlan, type LessonPlan } from '../src/content/plan.ts'

export const CONTENT_DIR = join(import.meta.dirname, '..', 'src', 'content')

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'))
  } catch (e) {
    throw new Error(`${file}: YAML không hợp lệ: ${(e as Error).message}`)
  }
}

function readDir(dir: string): Record<string, unknown> {
  if (!existsSync(dir)) return {}
  const out: Record<string, unknown> = {}
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort())
    out[basename(f, '.yaml')] = readYaml(join(dir, f))
  return out
}

export function moduleDirs(root = CONTENT_DIR): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'module.yaml')))
    .map((d) => d.name)
    .sort()
}

export function readModuleFiles(moduleId: string, root = CONTENT_DIR): RawModuleFiles {
  const dir = join(root, moduleId)
  return {
    module: readYaml(join(dir, 'module.yaml')),
    lessons: readDir(join(dir, 'lessons')),
    practices: readDir(join(dir, 'practices')),
    quiz: existsSync(join(dir, 'quiz.yaml')) ? readYaml(join(dir, 'quiz.yaml')) : undefined,
  }
}

/** Loads the legal registry (legal.yaml): every legal document the content cites. */
export function loadLegalRegistry(root = CONTENT_DIR): LegalRegistry {
  const file = join(root, 'legal.yaml')
  if (!existsSync(file)) throw new Error(`${file}: thiếu danh mục văn bản pháp luật`)
  const r = v.safeParse(LegalRegistrySchema, readYaml(file))
  if (!r.success) {
    const list = r.issues.map((i) => `legal.yaml: ${v.getDotPath(i) ?? '(gốc)'}: ${i.message}`)
    throw new Error(`Danh mục văn bản không hợp lệ:\n- ${list.join('\n- ')}`)
  }
  return r.output
}

/**
 * Loads and validates every module, checks every legal number in the text against the registry and
 * the safety rules for mock addresses and report syntax; throws one error listing every problem found.
 */
export function loadAllContent(root = CONTENT_DIR): ModuleContent[] {
  const errors: string[] = []
  const modules: ModuleContent[] = []
  for (const id of moduleDirs(root)) {
    const r = validateModule(readModuleFiles(id, root))
    if (r.ok) {
      if (r.content.meta.id !== id) errors.push(`${id}/module.yaml: id phải là ${id}`)
      modules.push(r.content)
    } else errors.push(...r.errors.map((e) => `${id}/${e}`))
  }
  errors.push(...checkModuleSet(modules))
  errors.push(...checkCitations(modules, loadLegalRegistry(root)))
  errors.push(...checkTextRules(modules))
  if (errors.length) throw new Error(`Nội dung không hợp lệ:\n- ${errors.join('\n- ')}`)
  return modules.sort((a, b) => a.meta.order - b.meta.order)
}

/** Loads and validates the shipped locality packs (src/content/localities/*.yaml). */
export function loadLocalityPacks(root = CONTENT_DIR): LocalityPack[] {
  const dir = join(root, 'localities')
  const packs: LocalityPack[] = []
  const errors: string[] = []
  for (const [stem, data] of Object.entries(readDir(dir))) {
    const r = parsePack(data)
    if (!r.ok) errors.push(`localities/${stem}.yaml: ${r.message}`)
    else if (r.pack.id !== stem) errors.push(`localities/${stem}.yaml: id phải là ${stem}`)
    else packs.push(r.pack)
  }
  if (errors.length) throw new Error(`Gói dữ liệu địa phương không hợp lệ:\n- ${errors.join('\n- ')}`)
  return packs
}

/**
 * Loads every module's lesson plan (<moduleId>/plan.yaml), validates it and cross-checks it against the
 * module it teaches; a module without a plan is an error. Throws one error listing every problem found.
 */
export function loadPlans(root = CONTENT_DIR, modules: ModuleContent[] = loadAllContent(root)): LessonPlan[] {
  const errors: string[] = []
  const plans: LessonPlan[] = []
  const registry = loadLegalRegistry(root)
  for (const m of modules) {
    const where = `${m.meta.id}/plan.yaml`
    const file = join(root, m.meta.id, 'plan.yaml')
    if (!existsSync(file)) {
      errors.push(`${where}: thiếu kế hoạch bài dạy`)
      continue
    }
    let data: unknown
    try {
      data = readYaml(file)
    } catch (e) {
      errors.push((e as Error).message)
      continue
    }
    const r = parsePlan(data)
    if (!r.ok) {
      errors.push(...r.errors.map((e) => `${where}: ${e}`))
      continue
    }
    errors.push(...[...checkPlan(r.plan, m), ...checkPlanCitations(r.plan, registry)].map((e) => `${where}: ${e}`))
    plans.push(r.plan)
  }
  if (errors.length) throw new Error(`Kế hoạch bài dạy không hợp lệ:\n- ${errors.join('\n- ')}`)
  return plans
}
