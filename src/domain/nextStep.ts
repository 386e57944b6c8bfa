// "Học tiếp": the one next step for a learner, from their progress. Pure. Home shows it as a card, the
// module page as its primary button, the end of a lesson or practice as where it goes next; all come
// through here so they never disagree. A module's path is its lessons with each practice right after the
// lesson it practises (`practiceAfter`; a practice without one comes after the last lesson), then the quiz.
import type { LessonProgress, ModuleStatus, PracticeResult } from './records'

export interface ModuleOutline {
  id: string
  /** Lesson ids in the module's order. */
  lessons: readonly string[]
  /** Practice ids in the module's order. */
  practices?: readonly string[]
  /** The lesson each practice practises: it sits right after it on the path. */
  practiceAfter?: Readonly<Record<string, string>>
}

export type PathItem = { kind: 'lesson'; id: string } | { kind: 'practice'; id: string }

export type NextStep =
  | {
      kind: 'lesson'
      moduleId: string
      lessonId: string
      index: number
      step: number
      steps?: number
      started: boolean
    }
  | { kind: 'practice'; moduleId: string; practiceId: string; index: number }
  | { kind: 'quiz'; moduleId: string }

/** The module's lessons and practices in path order (the quiz follows them). */
export function modulePath(m: ModuleOutline): PathItem[] {
  const practices = m.practices ?? []
  const last = m.lessons[m.lessons.length - 1]
  const placeOf = (p: string): string | undefined => {
    const after = m.practiceAfter?.[p]
    return after !== undefined && m.lessons.includes(after) ? after : last
  }
  const out: PathItem[] = []
  for (const id of m.lessons) {
    out.push({ kind: 'lesson', id })
    for (const p of practices) if (placeOf(p) === id) out.push({ kind: 'practice', id: p })
  }
  return out
}

const lessonDone = (lessons: readonly LessonProgress[], moduleId: string, lessonId: string): boolean =>
  lessons.some((l) => l.moduleId === moduleId && l.lessonId === lessonId && l.done)

const practiceDone = (practices: readonly PracticeResult[], moduleId: string, practiceId: string): boolean =>
  practices.some((p) => p.moduleId === moduleId && p.practiceId === practiceId && p.completedAt !== undefined)

/**
 * The next step inside one module: from the step `last` (a lesson or practice id opened last) the first
 * unfinished lesson or practice on the path (then from the start), a lesson resumed at its saved card; the
 * quiz when every lesson and practice is done and the quiz is not passed; undefined once the module is
 * complete.
 */
export function nextInModule(
  m: ModuleOutline,
  lessons: readonly LessonProgress[],
  status?: ModuleStatus,
  last?: string,
  practices: readonly PracticeResult[] = [],
): NextStep | undefined {
  if (status?.completedAt !== undefined) return undefined
  const path = modulePath(m)
  const at = last ? path.findIndex((s) => s.id === last) : -1
  const order = at >= 0 ? [...path.slice(at), ...path.slice(0, at)] : path
  const item = order.find((s) =>
    s.kind === 'lesson' ? !lessonDone(lessons, m.id, s.id) : !practiceDone(practices, m.id, s.id),
  )
  if (item === undefined) return status?.quizPassedAt !== undefined ? undefined : { kind: 'quiz', moduleId: m.id }
  if (item.kind === 'practice')
    return {
      kind: 'practice',
      moduleId: m.id,
      practiceId: item.id,
      index: (m.practices ?? []).indexOf(item.id),
    }
  const saved = lessons.find((l) => l.moduleId === m.id && l.lessonId === item.id)
  return {
    kind: 'lesson',
    moduleId: m.id,
    lessonId: item.id,
    index: m.lessons.indexOf(item.id),
    step: saved?.step ?? 0,
    steps: saved?.steps,
    started: saved !== undefined,
  }
}

/**
 * The learner's next step overall: carry on in the module touched last (the lesson or practice open there,
 * else the next step on its path, else its quiz); once it is complete, the first module in order that is
 * not. Undefined when all modules are complete.
 */
export function nextStep(
  modules: readonly ModuleOutline[],
  lessons: readonly LessonProgress[],
  statuses: readonly ModuleStatus[],
  practices: readonly PracticeResult[] = [],
): NextStep | undefined {
  const statusOf = (id: string) => statuses.find((s) => s.moduleId === id)
  const touched = [
    ...lessons.map((l) => ({ moduleId: l.moduleId, id: l.lessonId, at: l.updatedAt })),
    ...practices.map((p) => ({ moduleId: p.moduleId, id: p.practiceId, at: p.updatedAt })),
  ].sort((a, b) => b.at - a.at)[0]
  const current = touched && modules.find((m) => m.id === touched.moduleId)
  if (current && touched) {
    const here = nextInModule(current, lessons, statusOf(current.id), touched.id, practices)
    if (here) return here
  }
  for (const m of modules) {
    const step = nextInModule(m, lessons, statusOf(m.id), undefined, practices)
    if (step) return step
  }
  return undefined
}

/** The app path a step opens. */
export function stepTo(n: NextStep): string {
  if (n.kind === 'quiz') return `/modules/${n.moduleId}/quiz`
  if (n.kind === 'practice') return `/modules/${n.moduleId}/practice/${n.practiceId}`
  return `/modules/${n.moduleId}/lessons/${n.lessonId}`
}
