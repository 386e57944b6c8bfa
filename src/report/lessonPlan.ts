// The lesson plan (kế hoạch bài dạy, Công văn 5512 Phụ lục IV) and the worksheet (phiếu học tập) as one
// document model: blocks of headings, paragraphs and lists, the way a report is one ReportDocument. The
// screen, the printed A4 page (components/PlanPaper.vue) and the .docx file (export/docx.ts) render this
// one shape. Pure: the words come from the caller (the feature's message file); a field nobody filled in
// prints as a dotted line to write on by hand, never "undefined".
import type { LessonPlan, PlanActivity } from '@/content/plan'
import type { ModuleContent, Question } from '@/content/schema'
import { labelledName } from '@/domain/format'

export type PlanBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** A paragraph; `label` is printed bold before the text ("a) Mục tiêu: "). */
  | { kind: 'para'; text: string; label?: string; italic?: boolean; center?: boolean; bold?: boolean }
  | { kind: 'list'; items: string[] }
  /** Blank lines to write on (a worksheet's answer space). */
  | { kind: 'lines'; count: number }
  /** The answer key starts on its own sheet, so the teacher can keep it back. */
  | { kind: 'pageBreak' }

export interface PlanDocument {
  /** Top left (Trường, Tổ) and top right (giáo viên) of the header. */
  head: { left: string[]; right: string[] }
  /** Centred title lines: the first is the document's name. */
  title: string[]
  blocks: PlanBlock[]
}

/** What the class and the teacher fill in; anything missing prints as dots. */
export interface PlanFields {
  school?: string
  department?: string
  teacher?: string
  className?: string
  grade?: number
}

export const BLANK = '……………………'

const filled = (v: string | undefined): string => (v && v.trim() ? v.trim() : BLANK)

export interface PlanWords {
  planTitle: string
  worksheetTitle: string
  answerKeyTitle: string
  school: string
  department: string
  teacher: string
  lessonName: string
  subject: string
  className: string
  grade: string
  time: string
  periods: string
  objectives: string
  knowledge: string
  competences: string
  digitalCompetences: string
  qualities: string
  equipment: string
  forTeacher: string
  forStudents: string
  progress: string
  activityKinds: Record<PlanActivity['kind'], string>
  minutes: string
  period: string
  goal: string
  content: string
  product: string
  organise: string
  steps: { assign: string; perform: string; report: string; conclude: string }
  uses: string
  useLesson: string
  usePractice: string
  useQuestion: string
  appendix: string
  practiceNotes: string
  note: string
  answer: string
  quizKey: string
  correct: string
  why: string
  critical: string
  studentName: string
  tasks: string
  check: string
  chooseOne: string
  chooseMany: string
  trueFalse: string
  order: string
  spot: string
  orderTask: string
  spotTask: string
}

/** One competence line: "4.2.TC1 – Bảo vệ dữ liệu cá nhân và quyền riêng tư". */
export interface CompetenceLine {
  code: string
  name: string
}

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m))

/** "A", "B", … for option i. */
export const letter = (i: number): string => String.fromCharCode(65 + i)

/** The answer a question expects, in letters and words (options in file order, as printed). */
export function answerKey(q: Question, words: Pick<PlanWords, 'order' | 'spot'>): string {
  if (q.type === 'spot')
    return `${words.spot}: ${q.parts
      .filter((p) => p.suspicious)
      .map((p) => `"${p.text}"`)
      .join('; ')}`
  if (q.type === 'order') return `${words.order}: ${q.options.map((o) => o.text).join(' → ')}`
  return q.options
    .map((o, i) => (o.correct ? `${letter(i)}. ${o.text}` : ''))
    .filter(Boolean)
    .join('; ')
}

export const isCriticalQuestion = (q: Question): boolean => q.type !== 'spot' && q.options.some((o) => o.critical)

