// The lesson plan of a module (kế hoạch bài dạy, Công văn 5512/BGDĐT-GDTrH Phụ lục IV): what a teacher
// files and teaches from — objectives, equipment, four activities with their four steps, the teacher's notes
// and answer keys, a worksheet for a class without phones and the whole-class quiz. One plan.yaml per
// module, validated at build time against this schema and cross-checked against the module's own
// lessons, practices and quiz (`checkPlan`). Pure data, no Vue import. Browser code imports types from here
// and run-time constants from ./planConstants.ts, so valibot stays out of the browser bundle.
import * as v from 'valibot'
import type { ModuleContent, Question } from './schema.ts'
import { REAL_DOMAINS, domainsIn } from './rules.ts'
import { findCitations, resolveCitation, type LegalRegistry } from './legal.ts'
import { ACTIVITY_KINDS, ACTIVITY_KIND_NAMES, PERIOD_MINUTES, PLAN_SCHEMA_VERSION } from './planConstants.ts'
export {
  ACTIVITY_KINDS,
  ACTIVITY_KIND_NAMES,
  PERIOD_MINUTES,
  PLAN_SCHEMA_VERSION,
  type ActivityKind,
} from './planConstants.ts'

const id = v.pipe(
  v.string('phải là chữ'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'mã: chữ thường, số và dấu gạch ngang'),
)
const text = v.pipe(v.string('phải là chữ'), v.trim(), v.minLength(1, 'không được để trống'))
const lines = v.pipe(v.array(text, 'phải là một danh sách'), v.minLength(1, 'cần ít nhất 1 dòng'))
const ids = v.array(id, 'phải là một danh sách mã')
const whole = (min: number, message: string) =>
  v.pipe(v.number('phải là một số'), v.integer('phải là số nguyên'), v.minValue(min, message))

export const PlanActivitySchema = v.strictObject({
  kind: v.picklist(ACTIVITY_KINDS, `loại hoạt động phải là một trong: ${ACTIVITY_KINDS.join(', ')}`),
  title: text,
  period: whole(1, 'tiết phải từ 1 trở lên'),
  minutes: whole(2, 'mỗi hoạt động ít nhất 2 phút'),
  goal: lines,
  content: lines,
  product: lines,
  steps: v.strictObject({ assign: lines, perform: lines, report: lines, conclude: lines }),
  uses: v.strictObject({ lessons: v.optional(ids), practices: v.optional(ids), questions: v.optional(ids) }),
})

export const LessonPlanSchema = v.strictObject({
  schemaVersion: v.literal(PLAN_SCHEMA_VERSION, `phiên bản phải là ${PLAN_SCHEMA_VERSION}`),
  moduleId: id,
  title: text,
  subject: text,
  periods: v.union([v.literal(1), v.literal(2)], 'số tiết phải là 1 hoặc 2'),
  objectives: v.strictObject({ knowledge: lines, generalCompetences: lines, qualities: lines }),
  equipment: v.strictObject({ teacher: lines, students: lines }),
  activities: v.pipe(v.array(PlanActivitySchema, 'phải là một danh sách'), v.minLength(1, 'cần ít nhất 1 hoạt động')),
  practiceNotes: v.record(id, v.strictObject({ note: text, answer: text })),
  questionNotes: v.record(id, text),
  worksheet: v.strictObject({
    title: text,
    tasks: v.pipe(
      v.array(
        v.strictObject({
          prompt: text,
          lines: v.pipe(whole(1, 'ít nhất 1 dòng để viết'), v.maxValue(12, 'nhiều nhất 12 dòng')),
          answer: text,
        }),
      ),
      v.minLength(2, 'phiếu cần từ 2 đến 5 nhiệm vụ'),
      v.maxLength(5, 'phiếu cần từ 2 đến 5 nhiệm vụ'),
    ),
    check: v.pipe(
      ids,
      v.minLength(3, 'phần kiểm tra cần từ 3 đến 6 câu'),
      v.maxLength(6, 'phần kiểm tra cần từ 3 đến 6 câu'),
    ),
  }),
  classQuiz: v.pipe(
    ids,
    v.minLength(5, 'câu hỏi cả lớp cần từ 5 đến 10 câu'),
    v.maxLength(10, 'câu hỏi cả lớp cần từ 5 đến 10 câu'),
  ),
})

export type LessonPlan = v.InferOutput<typeof LessonPlanSchema>
export type PlanActivity = LessonPlan['activities'][number]

export type PlanParseResult = { ok: true; plan: LessonPlan } | { ok: false; errors: string[] }

/** Validates parsed plan.yaml data against the schema; problems are named by their field path. */
export function parsePlan(data: unknown): PlanParseResult {
  const r = v.safeParse(LessonPlanSchema, data)
  if (r.success) return { ok: true, plan: r.output }
  return { ok: false, errors: r.issues.map((i) => `${v.getDotPath(i) ?? '(gốc)'}: ${i.message}`) }
}

/** A question the app fails the attempt on when it is answered wrongly in a dangerous way. */
export function isCritical(q: Question): boolean {
  return q.type !== 'spot' && q.options.some((o) => o.critical)
}

