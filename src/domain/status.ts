// When is a module complete, and what is its status? All its lessons done, all its practices done and a
// full quiz attempt passed. The one place that decides it, for the learner, the receipt and the teacher's
// grid. Pure. A completion date, once written, is kept: progress completed under the earlier rule (lessons
// and quiz only, before practices counted) stays complete; that is the rule that carries it over.
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import type { Quiz } from '@/content/schema'
import type { LessonProgress, ModuleResult, ModuleStatus, PracticeResult, QuizAttempt } from './records'
import { scoreAttempt } from './quiz/scoring'
import { isCriticalQuestion } from './quiz/classQuiz'
import { questionTag } from './quiz/tags'

export type LearnStatus = 'notStarted' | 'started' | 'completed'

export function deriveModuleStatus(
  moduleId: string,
  lessonIds: readonly string[],
  lessons: readonly LessonProgress[],
  attempts: readonly QuizAttempt[],
  previous: ModuleStatus | undefined,
  now: number,
  practiceIds: readonly string[] = [],
  practices: readonly PracticeResult[] = [],
): ModuleStatus {
  const full = attempts.filter((a) => a.mode === 'full' && a.finishedAt !== undefined)
  const bestScore = Math.max(previous?.bestScore ?? 0, ...full.map((a) => a.percent ?? 0))
  const passedTimes = full.filter((a) => a.passed).map((a) => a.finishedAt!)
  const quizPassedAt = previous?.quizPassedAt ?? (passedTimes.length ? Math.min(...passedTimes) : undefined)
  const done = lessons.filter((l) => l.done && lessonIds.includes(l.lessonId))
  const allLessons = lessonIds.every((id) => done.some((l) => l.lessonId === id))
  const practised = practices.filter((p) => p.completedAt !== undefined && practiceIds.includes(p.practiceId))
  const allPractices = practiceIds.every((id) => practised.some((p) => p.practiceId === id))
  let completedAt = previous?.completedAt
  if (completedAt === undefined && allLessons && allPractices && quizPassedAt !== undefined) {
    // Completed when the last of the three conditions became true.
    completedAt = Math.max(
      quizPassedAt,
      ...done.map((l) => l.completedAt ?? now),
      ...practised.map((p) => p.completedAt!),
    )
  }
  return {
    moduleId,
    bestScore,
    attempts: Math.max(previous?.attempts ?? 0, full.length),
    quizPassedAt,
    completedAt,
    updatedAt: now,
  }
}

/** The learner's own status of a module, from their progress records (statusOf). */
export function learnStatus(lessons: readonly LessonProgress[], attempts: number, status?: ModuleStatus): LearnStatus {
  return statusOf(status, lessons.length > 0 || attempts > 0)
}

/**
 * THE status of one module, wherever it is shown: completed once a completion date exists, started when
 * anything was done in it, else not started. The learner's list, the receipt and the teacher's grid all
 * come through here.
 */
export function statusOf(m: { completedAt?: number } | undefined, started: boolean = m !== undefined): LearnStatus {
  if (m?.completedAt !== undefined) return 'completed'
  return started ? 'started' : 'notStarted'
}

/**
 * What the last finished full quiz attempt of a module got wrong, as a receipt carries it: the missed
 * questions' tags, those with a dangerous option first (a receipt keeps the first few), and whether a
 * dangerous option was chosen. Undefined when no full attempt was finished.
 */
export function lastAttemptMisses(
  attempts: readonly QuizAttempt[],
  quiz: Quiz,
): { missed: number[]; criticalMissed: boolean } | undefined {
  const last = attempts
    .filter((a) => a.mode === 'full' && a.finishedAt !== undefined)
    .sort((a, b) => a.finishedAt! - b.finishedAt!)
    .at(-1)
  if (!last) return undefined
  const r = scoreAttempt(quiz, last.questionIds, last.answers)
  const critical = new Set(quiz.questions.filter(isCriticalQuestion).map((q) => q.id))
  const ordered = [...r.wrongIds.filter((id) => critical.has(id)), ...r.wrongIds.filter((id) => !critical.has(id))]
  return { missed: ordered.map(questionTag), criticalMissed: r.criticalIds.length > 0 }
}

/**
 * The learner's modules as a receipt carries them: every started or completed module, best score, attempts,
 * and (for the modules whose quiz is given) what the last finished attempt missed.
 */
export function receiptModules(
  p: {
    lessons: readonly LessonProgress[]
    attempts: readonly QuizAttempt[]
    statuses: readonly ModuleStatus[]
  },
  quizzes: Partial<Record<string, Quiz>> = {},
): Partial<Record<ModuleId, ModuleResult>> {
  const out: Partial<Record<ModuleId, ModuleResult>> = {}
  for (const id of MODULE_IDS) {
    const status = p.statuses.find((s) => s.moduleId === id)
    const mine = p.lessons.filter((l) => l.moduleId === id)
    const tries = p.attempts.filter((a) => a.moduleId === id)
    if (learnStatus(mine, tries.length, status) === 'notStarted' && !status) continue
    const attempts = tries.filter((a) => a.mode === 'full' && a.finishedAt).length
    const quiz = Object.prototype.hasOwnProperty.call(quizzes, id) ? quizzes[id] : undefined
    const misses = quiz ? lastAttemptMisses(tries, quiz) : undefined
    out[id] = {
      bestScore: status?.bestScore ?? 0,
      attempts,
      ...(status?.completedAt ? { completedAt: status.completedAt } : {}),
      ...(misses ?? {}),
    }
  }
  return out
}
