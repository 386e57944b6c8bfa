// The whole-class quiz on one screen, pure: what the teacher tallies for each question type, a tap on a
// tally, and the summary at the end. The class answers by groups, raised hands or A-B-C-D cards, so a tally
// counts answers, not students: single, multiple and true/false questions are tallied per option (for a
// multiple question, one hand per option chosen), a spot question per part of the message (a hand for each
// part the class finds suspicious), and an order question as "right order" / "wrong order" (the class writes
// its order, e.g. B-D-A-C, and the teacher checks it).
import type { Question } from '@/content/schema'
import type { ClassQuizSession } from '@/domain/records'
import { dict, own } from '@/domain/keys'
import { seedFor, shuffledChoices } from './scoring'

/** A tally stops here: more than any class, even counted twice. */
export const TALLY_MAX = 999

export type ChoiceKind = 'option' | 'part' | 'order-right' | 'order-wrong'

export interface TallyChoice {
  /** The key its tally is stored under: the option or part id, or 'right' / 'wrong' for an order question. */
  key: string
  kind: ChoiceKind
  /** The letter shown (A, B, C…) for options and parts; empty for the order tallies. */
  letter: string
  /** The option or part text; empty for the order tallies (the page words them). */
  text: string
  /** Choosing it is right: a correct option, a suspicious part, the right order. */
  right: boolean
  /** A dangerous option: the question "must not be got wrong". */
  critical: boolean
  explanation: string
}

export const letterOf = (i: number): string => String.fromCharCode(65 + (i % 26))

/** The options of an order question as projected: mixed (never already in order), the same every time. */
export function orderShown(q: Question): Array<{ id: string; text: string; letter: string }> {
  if (q.type !== 'order') return []
  const ids = shuffledChoices(q, seedFor(0, q.id))
  return ids.map((id, i) => ({ id, text: q.options.find((o) => o.id === id)!.text, letter: letterOf(i) }))
}

/** The tallies of a question, in the order they are shown. */
export function tallyChoices(q: Question): TallyChoice[] {
  if (q.type === 'spot') {
    return q.parts.map((p, i) => ({
      key: p.id,
      kind: 'part',
      letter: letterOf(i),
      text: p.text,
      right: p.suspicious,
      critical: false,
      explanation: p.explanation,
    }))
  }
  if (q.type === 'order') {
    return [
      {
        key: 'right',
        kind: 'order-right',
        letter: '',
        text: '',
        right: true,
        critical: false,
        explanation: q.explanation,
      },
      {
        key: 'wrong',
        kind: 'order-wrong',
        letter: '',
        text: '',
        right: false,
        critical: false,
        explanation: q.explanation,
      },
    ]
  }
  return q.options.map((o, i) => ({
    key: o.id,
    kind: 'option',
    letter: letterOf(i),
    text: o.text,
    right: o.correct,
    critical: o.critical,
    explanation: o.explanation,
  }))
}

/** "Đây là câu không được sai": a question with a dangerous option. */
export function isCriticalQuestion(q: Question): boolean {
  return q.type !== 'spot' && q.type !== 'order' && q.options.some((o) => o.critical)
}

/** The questions to run: the ids asked for that the module has, in that order (once each); else the whole quiz. */
export function classQuizQuestions(all: readonly Question[], ids?: readonly string[]): Question[] {
  if (!ids?.length) return [...all]
  const byId = new Map(all.map((q) => [q.id, q]))
  const seen = new Set<string>()
  const out: Question[] = []
  for (const id of ids) {
    const q = byId.get(id)
    if (q && !seen.has(id)) {
      seen.add(id)
      out.push(q)
    }
  }
  return out.length ? out : [...all]
}

export function tallyOf(s: ClassQuizSession, questionId: string, key: string): number {
  const t = own(s.tallies, questionId)
  return (t && own(t, key)) ?? 0
}

/** One tap on a tally (+1 or −1): never below 0 nor above TALLY_MAX. Returns a new session. */
export function tap(
  s: ClassQuizSession,
  questionId: string,
  key: string,
  delta: 1 | -1,
  now = Date.now(),
): ClassQuizSession {
  const old = own(s.tallies, questionId) ?? {}
  const value = Math.min(TALLY_MAX, Math.max(0, (own(old, key) ?? 0) + delta))
  const row: Record<string, number> = Object.assign(dict<number>(), old, { [key]: value })
  const tallies: Record<string, Record<string, number>> = Object.assign(dict<Record<string, number>>(), s.tallies, {
    [questionId]: row,
  })
  return { ...s, tallies, updatedAt: now }
}

export interface QuestionSummary {
  questionId: string
  /** Tallies on right choices. */
  right: number
  /** All tallies of the question. */
  total: number
  critical: boolean
  /** Tallies on a dangerous option. */
  criticalChosen: number
  /** A critical question with any tally on a wrong choice: the class got it wrong, discuss it again. */
  criticalMissed: boolean
}

export function summarizeQuestion(s: ClassQuizSession, q: Question): QuestionSummary {
  let right = 0
  let total = 0
  let criticalChosen = 0
  for (const c of tallyChoices(q)) {
    const n = tallyOf(s, q.id, c.key)
    total += n
    if (c.right) right += n
    if (c.critical) criticalChosen += n
  }
  const critical = isCriticalQuestion(q)
  return {
    questionId: q.id,
    right,
    total,
    critical,
    criticalChosen,
    criticalMissed: critical && total > right,
  }
}

/** The end of the session: per question (in the order run) right of all tallies; the critical ones missed. */
export function summarizeSession(
  s: ClassQuizSession,
  questions: readonly Question[],
): { rows: QuestionSummary[]; criticalMissed: string[] } {
  const byId = new Map(questions.map((q) => [q.id, q]))
  const rows = s.questionIds.flatMap((id) => {
    const q = byId.get(id)
    return q ? [summarizeQuestion(s, q)] : []
  })
  return { rows, criticalMissed: rows.filter((r) => r.criticalMissed).map((r) => r.questionId) }
}

/** A new session (no tally yet) for these questions. */
export function newSession(
  id: string,
  classId: string,
  moduleId: string,
  questionIds: readonly string[],
  now = Date.now(),
): ClassQuizSession {
  return {
    id,
    classId,
    moduleId,
    questionIds: [...questionIds],
    tallies: dict(),
    current: 0,
    revealed: [],
    startedAt: now,
    updatedAt: now,
  }
}

/** The session a page resumes: the newest unfinished one of this class and module that runs the same questions. */
export function resumable(
  sessions: readonly ClassQuizSession[],
  classId: string,
  moduleId: string,
  questionIds: readonly string[],
): ClassQuizSession | undefined {
  const same = (a: readonly string[]) => a.length === questionIds.length && a.every((id, i) => id === questionIds[i])
  return [...sessions]
    .filter(
      (s) => s.classId === classId && s.moduleId === moduleId && s.finishedAt === undefined && same(s.questionIds),
    )
    .sort((a, b) => b.updatedAt - a.updatedAt)[0]
}
