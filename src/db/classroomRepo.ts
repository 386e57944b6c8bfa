// Classroom data on the teacher's phone (classes, students' records merged from receipts) and on the
// student's phone (class memberships). Verifying receipts happens before the transaction: IndexedDB
// transactions close on any non-IndexedDB await, so a batch is decoded first and merged in one write.
import { abortQuietly, getDB, plain, write } from './index'
import { listLatest, saveOwn } from './newestRepo'
import type { Membership, Roster, StaffRecord, TeacherClass } from '@/domain/records'
import { mergeReceipt, mergeRows } from '@/domain/merge'
import type { Receipt, StudentRecord } from '@/domain/records'

/** The classes made on this phone, newest first. */
export const listClasses = (): Promise<TeacherClass[]> => listLatest('classes')
export const saveClass = (c: TeacherClass): Promise<void> => saveOwn('classes', c)

const byName = new Intl.Collator('vi')

export async function listStudents(classId: string): Promise<StudentRecord[]> {
  const db = await getDB()
  const all = await db.getAllFromIndex('students', 'byClass', classId)
  return all.sort((a, b) => a.classNumber - b.classNumber || byName.compare(a.name, b.name))
}

export interface MergeReport {
  added: number
  updated: number
  unchanged: number
}

/**
 * Merges verified receipts in one transaction; the same receipt twice, or an older one, changes nothing.
 * One `getAll` per class reads what is stored, the merge runs in memory, and every put is issued at once
 * (awaiting each round trip made 10,000 receipts take 35 s on a cheap phone).
 */
export function mergeReceipts(
  receipts: readonly Receipt[],
): Promise<MergeReport & { outcomes: Array<'added' | 'updated' | 'duplicate' | 'older'> }> {
  return write(async (db) => {
    const tx = db.transaction('students', 'readwrite')
    const pending: Array<Promise<unknown>> = []
    try {
      const classIds = [...new Set(receipts.map((r) => r.classId))]
      const stored = await Promise.all(classIds.map((id) => tx.store.index('byClass').getAll(id)))
      const known = new Map<string, StudentRecord>()
      for (const rows of stored) for (const row of rows) known.set(`${row.classId}/${row.studentId}`, row)
      const changed = new Map<string, StudentRecord>()
      const outcomes: Array<'added' | 'updated' | 'duplicate' | 'older'> = []
      for (const r of receipts) {
        const k = `${r.classId}/${r.studentId}`
        const before = known.get(k)
        const result = mergeReceipt(before, r)
        if (result.changed) {
          outcomes.push(before ? 'updated' : 'added')
          known.set(k, result.record)
          changed.set(k, result.record)
        } else outcomes.push(result.reason ?? 'duplicate')
      }
      // The last state of each student is written once, however many receipts of theirs came in the batch.
      for (const record of changed.values()) pending.push(tx.store.put(plain(record)))
      await Promise.all([...pending, tx.done])
      return {
        outcomes,
        added: outcomes.filter((o) => o === 'added').length,
        updated: outcomes.filter((o) => o === 'updated').length,
        unchanged: outcomes.filter((o) => o === 'duplicate' || o === 'older').length,
      }
    } catch (e) {
      abortQuietly(tx)
      await Promise.allSettled([...pending, tx.done])
      throw e
    }
  })
}

/**
 * The teacher's reset of one student's record (a receipt forged with the highest sequence number froze
 * it): the results are cleared and the sequence set to 0, so the student's next receipt, whatever its
 * number, becomes the record. Name and class number stay so the row keeps its place.
 */
export function resetStudent(classId: string, studentId: string, now = Date.now()): Promise<StudentRecord | undefined> {
  return write(async (db) => {
    const tx = db.transaction('students', 'readwrite')
    const old = await tx.store.get([classId, studentId])
    const next = old && { ...old, lastSeq: 0, lastReceiptAt: Math.min(old.lastReceiptAt, now), modules: {} }
    if (next) await tx.store.put(next)
    await tx.done
    return next
  })
}

/** The classes this phone's student joined, newest first. */
export const listMemberships = (): Promise<Membership[]> => listLatest('memberships')

export function saveMembership(m: Membership): Promise<void> {
  return write(async (db) => {
    await db.put('memberships', { ...m })
  })
}

/** Raises the receipt sequence of a membership and returns the new value, in one transaction. */
export function nextSeq(classId: string, now = Date.now()): Promise<number> {
  return write(async (db) => {
    const tx = db.transaction('memberships', 'readwrite')
    const m = await tx.store.get(classId)
    if (!m) throw new Error('not a member of this class')
    const seq = m.seq + 1
    await tx.store.put({ ...m, seq, lastSentAt: now })
    await tx.done
    return seq
  })
}

export async function loadStaff(): Promise<StaffRecord | undefined> {
  return (await (await getDB()).get('settings', 'staff')) as StaffRecord | undefined
}

export function saveStaff(s: StaffRecord): Promise<void> {
  return write(async (db) => {
    await db.put('settings', { ...s }, 'staff')
  })
}

// ---- class list (v6) ----

export async function getRoster(classId: string): Promise<Roster | undefined> {
  return (await getDB()).get('rosters', classId)
}

/** Saves a class's list or typed size as a whole; the students' receipts are another store and stay. */
export function saveRoster(r: Roster): Promise<void> {
  return write(async (db) => {
    await db.put('rosters', JSON.parse(JSON.stringify(r)) as Roster)
  })
}

/** Links a student's receipts to a list row (the row number), in one transaction with the list read. */
export function linkStudent(classId: string, studentId: string, number: number, now = Date.now()): Promise<Roster> {
  return write(async (db) => {
    const tx = db.transaction('rosters', 'readwrite')
    const r = await tx.store.get(classId)
    if (!r) throw new Error('no class list to link to')
    const next: Roster = { ...r, links: { ...r.links, [studentId]: number }, updatedAt: now }
    await tx.store.put(next)
    await tx.done
    return next
  })
}

/**
 * Joins two rows of one student (a phone reset) in one transaction: the merged row is written, the other
 * deleted, and a list link of the dropped id moves to the kept one.
 */
export function mergeStudentRows(classId: string, a: string, b: string, now = Date.now()): Promise<StudentRecord> {
  return write(async (db) => {
    const tx = db.transaction(['students', 'rosters'], 'readwrite')
    const students = tx.objectStore('students')
    const [x, y, roster] = await Promise.all([
      students.get([classId, a]),
      students.get([classId, b]),
      tx.objectStore('rosters').get(classId),
    ])
    if (!x || !y) throw new Error('mergeStudentRows: a row is missing')
    const { keep, drop } = mergeRows(x, y)
    await students.put(JSON.parse(JSON.stringify(keep)) as StudentRecord)
    await students.delete([classId, drop.studentId])
    if (roster && Object.prototype.hasOwnProperty.call(roster.links, drop.studentId)) {
      const links = { ...roster.links }
      const row = links[drop.studentId]!
      delete links[drop.studentId]
      links[keep.studentId] ??= row
      await tx.objectStore('rosters').put({ ...roster, links, updatedAt: now })
    }
    await tx.done
    return keep
  })
}
