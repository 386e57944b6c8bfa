// The backup of everything a person holds: reads every store the backup covers in one transaction, and
// restores a validated backup (merge or replace) in one readwrite transaction, so a failure leaves nothing
// half done. Validation is pure (exchange/backup/teacher.ts), the merge rule too (domain/merge.ts).
import type { StoreNames } from 'idb'
import { getDB, plain, write } from './index'
import type { KnsDB } from './schema'
import type { StaffRecord } from '@/domain/records'
import type { BackupData } from '@/domain/records'
import { LIST_KINDS, mergeBackup, type ListKind, type MergeCount } from '@/domain/merge'

type StoreName = StoreNames<KnsDB>

/** Every store whose records all travel in a backup file (the file's lists are named as the stores). */
export const STORES_IN_BACKUP: readonly StoreName[] = LIST_KINDS

/**
 * Stores left out of the file, each with the reason. A new store must be added to one of the two lists:
 * the coverage test opens the real schema and fails on a store that is in neither.
 */
export const STORES_LEFT_OUT: Readonly<Partial<Record<StoreName, string>>> = {
  settings:
    'Only the teacher readiness record (key "staff") travels, as `staff`; the other keys describe this ' +
    'phone, not the person: the profile and preferences (chosen again at first run on a new phone), the ' +
    'learner list and active learner of a shared phone (each learner has a database of her own, and her ' +
    'own file), the last backup date and the installed locality packs (downloaded again).',
}

/** Store names that are in no backup and on no written list: what the coverage test reports. */
export function storesWithoutDecision(names: Iterable<string>): string[] {
  const known = new Set<string>([...STORES_IN_BACKUP, ...Object.keys(STORES_LEFT_OUT)])
  return [...names].filter((n) => !known.has(n))
}

const TX_STORES: StoreName[] = [...LIST_KINDS, 'settings']

interface AnyStore {
  getAll(): Promise<unknown[]>
  put(value: unknown): Promise<unknown>
  clear(): Promise<void>
  count(): Promise<number>
}

export async function readAll(): Promise<BackupData> {
  const db = await getDB()
  const tx = db.transaction(TX_STORES)
  const store = (k: ListKind) => tx.objectStore(k) as unknown as AnyStore
  const [staff, ...lists] = await Promise.all([
    tx.objectStore('settings').get('staff'),
    ...LIST_KINDS.map((k) => store(k).getAll()),
  ])
  await tx.done
  const data = { staff: (staff as StaffRecord | undefined) ?? null } as BackupData
  LIST_KINDS.forEach((k, i) => ((data as unknown as Record<string, unknown>)[k] = lists[i]))
  return data
}

export interface BackupStatus {
  lastBackupAt?: number
  /** Records the backup holds, over every store it covers (a phone with only a unit counts too). */
  records: number
}

/** What the backup card shows: counts only, so a 1,000-student phone does not read every record. */
export async function loadBackupStatus(): Promise<BackupStatus> {
  const db = await getDB()
  const tx = db.transaction(TX_STORES)
  const [last, staff, ...counts] = await Promise.all([
    tx.objectStore('settings').get('lastBackupAt'),
    tx.objectStore('settings').count('staff'),
    ...LIST_KINDS.map((k) => (tx.objectStore(k) as unknown as AnyStore).count()),
  ])
  await tx.done
  const records = counts.reduce((a, b) => a + b, staff)
  return typeof last === 'number' ? { lastBackupAt: last, records } : { records }
}

export function markBackedUp(now: number): Promise<void> {
  return write(async (db) => {
    await db.put('settings', now, 'lastBackupAt')
  })
}

export type RestoreMode = 'merge' | 'replace'

export type RestoreReport = Record<ListKind, MergeCount> & {
  mode: RestoreMode
  staff: boolean
  /** What this phone holds afterwards. */
  totals: { classes: number; students: number; summaries: number; schools: number; units: number; teams: number }
}

const none = (): MergeCount => ({ added: 0, updated: 0, kept: 0 })

/**
 * Applies a validated backup in ONE readwrite transaction. Replace clears the stores (and the staff
 * record) first; merge reads this phone's records inside the same transaction, so nothing written in
 * between is lost. Only IndexedDB requests are awaited inside it: any other await would close it.
 */
export function restore(backup: { data: BackupData }, mode: RestoreMode): Promise<RestoreReport> {
  return write(async (db) => {
    const tx = db.transaction(TX_STORES, 'readwrite')
    const store = (k: ListKind) => tx.objectStore(k) as unknown as AnyStore
    const settings = tx.objectStore('settings')
    // Every request made, so that after a failure none is left to reject unobserved.
    const pending: Array<Promise<unknown>> = []
    try {
      const incoming = backup.data
      let data: BackupData
      let report: Omit<RestoreReport, 'totals'>
      if (mode === 'replace') {
        await Promise.all([...LIST_KINDS.map((k) => store(k).clear()), settings.delete('staff')])
        data = incoming
        report = { mode, staff: data.staff !== null } as Omit<RestoreReport, 'totals'>
        for (const k of LIST_KINDS) report[k] = { ...none(), added: data[k].length }
      } else {
        const [staff, ...lists] = await Promise.all([
          settings.get('staff'),
          ...LIST_KINDS.map((k) => store(k).getAll()),
        ])
        const current = { staff: (staff as StaffRecord | undefined) ?? null } as BackupData
        LIST_KINDS.forEach((k, i) => ((current as unknown as Record<string, unknown>)[k] = lists[i]))
        const plan = mergeBackup(current, incoming)
        data = plan.write
        report = { mode, ...plan.counts }
      }
      for (const k of LIST_KINDS) for (const x of data[k]) pending.push(store(k).put(plain(x)))
      if (data.staff) pending.push(settings.put(plain(data.staff), 'staff'))
      await Promise.all(pending)
      const n = await Promise.all(LIST_KINDS.map((k) => store(k).count()))
      await tx.done
      const c = Object.fromEntries(LIST_KINDS.map((k, i) => [k, n[i]!])) as Record<ListKind, number>
      return {
        ...report,
        totals: {
          classes: c.classes,
          students: c.students,
          summaries: c.summaries + c.schoolSummaries + c.outreachSummaries,
          schools: c.schools + c.schoolMemberships,
          units: c.units + c.unitMemberships,
          teams: c.teams + c.teamMemberships,
        },
      }
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

/** What erasing this profile would take away: the figures the erase dialog names. */
export interface Holdings {
  classes: number
  /** Students' results received (other people's). */
  students: number
  units: number
  teams: number
  /** Summaries received (class, school and outreach reports). */
  reports: number
  schools: number
}

export async function loadHoldings(): Promise<Holdings> {
  const db = await getDB()
  const tx = db.transaction(TX_STORES)
  const count = (k: ListKind) => (tx.objectStore(k) as unknown as AnyStore).count()
  const [classes, students, units, unitM, teams, teamM, summaries, schoolS, outreachS, schools, schoolM] =
    await Promise.all(
      (
        [
          'classes',
          'students',
          'units',
          'unitMemberships',
          'teams',
          'teamMemberships',
          'summaries',
          'schoolSummaries',
          'outreachSummaries',
          'schools',
          'schoolMemberships',
        ] as const
      ).map(count),
    )
  await tx.done
  return {
    classes: classes!,
    students: students!,
    units: units! + unitM!,
    teams: teams! + teamM!,
    reports: summaries! + schoolS! + outreachS!,
    schools: schools! + schoolM!,
  }
}
