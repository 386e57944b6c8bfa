// Quiz rules, pure: seeded shuffles, whether an answer is right, scoring with critical mistakes.
import type { AnswerValue } from '@/domain/records'
import type { Question, Quiz } from '@/content/schema'

export const DEFAULT_PASS_PERCENT = 80

/** mulberry32: a tiny seeded PRNG, so the same seed always gives the same order. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  const next = rng(seed)
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** An order question must never start already solved: reshuffle deterministically until it differs. */
export function shuffledChoices(q: Question, seed: number): string[] {
  const ids = q.type === 'spot' ? q.parts.map((p) => p.id) : q.options.map((o) => o.id)
  if (q.type === 'spot' || q.type === 'truefalse') return ids
  let s = seed
  let out = shuffle(ids, s)
  while (q.type === 'order' && ids.length > 1 && out.every((id, i) => id === ids[i])) out = shuffle(ids, ++s)
  return out
}

/** Mixes a string id into the attempt seed, so each question gets its own option order. */
export function seedFor(seed: number, id: string): number {
  let h = seed ^ 0x9e3779b9
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193)
  return h >>> 0
}

export function correctAnswer(q: Question): AnswerValue {
  if (q.type === 'spot') return q.parts.filter((p) => p.suspicious).map((p) => p.id)
  if (q.type === 'order') return q.options.map((o) => o.id)
  return q.options.filter((o) => o.correct).map((o) => o.id)
}

export function isCorrect(q: Question, answer: AnswerValue | undefined): boolean {
  if (!answer) return false
  const right = correctAnswer(q)
  if (q.type === 'order') return answer.length === right.length && answer.every((id, i) => id === right[i])
  return answer.length === right.length && right.every((id) => answer.includes(id))
}

/** The critical options chosen in an answer (none for order and spot questions). */
export function criticalChosen(q: Question, answer: AnswerValue | undefined): string[] {
  if (!answer || q.type === 'spot' || q.type === 'order') return []
  return q.options.filter((o) => o.critical && answer.includes(o.id)).map((o) => o.id)
}

export interface QuizResult {
  correct: number
  total: number
  percent: number
  /** Ids of questions where a critical option was chosen. */
  criticalIds: string[]
  wrongIds: string[]
  passed: boolean
}

export function scoreAttempt(quiz: Quiz, questionIds: string[], answers: Record<string, AnswerValue>): QuizResult {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]))
  const questions = questionIds.map((id) => byId.get(id)).filter((q): q is Question => q !== undefined)
  const wrongIds: string[] = []
  const criticalIds: string[] = []
  let correct = 0
  for (const q of questions) {
    if (isCorrect(q, answers[q.id])) correct++
    else wrongIds.push(q.id)
    if (criticalChosen(q, answers[q.id]).length) criticalIds.push(q.id)
  }
  const total = questions.length
  const percent = total ? Math.round((correct / total) * 100) : 0
  const passed = percent >= (quiz.passPercent ?? DEFAULT_PASS_PERCENT) && criticalIds.length === 0
  return { correct, total, percent, criticalIds, wrongIds, passed }
}
