// Everything the learner has done, in one read: what Home, Tiến độ and the receipt show. Kept apart from
// progressRepo.ts (the writes) so Home's first paint carries only this read.
import { getDB } from './index'
import type { LessonProgress, ModuleStatus, PracticeResult, QuizAttempt } from '@/domain/records'

export async function getAllProgress(): Promise<{
  lessons: LessonProgress[]
  practices: PracticeResult[]
  statuses: ModuleStatus[]
  attempts: QuizAttempt[]
}> {
  const db = await getDB()
  const tx = db.transaction(['lessonProgress', 'practiceResults', 'moduleStatus', 'quizAttempts'])
  const [lessons, practices, statuses, attempts] = await Promise.all([
    tx.objectStore('lessonProgress').getAll(),
    tx.objectStore('practiceResults').getAll(),
    tx.objectStore('moduleStatus').getAll(),
    tx.objectStore('quizAttempts').getAll(),
  ])
  await tx.done
  return { lessons, practices, statuses, attempts }
}