function header(fields: PlanFields, words: PlanWords): PlanDocument['head'] {
  return {
    left: [
      // "Trường: Trường THCS …", "Tổ: Tổ Tự nhiên" would repeat the word: a name that starts with it stands alone.
      labelledName(`${words.school}: {v}`, 'v', filled(fields.school)),
      labelledName(`${words.department}: {v}`, 'v', filled(fields.department)),
    ],
    right: [`${words.teacher}:`, filled(fields.teacher)],
  }
}

function classLine(fields: PlanFields, words: PlanWords): string {
  if (fields.className?.trim()) return fields.className.trim()
  return fields.grade ? fill(words.grade, { grade: fields.grade }) : BLANK
}

function usesLine(a: PlanActivity, module: ModuleContent, words: PlanWords): string | undefined {
  const title = (list: Array<{ id: string; title: string }>, id: string) => list.find((x) => x.id === id)?.title ?? id
  const questions = module.quiz.questions
  const parts = [
    ...(a.uses.lessons ?? []).map((id) => fill(words.useLesson, { title: title(module.lessons, id) })),
    ...(a.uses.practices ?? []).map((id) => fill(words.usePractice, { title: title(module.practices, id) })),
    ...(a.uses.questions ?? []).map((id) =>
      fill(words.useQuestion, { n: questions.findIndex((q) => q.id === id) + 1 }),
    ),
  ]
  return parts.length ? parts.join('; ') : undefined
}

/** The lesson plan a teacher files: the 5512 header, I–III, then the teacher's notes and answer keys. */
export function planDocument(
  plan: LessonPlan,
  module: ModuleContent,
  fields: PlanFields,
  competences: CompetenceLine[],
  words: PlanWords,
): PlanDocument {
  const b: PlanBlock[] = []
  const h = (level: 1 | 2 | 3, text: string) => b.push({ kind: 'heading', level, text })
  const list = (items: string[]) => items.length && b.push({ kind: 'list', items })

  h(1, words.objectives)
  h(2, words.knowledge)
  list(plan.objectives.knowledge)
  h(2, words.competences)
  list(plan.objectives.generalCompetences)
  if (competences.length) {
    b.push({ kind: 'para', label: `${words.digitalCompetences} `, text: '' })
    list(competences.map((c) => `${c.code} – ${c.name}`))
  }
  h(2, words.qualities)
  list(plan.objectives.qualities)

  h(1, words.equipment)
  b.push({ kind: 'para', label: `${words.forTeacher} `, text: '' })
  list(plan.equipment.teacher)
  b.push({ kind: 'para', label: `${words.forStudents} `, text: '' })
  list(plan.equipment.students)

  h(1, words.progress)
  plan.activities.forEach((a) => {
    const time =
      plan.periods > 1
        ? `${fill(words.period, { n: a.period })}, ${fill(words.minutes, { n: a.minutes })}`
        : fill(words.minutes, { n: a.minutes })
    h(2, `${a.title} (${time})`)
    b.push({ kind: 'para', label: `${words.goal} `, text: '' })
    list(a.goal)
    b.push({ kind: 'para', label: `${words.content} `, text: '' })
    list(a.content)
    b.push({ kind: 'para', label: `${words.product} `, text: '' })
    list(a.product)
    b.push({ kind: 'para', label: `${words.organise} `, text: '' })
    for (const step of ['assign', 'perform', 'report', 'conclude'] as const) {
      b.push({ kind: 'para', label: `${words.steps[step]} `, text: '', italic: true })
      list(a.steps[step])
    }
    const uses = usesLine(a, module, words)
    if (uses) b.push({ kind: 'para', label: `${words.uses} `, text: uses, italic: true })
  })

  h(1, words.appendix)
  h(2, words.practiceNotes)
  for (const p of module.practices) {
    const n = plan.practiceNotes[p.id]
    if (!n) continue
    h(3, p.title)
    b.push({ kind: 'para', label: `${words.note} `, text: n.note })
    b.push({ kind: 'para', label: `${words.answer} `, text: n.answer })
  }
  h(2, words.quizKey)
  module.quiz.questions.forEach((q, i) => {
    h(3, `${i + 1}. ${q.prompt}`)
    b.push({ kind: 'para', label: `${words.correct} `, text: answerKey(q, words) })
    b.push({ kind: 'para', label: `${words.why} `, text: q.explanation })
    const note = plan.questionNotes[q.id]
    if (note) b.push({ kind: 'para', label: `${words.note} `, text: note })
    if (isCriticalQuestion(q)) b.push({ kind: 'para', text: words.critical, bold: true })
  })

  return {
    head: header(fields, words),
    title: [
      words.planTitle,
      `${words.lessonName}: ${plan.title.toUpperCase()}`,
      `${words.subject}: ${plan.subject}; ${words.className}: ${classLine(fields, words)}`,
      `${words.time}: ${fill(words.periods, { n: plan.periods })}`,
    ],
    blocks: b,
  }
}

