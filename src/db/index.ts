// Opens the one database, upgrading step by step from whatever version the phone has, and turns
// IndexedDB failures into a StorageError the UI can explain in Vietnamese.
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb'
import { DB_NAME, DB_VERSION, type KnsDB } from './schema'

export type KnsDatabase = IDBPDatabase<KnsDB>
type UpgradeTx = IDBPTransaction<KnsDB, ArrayLike<StoreNames<KnsDB>>, 'versionchange'>

export { StorageError, toStorageError, type StorageErrorKind } from './errors'
import { StorageError, toStorageError } from './errors'

/**
 * One function per version: migrations[n] brings a database from version n to n + 1.
 * They run in order inside the single upgrade transaction.
 */
export const migrations: Array<(db: KnsDatabase, tx: UpgradeTx) => void> = [
  // 0 → 1: settings (profile, preferences)
  (db) => {
    db.createObjectStore('settings')
  },
  // 1 → 2: learning progress
  (db) => {
    db.createObjectStore('lessonProgress', { keyPath: ['moduleId', 'lessonId'] }).createIndex('byModule', 'moduleId')
    db.createObjectStore('practiceResults', { keyPath: ['moduleId', 'practiceId'] }).createIndex('byModule', 'moduleId')
    db.createObjectStore('quizAttempts', { keyPath: 'id' }).createIndex('byModule', 'moduleId')
    db.createObjectStore('moduleStatus', { keyPath: 'moduleId' })
  },
  // 2 → 3: outreach sessions (by date, for the month totals) and the team's outcome list
  (db) => {
    db.createObjectStore('outreachSessions', { keyPath: 'id' }).createIndex('byDate', 'date')
    db.createObjectStore('outreachOutcomes', { keyPath: 'id' })
  },
  // 3 → 4: the classroom (teacher: classes and students merged from receipts; student: memberships)
  (db) => {
    db.createObjectStore('classes', { keyPath: 'id' })
    db.createObjectStore('students', { keyPath: ['classId', 'studentId'] }).createIndex('byClass', 'classId')
    db.createObjectStore('memberships', { keyPath: 'classId' })
  },
  // 4 → 5: the school roll-up (officer: schools and the class summaries received; teacher: schools joined)
  (db) => {
    db.createObjectStore('schools', { keyPath: 'id' })
    db.createObjectStore('schoolMemberships', { keyPath: 'schoolId' })
    db.createObjectStore('summaries', { keyPath: ['schoolId', 'classId', 'month'] }).createIndex('bySchoolMonth', [
      'schoolId',
      'month',
    ])
  },
  // 5 → 6: class lists and the true class size (teacher), one record per class
  (db) => {
    db.createObjectStore('rosters', { keyPath: 'classId' })
  },
  // 6 → 7: the chain above the school (unit officer: units and the school and team summaries received;
  // school officer and team leader: units joined; team leader: teams and members' summaries; member: teams joined)
  (db) => {
    db.createObjectStore('units', { keyPath: 'id' })
    db.createObjectStore('unitMemberships', { keyPath: 'unitId' })
    db.createObjectStore('schoolSummaries', { keyPath: ['unitId', 'schoolId', 'month'] }).createIndex(
      'byUnit',
      'unitId',
    )
    db.createObjectStore('teams', { keyPath: 'id' })
    db.createObjectStore('teamMemberships', { keyPath: 'teamId' })
    db.createObjectStore('outreachSummaries', { keyPath: ['toId', 'fromId', 'month'] }).createIndex('byTo', 'toId')
  },
  // 7 → 8: teaching in class (teacher): the periods logged and the whole-class quiz sessions, per class
  (db) => {
    db.createObjectStore('periods', { keyPath: 'id' }).createIndex('byClass', 'classId')
    db.createObjectStore('classQuizzes', { keyPath: 'id' }).createIndex('byClass', 'classId')
  },
]

export async function openDatabase(version = DB_VERSION, name = DB_NAME): Promise<KnsDatabase> {
  if (typeof indexedDB === 'undefined') throw new StorageError('unavailable')
  try {
    const db = await openDB<KnsDB>(name, version, {
      upgrade(database, oldVersion, newVersion, tx) {
        for (let v = oldVersion; v < (newVersion ?? version); v++) migrations[v]!(database, tx)
      },
      blocking() {
        // A newer tab wants to upgrade: let it, this tab reopens on its next call.
        db.close()
        connection = undefined
      },
      terminated() {
        connection = undefined
      },
    })
    return db
  } catch (e) {
    throw toStorageError(e)
  }
}

let connection: Promise<KnsDatabase> | undefined
/** The database the repositories use: on a shared phone, the active learner's (learnersRepo.ts). */
let activeName = DB_NAME

export function databaseName(): string {
  return activeName
}

/** Points every repository at another learner's database; the old connection is closed first. */
export async function useDatabase(name: string): Promise<void> {
  if (name === activeName) return
  await resetConnection(name)
}

/** The shared connection for repositories. A failed open is retried on the next call. */
export function getDB(): Promise<KnsDatabase> {
  connection ??= openDatabase(DB_VERSION, activeName).catch((e: unknown) => {
    connection = undefined
    throw e
  })
  return connection
}

/** Closes and forgets the shared connection (tests, deleting a database). Tests start on the first learner's. */
export async function resetConnection(name = DB_NAME): Promise<void> {
  const c = connection
  connection = undefined
  activeName = name
  if (c) (await c.catch(() => undefined))?.close()
}

/** A deep plain copy: IndexedDB must be handed plain data, never a Vue proxy (JSON reads through one). */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** Aborts a transaction after a failed request (a throwing put does not abort it), so nothing half-written stays. */
export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort()
  } catch {
    // Already finished or aborted.
  }
}

/** Runs a write, mapping any failure to a StorageError. */
export async function write<T>(fn: (db: KnsDatabase) => Promise<T>): Promise<T> {
  const db = await getDB()
  try {
    return await fn(db)
  } catch (e) {
    throw toStorageError(e)
  }
}
