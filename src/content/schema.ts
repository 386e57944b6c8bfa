// The content schema: what a module, lesson, practice and quiz file may contain.
// Used at build time (the content plugin refuses invalid content), by the content test,
// and by `npm run content:stats`. Pure data, no Vue import.
import * as v from 'valibot'

import { CONTENT_SCHEMA_VERSION, DOMAIN_IDS, type ModuleId } from './constants.ts'
import { COMPETENCES } from './competences.ts'
import { DANGER_KIND_IDS } from './danger.ts'
export { CONTENT_SCHEMA_VERSION, DOMAIN_IDS, MODULE_IDS, type ModuleId } from './constants.ts'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const id = v.pipe(v.string(), v.regex(SLUG, 'id: chữ thường, số và dấu gạch ngang'))
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'không được để trống'))
const date = v.pipe(v.string(), v.isoDate('ngày theo dạng YYYY-MM-DD'))
const domains = v.pipe(v.array(v.picklist(DOMAIN_IDS)), v.minLength(1))
/** TT 02/2025 component codes ('4.2'): at least one, each in the table of 24 (src/content/competences.ts). */
const competences = v.pipe(
  v.array(
    v.picklist(
      COMPETENCES.map((c) => c.code),
      (i) => `mã năng lực ${i.received} không có trong khung 24 thành phần (src/content/competences.ts)`,
    ),
  ),
  v.minLength(1, 'cần ít nhất một mã năng lực số'),
)
/** The month a lesson's facts were last verified. */
const yearMonth = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'tháng theo dạng YYYY-MM'))

export const SourceSchema = v.strictObject({
  title: text,
  url: v.pipe(v.string(), v.url(), v.startsWith('http')),
  publisher: v.optional(text),
  checked: date,
})

const tone = v.picklist(['info', 'tip', 'warning', 'danger', 'success', 'law'])

/** Building blocks of a mock web page or app screen. Exactly one key besides `highlight`. */
export const BlockSchema = v.union([
  v.strictObject({ heading: text, highlight: v.optional(v.boolean()) }),
  v.strictObject({ text, highlight: v.optional(v.boolean()) }),
  v.strictObject({
    field: text,
    value: v.optional(v.string()),
    placeholder: v.optional(v.string()),
    highlight: v.optional(v.boolean()),
  }),
  v.strictObject({
    button: text,
    style: v.optional(v.picklist(['primary', 'secondary', 'danger'])),
    highlight: v.optional(v.boolean()),
  }),
  v.strictObject({ label: text, value: v.string(), highlight: v.optional(v.boolean()) }),
  v.strictObject({ list: v.pipe(v.array(text), v.minLength(1)), highlight: v.optional(v.boolean()) }),
  v.strictObject({ notice: text, tone: v.optional(tone), highlight: v.optional(v.boolean()) }),
  v.strictObject({
    picture: v.picklist([
      'qr',
      'face',
      'fingerprint',
      'card',
      'document',
      'lock',
      'warning',
      'check',
      'parcel',
      'phone',
    ]),
    caption: v.optional(text),
    highlight: v.optional(v.boolean()),
  }),
])

const MessageSchema = v.strictObject({
  text,
  from: v.optional(v.picklist(['them', 'me']), 'them'),
  time: v.optional(text),
  highlight: v.optional(v.boolean()),
})

/** A realistic phone screen built in HTML/CSS, never a screenshot. */
export const MockSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('sms'),
    sender: text,
    messages: v.pipe(v.array(MessageSchema), v.minLength(1)),
  }),
  v.strictObject({
    kind: v.literal('chat'),
    app: text,
    contact: text,
    verified: v.optional(v.boolean()),
    messages: v.pipe(v.array(MessageSchema), v.minLength(1)),
  }),
  v.strictObject({
    kind: v.literal('call'),
    caller: text,
    number: v.optional(text),
    video: v.optional(v.boolean()),
    /** incoming (ringing: decline/answer), or active (in a call the learner made or took: hang up). */
    state: v.optional(v.picklist(['incoming', 'active']), 'incoming'),
    note: v.optional(text),
  }),
  v.strictObject({
    kind: v.literal('web'),
    url: text,
    secure: v.optional(v.boolean(), true),
    title: v.optional(text),
    blocks: v.pipe(v.array(BlockSchema), v.minLength(1)),
  }),
  v.strictObject({
    kind: v.literal('app'),
    app: text,
    title: v.optional(text),
    theme: v.optional(v.picklist(['red', 'blue', 'green', 'orange', 'purple', 'teal']), 'blue'),
    blocks: v.pipe(v.array(BlockSchema), v.minLength(1)),
  }),
  v.strictObject({
    kind: v.literal('notification'),
    app: text,
    title: text,
    text,
    time: v.optional(text),
  }),
])

