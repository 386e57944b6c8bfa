// "Học tiếp": the one next step for a learner, from their progress. Pure. Home shows it as a card, the
// module page as its primary button; both come through here so they never disagree.
import type { LessonProgress, ModuleStatus } from './records'

export interface ModuleOutline {
  id: string
  /** Lesson ids in the module's order. */
  lessons: readonly string[]
}

export type NextStep =
  | { kind: 'lesson'; moduleId: string; lessonId: string; index: number; step: number; steps?: number; started: boolean }
  | { kind: 'quiz'; moduleId: string }

const done = (lessons: readonly LessonProgress[], moduleId: string, lessonId: string): boolean =>
  lessons.some((l) => l.moduleId === moduleId && l.lessonId === lessonId && l.done)

/**
 * The next step inside one module: the lesson `last` opened if it is unfinished, else the first unfinished
 * lesson after it (then from the start), resumed at its saved card; the quiz when every lesson is done;
 * undefined once the module is complete.
 */
export function nextInModule(m: ModuleOutline, lessons: readonly LessonProgress[], status?: ModuleStatus, last?: string): NextStep | undefined {
  if (status?.completedAt !== undefined) return undefined
  const at = last ? m.lessons.indexOf(last) : -1
  const order = at >= 0 ? [...m.lessons.slice(at), ...m.lessons.slice(0, at)] : [...m.lessons]
  const lessonId = order.find((id) => !done(lessons, m.id, id))
  if (lessonId === undefined) return { kind: 'quiz', moduleId: m.id }
  const saved = lessons.find((l) => l.moduleId === m.id && l.lessonId === lessonId)
  return { kind: 'lesson', moduleId: m.id, lessonId, index: m.lessons.indexOf(lessonId), step: saved?.step ?? 0, steps: saved?.steps, started: saved !== undefined }
}

/**
 * The learner's next step overall: carry on in the module touched last (the lesson open there, else the
 * next one, else its quiz); once it is complete, the first module in order that is not. Undefined when
 * all modules are complete.
 */
export function nextStep(modules: readonly ModuleOutline[], lessons: readonly LessonProgress[], statuses: readonly ModuleStatus[]): NextStep | undefined {
  const statusOf = (id: string) => statuses.find((s) => s.moduleId === id)
  const last = [...lessons].sort((a, b) => b.updatedAt - a.updatedAt)[0]
  const current = last && modules.find((m) => m.id === last.moduleId)
  if (current && last) {
    const here = nextInModule(current, lessons, statusOf(current.id), last.lessonId)
    if (here) return here
  }
  for (const m of modules) {
    const step = nextInModule(m, lessons, statusOf(m.id))
    if (step) return step
  }
  return undefined
}