// Words of an English interface that must not reach a Vietnamese plan (a teacher prints it as is).
const ENGLISH_UI =
  /(?<![\p{L}\d])(click|submit|button|login|logout|download|upload|cancel|settings|loading|error|quiz|lesson|practice|slide|todo|fixme|lorem|ipsum)(?![\p{L}\d])/iu
const SPACED_REPORT = /\b(?:LD|V|S|TCTM) 0\d[\dx]*\s+[\dx]{2,}/u
const safeDomain = (d: string) =>
  /\.(example|invalid)$/.test(d) ||
  d.endsWith('.gov.vn') ||
  d.endsWith('.edu.vn') ||
  (REAL_DOMAINS as readonly string[]).includes(d)
const LEAKED = /(?<![\p{L}\d])(undefined|null|NaN|\[object Object\])(?![\p{L}\d])/u

function textProblems(plan: LessonPlan): string[] {
  const errors: string[] = []
  const walk = (x: unknown, path: string): void => {
    if (typeof x === 'string') {
      if (!x.trim()) errors.push(`${path}: không được để trống`)
      const leaked = x.match(LEAKED)
      if (leaked) errors.push(`${path}: có chữ "${leaked[1]}" do lỗi dữ liệu`)
      const english = x.match(ENGLISH_UI)
      if (english) errors.push(`${path}: từ tiếng Anh "${english[1]}", hãy viết bằng tiếng Việt`)
      for (const d of domainsIn(x))
        if (!safeDomain(d))
          errors.push(`${path}: địa chỉ giả "${d}" phải dùng đuôi .example hoặc .invalid (không ai đăng ký được)`)
      const spaced = x.match(SPACED_REPORT)
      if (spaced) errors.push(`${path}: "${spaced[0]}": số điện thoại trong cú pháp báo cáo phải viết liền`)
    } else if (Array.isArray(x)) x.forEach((y, i) => walk(y, `${path}.${i}`))
    else if (x && typeof x === 'object') for (const [k, y] of Object.entries(x)) walk(y, path ? `${path}.${k}` : k)
  }
  walk(plan, '')
  return errors
}

function duplicates(list: string[]): string[] {
  return [...new Set(list.filter((x, i) => list.indexOf(x) !== i))]
}

/**
 * The rules a schema cannot say, checked against the module the plan teaches: the four activities in a
 * filed plan's order, 45 minutes per tiết, every id pointing at this module's content, every lesson taught,
 * a note and answer key for every practice, a critical question in the class quiz, and clean Vietnamese text.
 * Returns one Vietnamese line per problem (empty when the plan is good).
 */
export function checkPlan(plan: LessonPlan, module: ModuleContent): string[] {
  const errors: string[] = []
  const lessonIds = new Set(module.lessons.map((l) => l.id))
  const practiceIds = new Set(module.practices.map((p) => p.id))
  const questions = new Map(module.quiz.questions.map((q) => [q.id, q]))

  if (plan.moduleId !== module.meta.id) errors.push(`moduleId phải là ${module.meta.id} (đang là ${plan.moduleId})`)

  const acts = plan.activities
  if (acts.length) {
    if (acts[0]!.kind !== 'mo-dau') errors.push(`hoạt động đầu tiên phải là "${ACTIVITY_KIND_NAMES['mo-dau']}"`)
    if (acts[acts.length - 1]!.kind !== 'van-dung')
      errors.push(`hoạt động cuối cùng phải là "${ACTIVITY_KIND_NAMES['van-dung']}"`)
  }
  for (const kind of ACTIVITY_KINDS) {
    if (!acts.some((a) => a.kind === kind)) errors.push(`thiếu hoạt động "${ACTIVITY_KIND_NAMES[kind]}"`)
  }
  acts.forEach((a, i) => {
    const where = `hoạt động ${i + 1} (${a.title})`
    if (a.period > plan.periods) errors.push(`${where}: thuộc tiết ${a.period}, nhưng bài chỉ có ${plan.periods} tiết`)
    if (i > 0 && a.period < acts[i - 1]!.period)
      errors.push(`${where}: tiết ${a.period} đứng sau tiết ${acts[i - 1]!.period}, hãy xếp theo thứ tự dạy`)
    for (const l of a.uses.lessons ?? [])
      if (!lessonIds.has(l)) errors.push(`${where}: không có bài học "${l}" trong mô-đun`)
    for (const p of a.uses.practices ?? [])
      if (!practiceIds.has(p)) errors.push(`${where}: không có bài luyện tập "${p}" trong mô-đun`)
    for (const q of a.uses.questions ?? [])
      if (!questions.has(q)) errors.push(`${where}: không có câu hỏi "${q}" trong bài kiểm tra của mô-đun`)
  })
  for (let p = 1; p <= plan.periods; p++) {
    const inPeriod = acts.filter((a) => a.period === p)
    if (!inPeriod.length) {
      errors.push(`tiết ${p}: chưa có hoạt động nào`)
      continue
    }
    const total = inPeriod.reduce((s, a) => s + a.minutes, 0)
    if (total !== PERIOD_MINUTES)
      errors.push(`tiết ${p}: các hoạt động cộng lại ${total} phút, phải đúng ${PERIOD_MINUTES} phút`)
  }

  const used = new Set(acts.flatMap((a) => a.uses.lessons ?? []))
  for (const l of module.lessons)
    if (!used.has(l.id)) errors.push(`bài học "${l.id}" chưa được dạy trong hoạt động nào`)

  for (const p of module.practices)
    if (!plan.practiceNotes[p.id]) errors.push(`practiceNotes: thiếu ghi chú và đáp án cho bài luyện tập "${p.id}"`)
  for (const key of Object.keys(plan.practiceNotes))
    if (!practiceIds.has(key)) errors.push(`practiceNotes: không có bài luyện tập "${key}" trong mô-đun`)

  for (const key of Object.keys(plan.questionNotes))
    if (!questions.has(key)) errors.push(`questionNotes: không có câu hỏi "${key}" trong bài kiểm tra của mô-đun`)
  for (const q of plan.worksheet.check)
    if (!questions.has(q)) errors.push(`worksheet.check: không có câu hỏi "${q}" trong bài kiểm tra của mô-đun`)
  for (const q of plan.classQuiz)
    if (!questions.has(q)) errors.push(`classQuiz: không có câu hỏi "${q}" trong bài kiểm tra của mô-đun`)
  for (const d of duplicates(plan.worksheet.check)) errors.push(`worksheet.check: câu "${d}" lặp lại`)
  for (const d of duplicates(plan.classQuiz)) errors.push(`classQuiz: câu "${d}" lặp lại`)
  if (
    !plan.classQuiz.some((q) => {
      const found = questions.get(q)
      return found !== undefined && isCritical(found)
    })
  ) {
    errors.push('classQuiz: cần ít nhất một câu "không được sai" (câu có lựa chọn nguy hiểm) của mô-đun')
  }

  errors.push(...textProblems(plan))
  return errors
}

