// Learning progress: lesson steps, practice results, quiz attempts and the derived module status.
// Each exported write is one user action and one transaction.

import type { IDBPTransaction } from 'idb'
import { getDB, plain, write } from './index'
import { listLatest } from './newestRepo'
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

/** The grade of the class the learner joined last (it gives the competence band), if any. */
export async function learnerGrade(): Promise<number | undefined> {
  return (await listLatest('memberships'))[0]?.grade
}

type StatusTx = IDBPTransaction<
  KnsDB,
  Array<'lessonProgress' | 'practiceResults' | 'quizAttempts' | 'moduleStatus'>,
  'readwrite'
>
const STATUS_STORES = ['lessonProgress', 'practiceResults', 'quizAttempts', 'moduleStatus'] as const

/** What a module must have done to be complete: its lesson ids (a bare list: no practices) and practice ids. */
export type ModuleParts = readonly string[] | { lessons: readonly string[]; practices: readonly string[] }
const partsOf = (p: ModuleParts) =>
  Array.isArray(p)
    ? { lessons: p as readonly string[], practices: [] as readonly string[] }
    : (p as { lessons: readonly string[]; practices: readonly string[] })

/** Recomputes the module status inside the caller's transaction (no other awaits in between). */
async function refreshStatus(tx: StatusTx, moduleId: string, parts: ModuleParts, now: number): Promise<ModuleStatus> {
  const [lessons, practices, attempts, previous] = await Promise.all([
    tx.objectStore('lessonProgress').index('byModule').getAll(moduleId),
    tx.objectStore('practiceResults').index('byModule').getAll(moduleId),
    tx.objectStore('quizAttempts').index('byModule').getAll(moduleId),
    tx.objectStore('moduleStatus').get(moduleId),
  ])
  const { lessons: lessonIds, practices: practiceIds } = partsOf(parts)
  const status = deriveModuleStatus(moduleId, lessonIds, lessons, attempts, previous, now, practiceIds, practices)
  await tx.objectStore('moduleStatus').put(status)
  return status
}

/** The card on screen in a lesson: which card of how many, the time spent on it, and whether it ends the lesson. */
export interface LessonStep {
  moduleId: string
  lessonId: string
  step: number
  steps: number
  elapsedMs: number
  done: boolean
}

/** Saves the card on screen (and marks the lesson done on its last card when `done`). */
export function saveLessonStep(
  { moduleId, lessonId, step, steps, elapsedMs, done }: LessonStep,
  parts: ModuleParts,
  now = Date.now(),
): Promise<LessonProgress> {
  return write(async (db) => {
    const tx = db.transaction(STATUS_STORES, 'readwrite')
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
    if (done && !old?.done) await refreshStatus(tx, moduleId, parts, now)
    await tx.done
    return record
  })
}

/** Saves a finished practice and, with it, the module status it may complete (one transaction). */
export function savePracticeResult(
  moduleId: string,
  practiceId: string,
  score: number,
  mistakes: number,
  now = Date.now(),
  parts?: ModuleParts,
): Promise<PracticeResult> {
  return write(async (db) => {
    const tx = db.transaction(STATUS_STORES, 'readwrite')
    const store = tx.objectStore('practiceResults')
    const old = await store.get([moduleId, practiceId])
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
    await store.put(record)
    if (parts && old?.completedAt === undefined) await refreshStatus(tx, moduleId, parts, now)
    await tx.done
    return record
  })
}

/** The channel on which a tab tells the app's other tabs that it saved progress. */
export const PROGRESS_CHANNEL = 'kns-progress'
export interface ProgressMessage {
  kind: 'quizAttempt'
  moduleId: string
  /** The tab that saved: a tab ignores its own messages (another object in the same tab hears them). */
  tab: string
}
/** This tab's id on the channel. */
export const TAB_ID = Math.random().toString(36).slice(2)

/** Tells the other tabs of this app (never this one) to read the module's progress again. */
function announce(moduleId: string): void {
  if (typeof BroadcastChannel === 'undefined') return
  try {
    const channel = new BroadcastChannel(PROGRESS_CHANNEL)
    channel.postMessage({ kind: 'quizAttempt', moduleId, tab: TAB_ID } satisfies ProgressMessage)
    channel.close()
  } catch {
    // No other tab to tell: nothing is lost, each tab still refuses stale writes.
  }
}

/**
 * A second tab may still show an attempt that this phone has since finished or moved on: its write must
 * not replace a finished attempt, nor a newer state of it (a later updatedAt). Decided inside the save's
 * own transaction, so no write from another tab can slip in between the read and the write.
 */
function isStale(stored: QuizAttempt | undefined, next: QuizAttempt): boolean {
  return stored !== undefined && (stored.finishedAt !== undefined || stored.updatedAt > next.updatedAt)
}

export interface SavedAttempt {
  /** False when the attempt on disk was finished or newer, and was kept. */
  saved: boolean
  /** The attempt as stored now: what the tab should show. */
  stored: QuizAttempt
}

/** Saves an attempt as it is (one answer given, or the question index moved), unless it is stale. */
export async function saveAttempt(attempt: QuizAttempt): Promise<SavedAttempt> {
  const result = await write(async (db) => {
    const tx = db.transaction('quizAttempts', 'readwrite')
    const stored = await tx.store.get(attempt.id)
    if (isStale(stored, attempt)) {
      await tx.done
      return { saved: false, stored: stored! }
    }
    const next = plain(attempt)
    await tx.store.put(next)
    await tx.done
    return { saved: true, stored: next }
  })
  if (result.saved) announce(attempt.moduleId)
  return result
}

/** Saves a finished attempt and the module status it leads to, together (unless the attempt is stale). */
export async function finishAttempt(
  attempt: QuizAttempt,
  parts: ModuleParts,
): Promise<{ saved: boolean; attempt: QuizAttempt; status: ModuleStatus }> {
  const result = await write(async (db) => {
    const tx = db.transaction(STATUS_STORES, 'readwrite')
    const attempts = tx.objectStore('quizAttempts')
    const stored = await attempts.get(attempt.id)
    const saved = !isStale(stored, attempt)
    if (saved) await attempts.put(plain(attempt))
    const status = await refreshStatus(
      tx,
      attempt.moduleId,
      parts,
      saved ? (attempt.finishedAt ?? Date.now()) : stored!.updatedAt,
    )
    await tx.done
    return { saved, attempt: saved ? attempt : stored!, status }
  })
  if (result.saved) announce(attempt.moduleId)
  return result
}
