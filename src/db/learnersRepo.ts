// The family phone: one database per learner. The first learner keeps the app's original database
// ('ky-nang-so'), the others get 'ky-nang-so--<id>'; so no store key changes and no migration is needed.
// The list of learners and the active one live in the first database's settings store.
import { deleteDB } from 'idb'
import { DB_NAME, DB_VERSION } from './schema'
import { databaseName, openDatabase, resetConnection, toStorageError, useDatabase, type KnsDatabase } from './index'
import type { Learner } from '@/domain/records'
import { FIRST_LEARNER } from './defaults'

export { FIRST_LEARNER }

export function learnerDatabase(id: string): string {
  return id === FIRST_LEARNER ? DB_NAME : `${DB_NAME}--${id}`
}

/** Runs `fn` on the first learner's database, whichever learner is active. */
async function withFirst<T>(fn: (db: KnsDatabase) => Promise<T>): Promise<T> {
  const db = await openDatabase(DB_VERSION, DB_NAME)
  try {
    return await fn(db)
  } catch (e) {
    throw toStorageError(e)
  } finally {
    db.close()
  }
}

export function loadLearners(): Promise<{ learners: Learner[]; active: string }> {
  return withFirst(async (db) => {
    const tx = db.transaction('settings')
    const [learners, active] = await Promise.all([tx.store.get('learners'), tx.store.get('activeLearner'), tx.done])
    const list = (learners as Learner[] | undefined) ?? []
    const id = typeof active === 'string' && list.some((l) => l.id === active) ? active : FIRST_LEARNER
    return { learners: list, active: id }
  })
}

/** The list and the active learner, in one transaction. */
export function saveLearners(learners: readonly Learner[], active: string): Promise<void> {
  return withFirst(async (db) => {
    const tx = db.transaction('settings', 'readwrite')
    await Promise.all([
      tx.store.put(
        learners.map((l) => ({ ...l })),
        'learners',
      ),
      tx.store.put(active, 'activeLearner'),
      tx.done,
    ])
  })
}

/** Opens the active learner's database for every repository (start-up, before anything is read). */
export function selectLearner(id: string): Promise<void> {
  return useDatabase(learnerDatabase(id))
}

/**
 * "Xoá dữ liệu của em": every record of one learner. Another learner's database is deleted whole; the
 * first learner's database also holds the learner list, so its stores are emptied in one transaction and
 * the list is written back.
 */
export async function eraseLearner(id: string): Promise<void> {
  const name = learnerDatabase(id)
  if (databaseName() === name) await resetConnection(name)
  if (id !== FIRST_LEARNER) {
    try {
      await deleteDB(name)
    } catch (e) {
      throw toStorageError(e)
    }
    return
  }
  await withFirst(async (db) => {
    const stores = [...db.objectStoreNames]
    const tx = db.transaction(stores, 'readwrite')
    const keep = await Promise.all([
      tx.objectStore('settings').get('learners'),
      tx.objectStore('settings').get('activeLearner'),
    ])
    await Promise.all(stores.map((s) => tx.objectStore(s).clear()))
    if (keep[0] !== undefined) await tx.objectStore('settings').put(keep[0], 'learners')
    if (keep[1] !== undefined) await tx.objectStore('settings').put(keep[1], 'activeLearner')
    await tx.done
  })
}
