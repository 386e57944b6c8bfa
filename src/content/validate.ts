// Checks one module's parsed content files against the schema and the rules a schema cannot say
// (ids unique, references resolve, every question answerable, internal links alive).
// Pure: used by the build plugin, the content test and `npm run content:stats`.
import * as v from 'valibot'
import {
  LessonSchema,
  ModuleMetaSchema,
  PracticeSchema,
  QuizSchema,
  type Lesson,
  type ModuleContent,
  type Practice,
  type Question,
} from './schema.ts'
import { COMPETENCES, moduleCompetences } from './competences.ts'

export interface RawModuleFiles {
  /** module.yaml, parsed */
  module: unknown
  /** lessons/<id>.yaml, parsed, keyed by file stem */
  lessons: Record<string, unknown>
  /** practices/<id>.yaml, parsed, keyed by file stem */
  practices: Record<string, unknown>
  /** quiz.yaml, parsed */
  quiz: unknown
}

export type ValidationResult = { ok: true; content: ModuleContent } | { ok: false; errors: string[] }

function issues(where: string, result: v.SafeParseResult<v.GenericSchema>): string[] {
  if (result.success) return []
  return result.issues.map((i) => `${where}: ${v.getDotPath(i) ?? '(gốc)'}: ${i.message}`)
}

function duplicates(ids: string[]): string[] {
  return ids.filter((x, i) => ids.indexOf(x) !== i)
}

function checkQuestion(q: Question, where: string): string[] {
  const errors: string[] = []
  if (q.type === 'spot') {
    if (!q.parts.some((p) => p.suspicious)) errors.push(`${where}: không có phần đáng ngờ nào để tìm`)
    const dup = duplicates(q.parts.map((p) => p.id))
    if (dup.length) errors.push(`${where}: trùng id phần ${dup.join(', ')}`)
    return errors
  }
  const dup = duplicates(q.options.map((o) => o.id))
  if (dup.length) errors.push(`${where}: trùng id lựa chọn ${dup.join(', ')}`)
  const correct = q.options.filter((o) => o.correct).length
  if (q.type === 'single' || q.type === 'truefalse') {
    if (correct !== 1) errors.push(`${where}: cần đúng 1 đáp án đúng (đang có ${correct})`)
  } else if (q.type === 'multiple') {
    if (correct < 1) errors.push(`${where}: cần ít nhất 1 đáp án đúng`)
  } else if (q.type === 'order') {
    if (q.options.some((o) => o.critical)) errors.push(`${where}: câu sắp xếp không có lựa chọn nguy hiểm`)
  }
  for (const o of q.options) {
    if (o.critical && o.correct) errors.push(`${where}: lựa chọn ${o.id} vừa đúng vừa nguy hiểm`)
    // The brief's rule as data (src/content/danger.ts): a dangerous kind is critical, and a critical option names
    // its kind.
    if (o.kind && !o.critical)
      errors.push(`${where}: lựa chọn ${o.id} thuộc loại nguy hiểm "${o.kind}" nên phải có critical: true`)
    if (o.critical && !o.kind)
      errors.push(
        `${where}: lựa chọn ${o.id} là critical nhưng chưa ghi loại nguy hiểm (kind, xem src/content/danger.ts)`,
      )
  }
  return errors
}

function checkPractice(p: Practice, where: string): string[] {
  const errors: string[] = []
  if (p.type === 'order' || p.type === 'match') {
    const dup = duplicates(p.items.map((i) => i.id))
    if (dup.length) errors.push(`${where}: trùng id ${dup.join(', ')}`)
  }
  if (p.type === 'match') {
    const groups = new Set(p.groups.map((g) => g.id))
    for (const item of p.items) {
      if (!groups.has(item.group)) errors.push(`${where}: mục ${item.id} thuộc nhóm không có: ${item.group}`)
    }
  }
  if (p.type === 'spot') {
    for (const r of p.rounds) {
      if (r.isScam && !r.parts.some((x) => x.suspicious))
        errors.push(`${where}/${r.id}: tin lừa đảo mà không có dấu hiệu`)
    }
  }
  if (p.type === 'scenario') {
    const nodes = new Set(p.nodes.map((n) => n.id))
    const dup = duplicates(p.nodes.map((n) => n.id))
    if (dup.length) errors.push(`${where}: trùng id bước ${dup.join(', ')}`)
    if (!nodes.has(p.start)) errors.push(`${where}: bước bắt đầu không có: ${p.start}`)
    for (const n of p.nodes) {
      for (const c of n.choices) {
        if (c.next && !nodes.has(c.next)) errors.push(`${where}/${n.id}: dẫn tới bước không có: ${c.next}`)
      }
      if (!n.choices.some((c) => c.safe)) errors.push(`${where}/${n.id}: không có lựa chọn an toàn`)
    }
  }
  return errors
}

