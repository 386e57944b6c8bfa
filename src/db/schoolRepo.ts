// The school roll-up: the schools a reporting officer made on this phone, the schools a teacher reports
// to, and the class summaries received, kept as the newest per [school, class, month] (newestRepo.ts).
import { plain, write } from './index'
import { listLatest, listNewest, saveMembership, saveOwn, storeNewest, type NewestOutcome } from './newestRepo'
import type { ClassSummary, School, SchoolMembership, StaffRecord, StoredSummary } from '@/domain/records'

export type SummaryOutcome = NewestOutcome

export const listSchools = (): Promise<School[]> => listLatest('schools')
export const saveSchool = (s: School): Promise<void> => saveOwn('schools', s)
export const listSchoolMemberships = (): Promise<SchoolMembership[]> => listLatest('schoolMemberships')
/** Joins (or re-joins) a school; a re-join keeps the sequence so that older summaries never win. */
export const saveSchoolMembership = (m: SchoolMembership): Promise<SchoolMembership> =>
  saveMembership('schoolMemberships', m)

/**
 * One transaction for "send a summary": raises the membership's sequence and, when the teacher has no
 * staff record yet, creates it (its teacherId is what the school counts teachers by).
 */
export function nextSummarySeq(
  schoolId: string,
  staffIfMissing: StaffRecord,
): Promise<{ seq: number; staff: StaffRecord }> {
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
export const storeSummaries = (summaries: readonly ClassSummary[], now?: number): Promise<SummaryOutcome[]> =>
  storeNewest('summaries', summaries, now)

/** Every summary of a school (all months): the report picks its month, the month list comes from it. */
export const listSummaries = (schoolId: string): Promise<StoredSummary[]> => listNewest('summaries', schoolId)
