// The school roll-up: the schools a reporting officer made on this phone, the schools a teacher reports
// to, and the class summaries received. Summaries are verified before a transaction opens (an await on
// Web Crypto would close it); a batch is then stored in one write, keeping the highest seq per
// [school, class, month].
import { getDB, write } from './index'
import type { School, SchoolMembership, StaffRecord, StoredSummary } from '@/domain/records'
import type { ClassSummary } from '@/domain/records'

export type SummaryOutcome = 'added' | 'updated' | 'duplicate' | 'older'

/** IndexedDB must be handed plain data, never a Vue proxy. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

export async function listSchools(): Promise<School[]> {
  return (await (await getDB()).getAll('schools')).sort((a, b) => b.createdAt - a.createdAt)
}

export function saveSchool(s: School): Promise<void> {
  return write(async (db) => {
    await db.put('schools', plain(s))
  })
}

export async function listSchoolMemberships(): Promise<SchoolMembership[]> {
  return (await (await getDB()).getAll('schoolMemberships')).sort((a, b) => b.joinedAt - a.joinedAt)
}

/** Joins (or re-joins) a school; a re-join keeps the sequence so that older summaries never win. */
export function saveSchoolMembership(m: SchoolMembership): Promise<SchoolMembership> {
  return write(async (db) => {
    const tx = db.transaction('schoolMemberships', 'readwrite')
    const old = await tx.store.get(m.schoolId)
    const next: SchoolMembership = old ? { ...m, seq: Math.max(old.seq, m.seq), joinedAt: old.joinedAt } : m
    await tx.store.put(plain(next))
    await tx.done
    return next
  })
}

/**
 * One transaction for "send a summary": raises the membership's sequence and, when the teacher has no
 * staff record yet, creates it (its teacherId is what the school counts teachers by).
 */
export function nextSummarySeq(schoolId: string, staffIfMissing: StaffRecord): Promise<{ seq: number; staff: StaffRecord }> {
  return write(async (db) => {
    const tx = db.transaction(['schoolMemberships', 'settings'], 'readwrite')
    const memberships = tx.objectStore('schoolMemberships')
    const settings = tx.objectStore('settings')
    const m = await memberships.get(schoolId)
    if (!m) throw new Error('not a member of this school')
    let staff = (await settings.get('staff')) as StaffRecord | undefined
    if (!staff) {
      staff = plain(staffIfMissing)
      await settings.put(staff, 'staff')
    }
    const seq = m.seq + 1
    await memberships.put({ ...m, seq })
    await tx.done
    return { seq, staff }
  })
}

/** Stores verified summaries in one transaction; the same summary twice, or an older one, changes nothing. */
export function storeSummaries(summaries: readonly ClassSummary[], now = Date.now()): Promise<SummaryOutcome[]> {
  return write(async (db) => {
    const tx = db.transaction('summaries', 'readwrite')
    const seen = new Map<string, number>()
    const outcomes: SummaryOutcome[] = []
    for (const s of summaries) {
      const key: [string, string, string] = [s.schoolId, s.classId, s.month]
      const k = key.join('/')
      const storedSeq = seen.has(k) ? seen.get(k) : (await tx.store.get(key))?.summary.seq
      if (storedSeq !== undefined && s.seq <= storedSeq) {
        outcomes.push(s.seq === storedSeq ? 'duplicate' : 'older')
        continue
      }
      const record: StoredSummary = { schoolId: s.schoolId, classId: s.classId, month: s.month, summary: plain(s), receivedAt: now }
      await tx.store.put(record)
      outcomes.push(storedSeq === undefined ? 'added' : 'updated')
      seen.set(k, s.seq)
    }
    await tx.done
    return outcomes
  })
}

/** Every summary of a school (all months): the report picks its month, the month list comes from it. */
export async function listSummaries(schoolId: string): Promise<StoredSummary[]> {
  const db = await getDB()
  return db.getAllFromIndex('summaries', 'bySchoolMonth', IDBKeyRange.bound([schoolId, ''], [schoolId, '\uffff']))
}
