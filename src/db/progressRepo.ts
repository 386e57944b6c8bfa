// Learning progress: lesson steps, practice results, quiz attempts and the derived module status.
// Each exported write is one user action and one transaction.

import type { IDBPTransaction } from 'idb'
import { getDB, write } from './index'
import type { KnsDB } from './schema'
import type { LessonProgress, ModuleProgress, ModuleStatus, PracticeResult, QuizAttempt } from '@/domain/records'
import { deriveModuleStatus } from '@/domain/status'

export type { ModuleProgress }

export async function getModuleProgress(moduleId: string): Promise<ModuleProgress> {
  const db = await getDB()
  const tx = db.transaction(['lessonProgress', 'practiceResults', 'quizAttempts', 'moduleStatus'])
  const [lessons, practices, attempts, status] = await Promise.all([
    tx.objectStore('lessonProgress').index('byModule').getAll(moduleId),
    tx.objectStore('practiceResults').index('byModule').getAll(moduleId),
    tx.objectStore('quizAttempts').index('byModule').getAll(moduleId),
    tx.objectStore('moduleStatus').get(moduleId),
  ])
  await tx.done
  attempts.sort((a, b) => a.startedAt - b.startedAt)
  return { lessons, practices, attempts, status }
}

export { getAllProgress } from './progressOverviewRepo'

type StatusTx = IDBPTransaction<KnsDB, Array<'lessonProgress' | 'quizAttempts' | 'moduleStatus'>, 'readwrite'>

/** Recomputes the module status inside the caller's transaction (no other awaits in between). */
async function refreshStatus(tx: StatusTx, moduleId: string, lessonIds: readonly string[], now: number): Promise<ModuleStatus> {
  const [lessons, attempts, previous] = await Promise.all([
    tx.objectStore('lessonProgress').index('byModule').getAll(moduleId),
    tx.objectStore('quizAttempts').index('byModule').getAll(moduleId),
    tx.objectStore('moduleStatus').get(moduleId),
  ])
  const status = deriveModuleStatus(moduleId, lessonIds, lessons, attempts, previous, now)
  await tx.objectStore('moduleStatus').put(status)
  return status
}

/** Saves the card on screen (and marks the lesson done on its last card when `done`). */
export function saveLessonStep(
  moduleId: string,
  lessonId: string,
  step: number,
  steps: number,
  elapsedMs: number,
  done: boolean,
  lessonIds: readonly string[],
  now = Date.now(),
): Promise<LessonProgress> {
  return write(async (db) => {
    const tx = db.transaction(['lessonProgress', 'quizAttempts', 'moduleStatus'], 'readwrite')
    const store = tx.objectStore('lessonProgress')
    const old = await store.get([moduleId, lessonId])
    const record: LessonProgress = {
      moduleId,
      lessonId,
      step,
      steps,
      done: old?.done === true || done,
      startedAt: old?.startedAt ?? now,
      updatedAt: now,
      completedAt: old?.completedAt ?? (done ? now : undefined),
      timeMs: (old?.timeMs ?? 0) + Math.max(0, Math.min(elapsedMs, 30 * 60_000)),
    }
    await store.put(record)
    if (done && !old?.done) await refreshStatus(tx, moduleId, lessonIds, now)
    await tx.done
    return record
  })
}

export function savePracticeResult(moduleId: string, practiceId: string, score: number, mistakes: number, now = Date.now()): Promise<PracticeResult> {
  return write(async (db) => {
    const tx = db.transaction('practiceResults', 'readwrite')
    const old = await tx.store.get([moduleId, practiceId])
    const record: PracticeResult = {
      moduleId,
      practiceId,
      attempts: (old?.attempts ?? 0) + 1,
      bestScore: Math.max(old?.bestScore ?? 0, score),
      lastScore: score,
      mistakes,
      completedAt: old?.completedAt ?? now,
      updatedAt: now,
    }
    await tx.store.put(record)
    await tx.done
    return record
  })
}

/** Saves an attempt as it is (one answer given, or the question index moved). */
export function saveAttempt(attempt: QuizAttempt): Promise<void> {
  return write(async (db) => {
    const tx = db.transaction('quizAttempts', 'readwrite')
    await tx.store.put(plain(attempt))
    await tx.done
  })
}

/** Saves a finished attempt and the module status it leads to, together. */
export function finishAttempt(attempt: QuizAttempt, lessonIds: readonly string[]): Promise<ModuleStatus> {
  return write(async (db) => {
    const tx = db.transaction(['lessonProgress', 'quizAttempts', 'moduleStatus'], 'readwrite')
    await tx.objectStore('quizAttempts').put(plain(attempt))
    const status = await refreshStatus(tx, attempt.moduleId, lessonIds, attempt.finishedAt ?? Date.now())
    await tx.done
    return status
  })
}

/** A deep plain copy: IndexedDB must never be handed a Vue proxy. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