/** Internal links in text look like `[chữ](/modules/<id>/lessons/<id>)`. */
export function internalLinks(value: unknown): string[] {
  const found: string[] = []
  const walk = (x: unknown): void => {
    if (typeof x === 'string') {
      for (const m of x.matchAll(/\]\((\/[^)\s]*)\)/g)) found.push(m[1]!)
    } else if (Array.isArray(x)) x.forEach(walk)
    else if (x && typeof x === 'object') Object.values(x).forEach(walk)
  }
  walk(value)
  return found
}

/**
 * The files module.yaml lists under `kind` (lessons, practices), in its order: each present, valid, its id
 * its file name, and passed through `check`; a file it does not list is an error too.
 */
function listedFiles<T extends { id: string }>(
  kind: 'lessons' | 'practices',
  listed: readonly string[],
  files: Record<string, unknown>,
  schema: v.GenericSchema<unknown, T>,
  errors: string[],
  check?: (item: T, where: string) => string[],
): T[] {
  const out: T[] = []
  for (const id of listed) {
    const where = `${kind}/${id}.yaml`
    if (files[id] === undefined) {
      errors.push(`module.yaml: thiếu tệp ${where}`)
      continue
    }
    const r = v.safeParse(schema, files[id])
    errors.push(...issues(where, r))
    if (!r.success) continue
    if (r.output.id !== id) errors.push(`${where}: id phải là ${id}`)
    if (check) errors.push(...check(r.output, where))
    out.push(r.output)
  }
  for (const stem of Object.keys(files)) {
    if (!listed.includes(stem)) errors.push(`${kind}/${stem}.yaml: chưa được liệt kê trong module.yaml`)
  }
  return out
}

export function validateModule(raw: RawModuleFiles): ValidationResult {
  const errors: string[] = []
  const meta = v.safeParse(ModuleMetaSchema, raw.module)
  errors.push(...issues('module.yaml', meta))
  const lessons: Lesson[] = []
  const practices: Practice[] = []
  if (meta.success) {
    lessons.push(...listedFiles('lessons', meta.output.lessons, raw.lessons, LessonSchema, errors))
    practices.push(
      ...listedFiles('practices', meta.output.practices, raw.practices, PracticeSchema, errors, checkPractice),
    )
    for (const [practiceId, lessonId] of Object.entries(meta.output.practiceAfter)) {
      if (!meta.output.practices.includes(practiceId))
        errors.push(`module.yaml: practiceAfter nêu ${practiceId}, không có trong practices`)
      if (!meta.output.lessons.includes(lessonId))
        errors.push(`module.yaml: practiceAfter đặt ${practiceId} sau ${lessonId}, không có trong lessons`)
    }
    const dup = duplicates([...meta.output.lessons, ...meta.output.practices, 'quiz'])
    if (dup.length) errors.push(`module.yaml: trùng id ${dup.join(', ')}`)
  }
  const quiz = v.safeParse(QuizSchema, raw.quiz)
  errors.push(...issues('quiz.yaml', quiz))
  if (quiz.success) {
    const dup = duplicates(quiz.output.questions.map((q) => q.id))
    if (dup.length) errors.push(`quiz.yaml: trùng id câu hỏi ${dup.join(', ')}`)
    for (const q of quiz.output.questions) errors.push(...checkQuestion(q, `quiz.yaml/${q.id}`))
  }
  if (errors.length || !meta.success || !quiz.success) return { ok: false, errors }
  return { ok: true, content: { meta: meta.output, lessons, practices, quiz: quiz.output } }
}

/** Routes that exist for content, used to find dead internal links across all modules. */
export function knownRoutes(all: ModuleContent[]): Set<string> {
  const routes = new Set(['/', '/about', '/settings', '/progress', '/teacher', '/outreach', '/join', '/locality'])
  for (const m of all) {
    const base = `/modules/${m.meta.id}`
    routes.add(base)
    routes.add(`${base}/quiz`)
    for (const l of m.lessons) routes.add(`${base}/lessons/${l.id}`)
    for (const p of m.practices) routes.add(`${base}/practice/${p.id}`)
  }
  return routes
}

