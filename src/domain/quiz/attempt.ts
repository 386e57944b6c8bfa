// Creating and finishing quiz attempts, pure (the page saves them through the repository).
import type { QuizAttempt } from '@/domain/records'
import { CONTENT_SCHEMA_VERSION } from '@/content/constants'
import type { Quiz } from '@/content/schema'
import { scoreAttempt, shuffle } from './scoring'

export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!
}

export function newAttempt(
  moduleId: string,
  quiz: Quiz,
  mode: QuizAttempt['mode'],
  onlyIds?: string[],
  seed = newSeed(),
  now = Date.now(),
): QuizAttempt {
  const ids = quiz.questions.map((q) => q.id).filter((id) => !onlyIds || onlyIds.includes(id))
  return {
    id: `${moduleId}-${now.toString(36)}-${seed.toString(36)}`,
    moduleId,
    seed,
    questionIds: shuffle(ids, seed),
    answers: {},
    current: 0,
    mode,
    contentSchema: CONTENT_SCHEMA_VERSION,
    startedAt: now,
    updatedAt: now,
  }
}

/**
 * Makes a saved attempt fit today's content: questions removed since it started are dropped,
 * so an attempt saved before a content update still loads and finishes.
 */
export function reconcile(attempt: QuizAttempt, quiz: Quiz): QuizAttempt {
  const known = new Set(quiz.questions.map((q) => q.id))
  const questionIds = attempt.questionIds.filter((id) => known.has(id))
  const answers = Object.fromEntries(Object.entries(attempt.answers).filter(([id]) => known.has(id)))
  return {
    ...attempt,
    questionIds,
    answers,
    current: Math.min(attempt.current, Math.max(0, questionIds.length - 1)),
  }
}

export function finish(attempt: QuizAttempt, quiz: Quiz, now = Date.now()): QuizAttempt {
  const r = scoreAttempt(quiz, attempt.questionIds, attempt.answers)
  return {
    ...attempt,
    finishedAt: now,
    updatedAt: now,
    correct: r.correct,
    total: r.total,
    percent: r.percent,
    criticalIds: r.criticalIds,
    passed: r.passed,
  }
}
