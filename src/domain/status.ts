// When is a module complete? All its lessons done and a full quiz attempt passed. Pure.
import type { LessonProgress, ModuleStatus, QuizAttempt } from '@/db/schema'

export type LearnStatus = 'notStarted' | 'started' | 'completed'

export function deriveModuleStatus(
  moduleId: string,
  lessonIds: readonly string[],
  lessons: readonly LessonProgress[],
  attempts: readonly QuizAttempt[],
  previous: ModuleStatus | undefined,
  now: number,
): ModuleStatus {
  const full = attempts.filter((a) => a.mode === 'full' && a.finishedAt !== undefined)
  const bestScore = Math.max(previous?.bestScore ?? 0, ...full.map((a) => a.percent ?? 0))
  const passedTimes = full.filter((a) => a.passed).map((a) => a.finishedAt!)
  const quizPassedAt = previous?.quizPassedAt ?? (passedTimes.length ? Math.min(...passedTimes) : undefined)
  const done = lessons.filter((l) => l.done && lessonIds.includes(l.lessonId))
  const allLessons = lessonIds.every((id) => done.some((l) => l.lessonId === id))
  let completedAt = previous?.completedAt
  if (completedAt === undefined && allLessons && quizPassedAt !== undefined) {
    // Completed when the last of the two conditions became true.
    completedAt = Math.max(quizPassedAt, ...done.map((l) => l.completedAt ?? now))
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

export function learnStatus(lessons: readonly LessonProgress[], attempts: number, status?: ModuleStatus): LearnStatus {
  if (status?.completedAt) return 'completed'
  return lessons.length > 0 || attempts > 0 ? 'started' : 'notStarted'
}
