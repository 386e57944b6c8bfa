// The teacher and school backup: reads every class and school record in one transaction, and restores a
// validated backup (merge or replace) in one readwrite transaction, so a failure leaves nothing half done.
// Validation and merge rules are pure, in features/backup/backup.ts.
import { getDB, plain, write } from './index'
import type { StaffRecord } from '@/domain/records'
import type { BackupData } from '@/domain/records'
import { mergeBackup, type MergeCount } from '@/domain/merge'

const STORES = [
  'classes',
  'students',
  'schools',
  'schoolMemberships',
  'summaries',
  'settings',
  'rosters',
  'periods',
  'classQuizzes',
] as const

export async function readAll(): Promise<BackupData> {
  const db = await getDB()
  const tx = db.transaction(STORES)
  const [classes, students, schools, schoolMemberships, summaries, staff, rosters, periods, classQuizzes] =
    await Promise.all([
      tx.objectStore('classes').getAll(),
      tx.objectStore('students').getAll(),
      tx.objectStore('schools').getAll(),
      tx.objectStore('schoolMemberships').getAll(),
      tx.objectStore('summaries').getAll(),
      tx.objectStore('settings').get('staff'),
      tx.objectStore('rosters').getAll(),
      tx.objectStore('periods').getAll(),
      tx.objectStore('classQuizzes').getAll(),
      tx.done,
    ])
  return {
    classes,
    students,
    schools,
    schoolMemberships,
    summaries,
    staff: (staff as StaffRecord | undefined) ?? null,
    rosters,
    periods,
    classQuizzes,
  }
}

export interface BackupStatus {
  lastBackupAt?: number
  /** Records worth a backup (classes, students, schools, school memberships, summaries, logged periods). */
  records: number
}

/** What the backup card shows: counts only, so a 1,000-student phone does not read every record. */
export async function loadBackupStatus(): Promise<BackupStatus> {
  const db = await getDB()
  const tx = db.transaction(STORES)
  const [last, ...counts] = await Promise.all([
    tx.objectStore('settings').get('lastBackupAt'),
    tx.objectStore('classes').count(),
    tx.objectStore('students').count(),
    tx.objectStore('schools').count(),
    tx.objectStore('schoolMemberships').count(),
    tx.objectStore('summaries').count(),
    tx.objectStore('periods').count(),
  ])
  await tx.done
  const records = counts.reduce((a, b) => a + b, 0)
  return typeof last === 'number' ? { lastBackupAt: last, records } : { records }
}

export function markBackedUp(now: number): Promise<void> {
  return write(async (db) => {
    await db.put('settings', now, 'lastBackupAt')
  })
}

export type RestoreMode = 'merge' | 'replace'

export interface RestoreReport {
  mode: RestoreMode
  classes: MergeCount
  students: MergeCount
  schools: MergeCount
  schoolMemberships: MergeCount
  summaries: MergeCount
  rosters: MergeCount
  periods: MergeCount
  classQuizzes: MergeCount
  staff: boolean
  /** What this phone holds afterwards. */
  totals: { classes: number; students: number; summaries: number; schools: number }
}

const none = (): MergeCount => ({ added: 0, updated: 0, kept: 0 })

/**
 * Applies a validated backup in ONE readwrite transaction. Replace clears the stores (and the staff
 * record) first; merge reads this phone's records inside the same transaction, so nothing written in
 * between is lost. Only IndexedDB requests are awaited inside it: any other await would close it.
 */
export function restore(backup: { data: BackupData }, mode: RestoreMode): Promise<RestoreReport> {
  return write(async (db) => {
    const tx = db.transaction(STORES, 'readwrite')
    const s = {
      classes: tx.objectStore('classes'),
      students: tx.objectStore('students'),
      schools: tx.objectStore('schools'),
      schoolMemberships: tx.objectStore('schoolMemberships'),
      summaries: tx.objectStore('summaries'),
      settings: tx.objectStore('settings'),
      rosters: tx.objectStore('rosters'),
      periods: tx.objectStore('periods'),
      classQuizzes: tx.objectStore('classQuizzes'),
    }
    // Every request made, so that after a failure none is left to reject unobserved.
    const pending: Array<Promise<unknown>> = []
    try {
      const incoming = backup.data
      let data: BackupData
      let report: Omit<RestoreReport, 'totals'>
      if (mode === 'replace') {
        await Promise.all([
          s.classes.clear(),
          s.students.clear(),
          s.schools.clear(),
          s.schoolMemberships.clear(),
          s.summaries.clear(),
          s.settings.delete('staff'),
          s.rosters.clear(),
          s.periods.clear(),
          s.classQuizzes.clear(),
        ])
        data = incoming
        const added = (n: number): MergeCount => ({ ...none(), added: n })
        report = {
          mode,
          classes: added(data.classes.length),
          students: added(data.students.length),
          schools: added(data.schools.length),
          schoolMemberships: added(data.schoolMemberships.length),
          summaries: added(data.summaries.length),
          rosters: added(data.rosters.length),
          periods: added(data.periods.length),
          classQuizzes: added(data.classQuizzes.length),
          staff: data.staff !== null,
        }
      } else {
        const [classes, students, schools, schoolMemberships, summaries, staff, rosters, periods, classQuizzes] =
          await Promise.all([
            s.classes.getAll(),
            s.students.getAll(),
            s.schools.getAll(),
            s.schoolMemberships.getAll(),
            s.summaries.getAll(),
            s.settings.get('staff'),
            s.rosters.getAll(),
            s.periods.getAll(),
            s.classQuizzes.getAll(),
          ])
        const current: BackupData = {
          classes,
          students,
          schools,
          schoolMemberships,
          summaries,
          staff: (staff as StaffRecord | undefined) ?? null,
          rosters,
          periods,
          classQuizzes,
        }
        const plan = mergeBackup(current, incoming)
        data = plan.write
        report = { mode, ...plan.counts }
      }
      for (const x of data.classes) pending.push(s.classes.put(plain(x)))
      for (const x of data.students) pending.push(s.students.put(plain(x)))
      for (const x of data.schools) pending.push(s.schools.put(plain(x)))
      for (const x of data.schoolMemberships) pending.push(s.schoolMemberships.put(plain(x)))
      for (const x of data.summaries) pending.push(s.summaries.put(plain(x)))
      for (const x of data.rosters) pending.push(s.rosters.put(plain(x)))
      for (const x of data.periods) pending.push(s.periods.put(plain(x)))
      for (const x of data.classQuizzes) pending.push(s.classQuizzes.put(plain(x)))
      if (data.staff) pending.push(s.settings.put(plain(data.staff), 'staff'))
      await Promise.all(pending)
      const [classes, students, summaries, schools, memberships] = await Promise.all([
        s.classes.count(),
        s.students.count(),
        s.summaries.count(),
        s.schools.count(),
        s.schoolMemberships.count(),
      ])
      await tx.done
      return { ...report, totals: { classes, students, summaries, schools: schools + memberships } }
    } catch (e) {
      // A throwing put (disk full) does not abort by itself: abort, so the clears and writes so far roll back.
      try {
        tx.abort()
      } catch {
        // Already finished or aborted.
      }
      await Promise.allSettled([...pending, tx.done])
      throw e
    }
  })
}
