// "Câu lớp hay sai": per module, the quiz questions the class gets wrong, so the teacher knows what to teach
// again. Two sources: the students' receipts (version 2: what each one's last finished quiz attempt missed,
// as question tags) and the whole-class quiz sessions run on one screen (the tallies on wrong choices).
// Pure: the page gives the module's questions and words the rows.
import type { Question } from '@/content/schema'
import type { ModuleId } from '@/content/constants'
import type { ClassQuizSession, StudentRecord } from '@/domain/records'
import { own } from '@/domain/keys'
import { isCriticalQuestion, summarizeQuestion } from '@/domain/quiz/classQuiz'
import { tagIndex } from '@/domain/quiz/tags'

export interface MissRow {
  questionId: string
  /** "Đây là câu không được sai": the question has a dangerous option. */
  critical: boolean
  /** Students whose last attempt missed it. */
  students: number
  /** Tallies on wrong choices in the whole-class quiz sessions, and all their tallies of it. */
  classWrong: number
  classTotal: number
}

export interface ModuleMisses {
  /** Students whose receipt says what their last attempt missed (the count the `students` figures are out of). */
  reporting: number
  /** Of them, students who chose a dangerous option. */
  dangerous: number
  /** Whole-class quiz sessions of the module. */
  sessions: number
  /** Questions missed by anyone, most missed first (students, then the class quiz's wrong share). */
  rows: MissRow[]
}

export function moduleMisses(
  moduleId: ModuleId,
  questions: readonly Question[],
  students: readonly StudentRecord[],
  sessions: readonly ClassQuizSession[],
): ModuleMisses {
  const byTag = tagIndex(questions.map((q) => q.id))
  const counts = new Map<string, number>()
  let reporting = 0
  let dangerous = 0
  for (const s of students) {
    const m = own(s.modules, moduleId)
    if (!m?.missed) continue
    reporting++
    if (m.criticalMissed) dangerous++
    for (const tag of new Set(m.missed)) {
      const id = byTag.get(tag)
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
    }
  }
  const mine = sessions.filter((s) => s.moduleId === moduleId)
  const rows: MissRow[] = []
  for (const q of questions) {
    let classWrong = 0
    let classTotal = 0
    for (const s of mine) {
      if (!s.questionIds.includes(q.id)) continue
      const r = summarizeQuestion(s, q)
      classWrong += r.total - r.right
      classTotal += r.total
    }
    const n = counts.get(q.id) ?? 0
    if (n > 0 || classWrong > 0)
      rows.push({ questionId: q.id, critical: isCriticalQuestion(q), students: n, classWrong, classTotal })
  }
  const share = (r: MissRow) => (r.classTotal ? r.classWrong / r.classTotal : 0)
  rows.sort((a, b) => b.students - a.students || share(b) - share(a) || Number(b.critical) - Number(a.critical))
  return { reporting, dangerous, sessions: mine.length, rows }
}