/** Every string of the plan with its field path. */
function strings(plan: LessonPlan): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = []
  const walk = (x: unknown, path: string): void => {
    if (typeof x === 'string') out.push({ path, text: x })
    else if (Array.isArray(x)) x.forEach((y, i) => walk(y, `${path}.${i}`))
    else if (x && typeof x === 'object') for (const [k, y] of Object.entries(x)) walk(y, path ? `${path}.${k}` : k)
  }
  walk(plan, '')
  return out
}

/**
 * Every legal document a plan names must be in the registry and in force, or named beside the document
 * that replaced it (as in lessons: old law only as history).
 */
export function checkPlanCitations(plan: LessonPlan, registry: LegalRegistry): string[] {
  const errors: string[] = []
  for (const { path, text } of strings(plan)) {
    const docs = findCitations(text, registry).map((c) => [c, resolveCitation(c, registry)] as const)
    for (const [c, d] of docs) {
      if (!d) errors.push(`${path}: "${c}" không có trong danh mục văn bản (src/content/legal.yaml)`)
      else if (d.status === 'expired') errors.push(`${path}: ${d.number} đã hết hiệu lực`)
      else if (d.status === 'replaced' && !docs.some(([, x]) => x?.number === d.replacedBy)) {
        errors.push(`${path}: ${d.number} đã được thay bằng ${d.replacedBy}; phải nêu cả văn bản mới`)
      }
    }
  }
  return errors
}

export interface PlanStats {
  planPeriods: number
  planActivities: number
  /** Distinct competence components of the lessons, practices and questions the activities use. */
  planCompetences: number
  worksheetTasks: number
  classQuiz: number
}

/** The competence components (e.g. "4.2") an item carries, read defensively: older content has none. */
function competencesOf(item: unknown): string[] {
  const c = item && typeof item === 'object' ? (item as { competences?: unknown }).competences : undefined
  return Array.isArray(c) ? c.filter((x): x is string => typeof x === 'string') : []
}

/** The competence components a plan teaches: the union over every lesson, practice and question it uses. */
export function planCompetences(plan: LessonPlan, module: ModuleContent): string[] {
  const found = new Set<string>()
  for (const a of plan.activities) {
    for (const l of a.uses.lessons ?? [])
      competencesOf(module.lessons.find((x) => x.id === l)).forEach((c) => found.add(c))
    for (const p of a.uses.practices ?? [])
      competencesOf(module.practices.find((x) => x.id === p)).forEach((c) => found.add(c))
    for (const q of a.uses.questions ?? [])
      competencesOf(module.quiz.questions.find((x) => x.id === q)).forEach((c) => found.add(c))
  }
  return [...found].sort()
}

export function planStats(plan: LessonPlan, module: ModuleContent): PlanStats {
  return {
    planPeriods: plan.periods,
    planActivities: plan.activities.length,
    planCompetences: planCompetences(plan, module).length,
    worksheetTasks: plan.worksheet.tasks.length,
    classQuiz: plan.classQuiz.length,
  }
}
