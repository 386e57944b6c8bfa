// Teaching in class on the teacher's phone: the periods logged ("Ghi nhận tiết dạy") and the whole-class
// quiz sessions, per class. Each write is one user action (a save, a delete, a tally tap).
import { getDB, write } from './index'
import type { ClassQuizSession, TaughtPeriod } from '@/domain/records'

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T

export async function listPeriods(classId: string): Promise<TaughtPeriod[]> {
  return (await getDB()).getAllFromIndex('periods', 'byClass', classId)
}

export async function getPeriod(id: string): Promise<TaughtPeriod | undefined> {
  return (await getDB()).get('periods', id)
}

export function savePeriod(p: TaughtPeriod): Promise<void> {
  return write(async (db) => {
    await db.put('periods', plain(p))
  })
}

export function deletePeriod(id: string): Promise<void> {
  return write(async (db) => {
    await db.delete('periods', id)
  })
}

export async function listClassQuizzes(classId: string): Promise<ClassQuizSession[]> {
  return (await getDB()).getAllFromIndex('classQuizzes', 'byClass', classId)
}

export function saveClassQuiz(s: ClassQuizSession): Promise<void> {
  return write(async (db) => {
    await db.put('classQuizzes', plain(s))
  })
}