export function deadLinks(all: ModuleContent[]): string[] {
  const routes = knownRoutes(all)
  const errors: string[] = []
  for (const m of all) {
    for (const link of internalLinks(m)) {
      const path = link.split('#')[0]!
      if (!routes.has(path)) errors.push(`${m.meta.id}: liên kết hỏng ${link}`)
    }
  }
  return errors
}

/** Each module covers at least this many TT 02/2025 components, and the app as a whole at least APP_MIN. */
export const COMPETENCE_COVERAGE = { moduleMin: 2, appMin: 12 } as const

/** The coverage rule of the competence framework over the whole module set. */
export function checkCompetenceCoverage(all: ModuleContent[]): string[] {
  const errors: string[] = []
  const app = new Set<string>()
  for (const m of all) {
    const codes = moduleCompetences(m)
    codes.forEach((c) => app.add(c))
    if (codes.length < COMPETENCE_COVERAGE.moduleMin) {
      errors.push(
        `${m.meta.id}: chỉ có ${codes.length} thành phần năng lực số (cần ít nhất ${COMPETENCE_COVERAGE.moduleMin})`,
      )
    }
  }
  if (all.length && app.size < COMPETENCE_COVERAGE.appMin) {
    errors.push(
      `cả ứng dụng chỉ có ${app.size}/${COMPETENCES.length} thành phần năng lực số (cần ít nhất ${COMPETENCE_COVERAGE.appMin})`,
    )
  }
  return errors
}

export function checkModuleSet(all: ModuleContent[]): string[] {
  const errors = deadLinks(all)
  const ids = all.map((m) => m.meta.id)
  const orders = all.map((m) => m.meta.order)
  if (duplicates(orders.map(String)).length) errors.push('hai mô-đun trùng thứ tự')
  else if (orders.some((o) => o > all.length)) errors.push(`thứ tự mô-đun phải là 1…${all.length}, liền nhau`)
  if (duplicates(ids).length) errors.push(`trùng id mô-đun ${duplicates(ids).join(', ')}`)
  errors.push(...checkCompetenceCoverage(all))
  return errors
}

/** A lesson's facts are re-checked at least this often; older `checked:` months warn at build time. */
export const STALE_AFTER_MONTHS = 12

const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1

/**
 * Warnings, not errors: lessons whose `checked:` month is more than STALE_AFTER_MONTHS before `now`
 * (the build date), and lessons dated in the future.
 */
export function staleLessons(all: ModuleContent[], now: Date = new Date()): string[] {
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth()
  const warnings: string[] = []
  for (const m of all) {
    for (const l of m.lessons) {
      const age = current - monthIndex(l.checked)
      const where = `${m.meta.id}/lessons/${l.id}.yaml`
      if (age > STALE_AFTER_MONTHS)
        warnings.push(
          `${where}: nội dung kiểm tra lần cuối tháng ${l.checked}, đã hơn ${STALE_AFTER_MONTHS} tháng: hãy kiểm tra lại và cập nhật checked`,
        )
      else if (age < 0) warnings.push(`${where}: checked ${l.checked} là một tháng chưa tới`)
    }
  }
  return warnings
}

export interface ModuleStats {
  id: string
  lessonIds: string[]
  lessons: number
  practices: number
  questions: number
  critical: number
  sources: number
  /** TT 02/2025 components carried by the module's lessons, practices and questions. */
  competences: string[]
  /** The oldest `checked:` month among the module's lessons. */
  oldestCheck: string
}

export function moduleStats(m: ModuleContent): ModuleStats {
  const urls = new Set(m.lessons.flatMap((l) => l.sources.map((s) => s.url)))
  return {
    id: m.meta.id,
    lessonIds: m.lessons.map((l) => l.id),
    lessons: m.lessons.length,
    practices: m.practices.length,
    questions: m.quiz.questions.length,
    critical: m.quiz.questions.filter((q) => q.type !== 'spot' && q.options.some((o) => o.critical)).length,
    sources: urls.size,
    competences: moduleCompetences(m),
    oldestCheck: m.lessons.map((l) => l.checked).sort()[0] ?? '',
  }
}