function printedQuestion(q: Question, i: number, words: PlanWords): PlanBlock[] {
  const kind = {
    single: words.chooseOne,
    multiple: words.chooseMany,
    truefalse: words.trueFalse,
    order: words.orderTask,
    spot: words.spotTask,
  }[q.type]
  const out: PlanBlock[] = [{ kind: 'para', label: `${i + 1}. `, text: `${q.prompt} (${kind})` }]
  if (q.type === 'spot') out.push({ kind: 'list', items: q.parts.map((p, j) => `${letter(j)}. ${p.text}`) })
  else out.push({ kind: 'list', items: q.options.map((o, j) => `${letter(j)}. ${o.text}`) })
  return out
}

/** The worksheet for a class without phones: tasks with room to write, a short check, then the key. */
export function worksheetDocument(
  plan: LessonPlan,
  module: ModuleContent,
  fields: PlanFields,
  words: PlanWords,
): PlanDocument {
  const b: PlanBlock[] = []
  b.push({
    kind: 'para',
    label: `${words.studentName} `,
    text: `${BLANK}${BLANK}   ${words.className}: ${classLine(fields, words)}`,
  })
  b.push({ kind: 'heading', level: 2, text: words.tasks })
  plan.worksheet.tasks.forEach((task, i) => {
    b.push({ kind: 'para', label: `${i + 1}. `, text: task.prompt })
    b.push({ kind: 'lines', count: task.lines })
  })
  const checks = plan.worksheet.check
    .map((id) => module.quiz.questions.find((q) => q.id === id))
    .filter((q): q is Question => !!q)
  b.push({ kind: 'heading', level: 2, text: words.check })
  checks.forEach((q, i) => b.push(...printedQuestion(q, i, words)))

  b.push({ kind: 'pageBreak' })
  b.push({ kind: 'heading', level: 1, text: `${words.answerKeyTitle}: ${plan.worksheet.title}` })
  b.push({ kind: 'heading', level: 2, text: words.tasks })
  plan.worksheet.tasks.forEach((task, i) => b.push({ kind: 'para', label: `${i + 1}. `, text: task.answer }))
  b.push({ kind: 'heading', level: 2, text: words.check })
  checks.forEach((q, i) =>
    b.push({ kind: 'para', label: `${i + 1}. `, text: `${answerKey(q, words)}. ${q.explanation}` }),
  )

  return {
    head: header(fields, words),
    // The worksheet's own title names it ("Phiếu học tập – …"); a generic first line would repeat it.
    title: [
      /^phiếu học tập/i.test(plan.worksheet.title)
        ? plan.worksheet.title.toUpperCase()
        : `${words.worksheetTitle}: ${plan.worksheet.title.toUpperCase()}`,
      `${words.subject}: ${plan.subject}`,
    ],
    blocks: b,
  }
}

/** Minutes per tiết, in order (what a plan must sum to 45 each). */
export function periodMinutes(plan: LessonPlan): number[] {
  const out = Array<number>(plan.periods).fill(0)
  for (const a of plan.activities) out[a.period - 1] = (out[a.period - 1] ?? 0) + a.minutes
  return out
}