export const CardSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('text'),
    title: v.optional(text),
    body: text,
    picture: v.optional(text),
  }),
  v.strictObject({
    type: v.literal('mock'),
    title: v.optional(text),
    body: v.optional(text),
    mock: MockSchema,
  }),
  v.strictObject({ type: v.literal('callout'), tone, title: v.optional(text), body: text }),
])

export const LessonSchema = v.strictObject({
  id,
  title: text,
  summary: text,
  minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30)),
  domains,
  competences,
  /** 'YYYY-MM': when the lesson's facts were last checked; the build warns when older than 12 months. */
  checked: yearMonth,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'bài học phải có nguồn')),
  cards: v.pipe(v.array(CardSchema), v.minLength(2)),
})

const OptionSchema = v.strictObject({
  id,
  text,
  correct: v.optional(v.boolean(), false),
  /** A dangerous wrong answer: choosing it fails the attempt whatever the score. */
  critical: v.optional(v.boolean(), false),
  /** What choosing it would do in real life, from the brief's list (src/content/danger.ts): must be critical. */
  kind: v.optional(
    v.picklist(DANGER_KIND_IDS, (i) => `loại lựa chọn nguy hiểm ${i.received} không có trong src/content/danger.ts`),
  ),
  explanation: text,
})

const PartSchema = v.strictObject({
  id,
  text,
  suspicious: v.optional(v.boolean(), false),
  explanation: text,
})

const questionBase = {
  id,
  competences,
  prompt: text,
  mock: v.optional(MockSchema),
  explanation: text,
}

/** A question answered by choosing among its options; `options` says how many it must have. */
function choiceQuestion<const T extends string, O extends v.GenericSchema<unknown, Option[]>>(type: T, options: O) {
  return v.strictObject({ ...questionBase, type: v.literal(type), options })
}

export const QuestionSchema = v.variant('type', [
  choiceQuestion('single', v.pipe(v.array(OptionSchema), v.minLength(2))),
  choiceQuestion('multiple', v.pipe(v.array(OptionSchema), v.minLength(3))),
  choiceQuestion('truefalse', v.pipe(v.array(OptionSchema), v.length(2))),
  /** Options are written in the correct order; the app shuffles them. */
  choiceQuestion('order', v.pipe(v.array(OptionSchema), v.minLength(3))),
  /** Tap the suspicious parts of a message or screen. */
  v.strictObject({
    ...questionBase,
    type: v.literal('spot'),
    frame: v.optional(v.picklist(['sms', 'chat', 'web', 'email']), 'sms'),
    sender: v.optional(text),
    parts: v.pipe(v.array(PartSchema), v.minLength(3)),
  }),
])

export const QuizSchema = v.strictObject({
  passPercent: v.optional(v.pipe(v.number(), v.minValue(50), v.maxValue(100)), 80),
  questions: v.pipe(v.array(QuestionSchema), v.minLength(5)),
})

// ---- Practice activities -------------------------------------------------------------

const practiceBase = {
  id,
  competences,
  title: text,
  intro: text,
  minutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 5),
  domains: v.optional(domains),
}

/** Put steps in order. Items are written in the correct order; the app shuffles them. */
const OrderPractice = v.strictObject({
  ...practiceBase,
  type: v.literal('order'),
  items: v.pipe(v.array(v.strictObject({ id, text, explanation: text })), v.minLength(3)),
  consequence: text,
  success: text,
})

