// Teaching in class: the periods a teacher logs for a class ("Ghi nhận tiết dạy") and the whole-class quiz
// sessions run on one screen. Checks are domain/period.ts and domain/quiz/classQuiz.ts; this store is the one
// caller of db/periodRepo. The class list comes from the classroom store (presence is ticked on it).
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import * as repo from '@/db/periodRepo'
import type { ClassQuizSession, TaughtPeriod } from '@/domain/records'
import { checkPeriod, periodRecord, sortPeriods, type PeriodDraft, type PeriodProblem } from '@/domain/period'
import { newSession, resumable, tap } from '@/domain/quiz/classQuiz'
import { newId } from '@/exchange/codec/bytes'
import { useClassroomStore } from '@/features/classroom/store'

export type SavePeriodResult = { ok: true; period: TaughtPeriod } | { ok: false; problem: PeriodProblem | 'missing' }

export const usePeriodStore = defineStore('period', () => {
  /** Logged periods by class id, newest first. */
  const periods = shallowRef<Record<string, TaughtPeriod[]>>({})
  /** Whole-class quiz sessions by class id. */
  const quizzes = shallowRef<Record<string, ClassQuizSession[]>>({})
  /** The quiz session on screen. */
  const session = ref<ClassQuizSession>()

  async function loadPeriods(classId: string): Promise<TaughtPeriod[]> {
    const list = sortPeriods(await repo.listPeriods(classId))
    periods.value = { ...periods.value, [classId]: list }
    return list
  }

  /**
   * Checks the draft against the class list (read fresh) and saves it: a new period, or the one `editId`
   * names. Nothing is saved when a check fails; the problem kind is returned for the page to word.
   */
  async function savePeriod(
    classId: string,
    draft: PeriodDraft,
    editId?: string,
    now = Date.now(),
  ): Promise<SavePeriodResult> {
    const roster = await useClassroomStore().loadRoster(classId)
    const problem = checkPeriod(draft, roster, now)
    if (problem) return { ok: false, problem }
    const old = editId ? await repo.getPeriod(editId) : undefined
    if (editId && old?.classId !== classId) return { ok: false, problem: 'missing' }
    const period = periodRecord(
      draft,
      {
        id: old?.id ?? newId(),
        classId,
        rosterSize: roster!.entries.length,
        createdAt: old?.createdAt ?? now,
      },
      now,
    )
    await repo.savePeriod(period)
    await loadPeriods(classId)
    return { ok: true, period }
  }

  async function deletePeriod(classId: string, id: string): Promise<void> {
    await repo.deletePeriod(id)
    await loadPeriods(classId)
  }

  /** One period of the class (for editing), read fresh. */
  async function getPeriod(classId: string, id: string): Promise<TaughtPeriod | undefined> {
    const p = await repo.getPeriod(id)
    return p?.classId === classId ? p : undefined
  }

  async function loadQuizzes(classId: string): Promise<ClassQuizSession[]> {
    const list = (await repo.listClassQuizzes(classId)).sort((a, b) => b.startedAt - a.startedAt)
    quizzes.value = { ...quizzes.value, [classId]: list }
    return list
  }

  // Taps come faster than writes: the session on screen changes at once and the writes run in order, so no
  // tap is lost and the stored session is never older than one already written.
  let writing: Promise<void> = Promise.resolve()
  const saveFailed = ref(false)
  function persist(s: ClassQuizSession): Promise<void> {
    const copy = JSON.parse(JSON.stringify(s)) as ClassQuizSession
    writing = writing
      .then(() => repo.saveClassQuiz(copy))
      .then(
        () => {
          saveFailed.value = false
        },
        () => {
          saveFailed.value = true
        },
      )
    return writing
  }
  function change(next: ClassQuizSession): Promise<void> {
    session.value = next
    return persist(next)
  }

  /** Resumes this class's unfinished session of the same questions, or starts (and saves) a new one. */
  async function openQuiz(
    classId: string,
    moduleId: string,
    questionIds: readonly string[],
    fresh = false,
  ): Promise<ClassQuizSession> {
    const list = await loadQuizzes(classId)
    const old = fresh ? undefined : resumable(list, classId, moduleId, questionIds)
    if (old) {
      session.value = old
      return old
    }
    const s = newSession(newId(), classId, moduleId, questionIds)
    await change(s)
    await loadQuizzes(classId)
    return s
  }

  function tally(questionId: string, key: string, delta: 1 | -1): Promise<void> {
    if (!session.value) return Promise.resolve()
    return change(tap(session.value, questionId, key, delta))
  }
  function goTo(index: number): Promise<void> {
    const s = session.value
    if (!s) return Promise.resolve()
    const current = Math.max(0, Math.min(index, s.questionIds.length))
    // The index past the last question is the summary: the session is finished once it is reached.
    const finishedAt = current === s.questionIds.length ? (s.finishedAt ?? Date.now()) : s.finishedAt
    return change({
      ...s,
      current,
      updatedAt: Date.now(),
      ...(finishedAt !== undefined ? { finishedAt } : {}),
    })
  }
  function reveal(questionId: string): Promise<void> {
    const s = session.value
    if (!s || s.revealed.includes(questionId)) return Promise.resolve()
    return change({ ...s, revealed: [...s.revealed, questionId], updatedAt: Date.now() })
  }
  /** Waits for the writes queued so far (tests, leaving the page). */
  function flush(): Promise<void> {
    return writing
  }

  return {
    periods,
    quizzes,
    session,
    saveFailed,
    loadPeriods,
    savePeriod,
    deletePeriod,
    getPeriod,
    loadQuizzes,
    openQuiz,
    tally,
    goTo,
    reveal,
    flush,
  }
})