/** Put each item in the right group (also used for card sorts such as "should I post this?"). */
const MatchPractice = v.strictObject({
  ...practiceBase,
  type: v.literal('match'),
  groups: v.pipe(v.array(v.strictObject({ id, label: text })), v.minLength(2)),
  items: v.pipe(
    v.array(v.strictObject({ id, text, group: id, explanation: text, consequence: v.optional(text) })),
    v.minLength(3),
  ),
  success: text,
})

/** Find the warning signs in one or more messages or screens. */
const SpotPractice = v.strictObject({
  ...practiceBase,
  type: v.literal('spot'),
  rounds: v.pipe(
    v.array(
      v.strictObject({
        id,
        frame: v.optional(v.picklist(['sms', 'chat', 'web', 'email']), 'sms'),
        sender: v.optional(text),
        parts: v.pipe(v.array(PartSchema), v.minLength(3)),
        isScam: v.optional(v.boolean(), true),
        verdict: text,
      }),
    ),
    v.minLength(1),
  ),
  success: text,
})

const ChoiceSchema = v.strictObject({
  text,
  /** The node shown next; omit for an ending. */
  next: v.optional(id),
  safe: v.boolean(),
  /** What happens because of this choice, played back before the right way is shown. */
  consequence: text,
})

const NodeSchema = v.strictObject({
  id,
  say: text,
  mock: v.optional(MockSchema),
  choices: v.pipe(v.array(ChoiceSchema), v.minLength(2)),
})

/** A branching simulation (a call, a chat, a checkout) where each choice plays back its consequence. */
const ScenarioPractice = v.strictObject({
  ...practiceBase,
  type: v.literal('scenario'),
  start: id,
  nodes: v.pipe(v.array(NodeSchema), v.minLength(1)),
  lesson: text,
})

/** A practice drawn by its own component (e.g. the mock DVC application); `data` is checked by it. */
const CustomPractice = v.strictObject({
  ...practiceBase,
  type: v.literal('custom'),
  component: id,
  data: v.optional(v.record(v.string(), v.unknown())),
})

export const PracticeSchema = v.variant('type', [
  OrderPractice,
  MatchPractice,
  SpotPractice,
  ScenarioPractice,
  CustomPractice,
])

export const ModuleMetaSchema = v.strictObject({
  schemaVersion: v.literal(CONTENT_SCHEMA_VERSION),
  // The folder's name (build/content-files.ts checks it): the generated MODULE_IDS follows the folders, so a
  // new folder is valid before the list is written again.
  id: v.custom<ModuleId>((x) => typeof x === 'string' && SLUG.test(x), 'id: chữ thường, số và dấu gạch ngang'),
  order: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: text,
  description: text,
  minutes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  icon: id,
  domains,
  objectives: v.pipe(v.array(text), v.minLength(1)),
  lessons: v.pipe(v.array(id), v.minLength(1)),
  practices: v.array(id),
  /** practice id → the lesson it practises: the practice sits right after that lesson on the path. */
  practiceAfter: v.optional(v.record(id, id), {}),
})

export type Source = v.InferOutput<typeof SourceSchema>
export type Block = v.InferOutput<typeof BlockSchema>
export type Mock = v.InferOutput<typeof MockSchema>
export type Card = v.InferOutput<typeof CardSchema>
export type Lesson = v.InferOutput<typeof LessonSchema>
export type Option = v.InferOutput<typeof OptionSchema>
export type Part = v.InferOutput<typeof PartSchema>
export type Question = v.InferOutput<typeof QuestionSchema>
export type Quiz = v.InferOutput<typeof QuizSchema>
export type Practice = v.InferOutput<typeof PracticeSchema>
export type ScenarioNode = v.InferOutput<typeof NodeSchema>
export type ModuleMeta = v.InferOutput<typeof ModuleMetaSchema>

export interface ModuleContent {
  meta: ModuleMeta
  lessons: Lesson[]
  practices: Practice[]
  quiz: Quiz
}
