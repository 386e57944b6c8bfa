// The one merge rule. Whatever brings a student's results to the teacher's phone — a receipt, a backup
// file from another phone, or two rows of the same student joined by the teacher — ends in mergeModules:
// per module the earliest completion, the highest score and the most attempts, so a completion recorded
// anywhere is never lost. Records keyed by id merge with mergeBy. Pure; the db layer stores the result in
// one transaction. Rules in words: docs/receipt-format.md, "Merging".
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import type {
  BackupData,
  ClassQuizSession,
  ModuleRecord,
  TaughtPeriod,
  ModuleResult,
  OutreachOutcome,
  OutreachSession,
  Receipt,
  Roster,
  School,
  SchoolMembership,
  StaffRecord,
  StoredSummary,
  StudentRecord,
  TeacherClass,
} from './records'

export type { ModuleRecord, StudentRecord }

type Modules = Partial<Record<ModuleId, ModuleRecord>>

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return Math.min(a, b)
}

function own<T>(map: Readonly<Partial<Record<string, T>>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined
}

/**
 * One module from two sources: the earliest completion, the highest score, the most attempts. What the last
 * quiz attempt missed (receipt v2) is a snapshot, not a record to keep: `got` (the newer source) gives it,
 * else `had` keeps its own.
 */
export function mergeModule(had: ModuleResult | undefined, got: ModuleResult | undefined): ModuleRecord | undefined {
  if (!had || !got) {
    const only = had ?? got
    return only && { ...only, ...(only.missed ? { missed: [...only.missed] } : {}) }
  }
  const completedAt = minDefined(had.completedAt, got.completedAt)
  const m: ModuleRecord = {
    bestScore: Math.max(had.bestScore, got.bestScore),
    attempts: Math.max(had.attempts, got.attempts),
  }
  const last = got.missed ? got : had.missed ? had : undefined
  const misses = last?.missed ? { missed: [...last.missed], criticalMissed: last.criticalMissed === true } : {}
  return completedAt === undefined ? { ...m, ...misses } : { completedAt, ...m, ...misses }
}

/** Every known module of two module maps, merged. Keys come from outside: only known module ids count. */
export function mergeModules(a: Readonly<Modules>, b: Readonly<Modules>): Modules {
  const out: Modules = {}
  for (const id of MODULE_IDS) {
    const m = mergeModule(own(a, id), own(b, id))
    if (m) out[id] = m
  }
  return out
}

function sameModules(a: Readonly<Modules>, b: Readonly<Modules>): boolean {
  return MODULE_IDS.every((id) => {
    const x = own(a, id)
    const y = own(b, id)
    return (
      x?.completedAt === y?.completedAt &&
      x?.bestScore === y?.bestScore &&
      x?.attempts === y?.attempts &&
      x?.criticalMissed === y?.criticalMissed &&
      (x?.missed ?? []).join() === (y?.missed ?? []).join() &&
      !x?.missed === !y?.missed
    )
  })
}

export interface MergeOutcome {
  record: StudentRecord
  changed: boolean
  /** Why nothing changed: the same receipt again, or one older than what is recorded. */
  reason?: 'duplicate' | 'older'
}

/**
 * Merges a verified receipt into the stored record of its student. A newer receipt (higher seq) takes the
 * name and class number as sent; the modules merge by mergeModules, so a completion already recorded is
 * never lost, even if the student's phone was reset. Throws on a record of another student (a caller bug).
 */
export function mergeReceipt(stored: StudentRecord | undefined, r: Receipt): MergeOutcome {
  if (stored && (stored.classId !== r.classId || stored.studentId !== r.studentId)) {
    throw new Error('mergeReceipt: the receipt is for another student or class')
  }
  if (stored && r.seq <= stored.lastSeq) {
    return { record: stored, changed: false, reason: r.seq === stored.lastSeq ? 'duplicate' : 'older' }
  }
  return {
    record: {
      classId: r.classId,
      studentId: r.studentId,
      name: r.name,
      classNumber: r.classNumber,
      lastSeq: r.seq,
      lastReceiptAt: r.issuedAt,
      modules: mergeModules(stored?.modules ?? {}, r.modules),
    },
    changed: true,
  }
}

/**
 * One student from two phones (a backup restore): the record with the higher lastSeq gives the name,
 * number and seq (a tie keeps this phone's); the modules merge by mergeModules.
 */
export function mergeStudent(mine: StudentRecord, theirs: StudentRecord): StudentRecord {
  const base = theirs.lastSeq > mine.lastSeq ? theirs : mine
  // The newer record goes second: its last quiz attempt is the one kept.
  return {
    ...base,
    modules: base === theirs ? mergeModules(mine.modules, theirs.modules) : mergeModules(theirs.modules, mine.modules),
  }
}

/**
 * Two rows of the same student in one class (a phone reset gave them a new id): one row, kept under the id
 * that sent the latest receipt (it is the phone still in use, and its next receipt must land on this row);
 * its name, number and seq stay; the modules merge by mergeModules, so nothing either row recorded is lost.
 */
export function mergeRows(a: StudentRecord, b: StudentRecord): { keep: StudentRecord; drop: StudentRecord } {
  if (a.classId !== b.classId || a.studentId === b.studentId)
    throw new Error('mergeRows: two different rows of one class are needed')
  const [newer, older] = b.lastReceiptAt > a.lastReceiptAt ? [b, a] : [a, b]
  return { keep: { ...newer, modules: mergeModules(older.modules, newer.modules) }, drop: older }
}

function sameStudent(a: StudentRecord, b: StudentRecord): boolean {
  return (
    a.name === b.name &&
    a.classNumber === b.classNumber &&
    a.lastSeq === b.lastSeq &&
    a.lastReceiptAt === b.lastReceiptAt &&
    sameModules(a.modules, b.modules)
  )
}

// ---- records keyed by id ----

export interface MergeCount {
  added: number
  updated: number
  /** Records of this phone left as they were (as new as, or newer than, the incoming ones). */
  kept: number
}

/** Merges by key: `pick` returns the record to store, or undefined to keep this phone's as it is. */
export function mergeBy<T>(
  mine: readonly T[],
  theirs: readonly T[],
  keyOf: (x: T) => string,
  pick: (mine: T, theirs: T) => T | undefined,
): { write: T[]; count: MergeCount } {
  const have = new Map(mine.map((x) => [keyOf(x), x]))
  const write: T[] = []
  const count: MergeCount = { added: 0, updated: 0, kept: 0 }
  for (const x of theirs) {
    const old = have.get(keyOf(x))
    if (!old) {
      write.push(x)
      count.added++
      continue
    }
    const next = pick(old, x)
    if (next) {
      write.push(next)
      count.updated++
    } else count.kept++
  }
  return { write, count }
}

/** Outreach sessions and outcomes: keep both; for the same id the newer `updatedAt` wins (a tie keeps this phone's). */
export function mergeNewer<T extends OutreachSession | OutreachOutcome>(
  mine: readonly T[],
  theirs: readonly T[],
): { write: T[]; count: MergeCount } {
  return mergeBy(
    mine,
    theirs,
    (x) => x.id,
    (a, b) => (b.updatedAt > a.updatedAt ? b : undefined),
  )
}

export const classKey = (c: TeacherClass): string => c.id
export const studentKey = (s: StudentRecord): string => `${s.classId}/${s.studentId}`
export const schoolKey = (s: School): string => s.id
export const membershipKey = (m: SchoolMembership): string => m.schoolId
export const summaryKey = (s: StoredSummary): string => `${s.schoolId}/${s.classId}/${s.month}`
export const rosterKey = (r: Roster): string => r.classId
export const periodKey = (p: TaughtPeriod): string => p.id
export const classQuizKey = (q: ClassQuizSession): string => q.id

export type RecordKind = keyof BackupData

export interface MergePlan {
  /** Only the records to write: new ones and changed ones. */
  write: BackupData
  counts: Record<Exclude<RecordKind, 'staff'>, MergeCount> & { staff: boolean }
}

/**
 * What a merge restore of teacher and school data writes. Classes, schools and school memberships: this
 * phone's copy stays, the file only adds missing ones (their keys sign codes: silently swapping a key would
 * break invites). Students: mergeStudent. Summaries: the higher summary.seq. Staff: the newer updatedAt. Rosters:
 * the newer updatedAt
 * (a class list is edited as a whole), keeping both phones' links.
 */
export function mergeBackup(current: BackupData, incoming: BackupData): MergePlan {
  const keep = (): undefined => undefined
  const classes = mergeBy(current.classes, incoming.classes, classKey, keep)
  const schools = mergeBy(current.schools, incoming.schools, schoolKey, keep)
  const schoolMemberships = mergeBy(current.schoolMemberships, incoming.schoolMemberships, membershipKey, keep)
  const students = mergeBy(current.students, incoming.students, studentKey, (a, b) => {
    const m = mergeStudent(a, b)
    return sameStudent(m, a) ? undefined : m
  })
  const summaries = mergeBy(current.summaries, incoming.summaries, summaryKey, (a, b) =>
    b.summary.seq > a.summary.seq ? b : undefined,
  )
  const rosters = mergeBy(current.rosters, incoming.rosters, rosterKey, (a, b) =>
    b.updatedAt > a.updatedAt ? { ...b, links: { ...a.links, ...b.links } } : undefined,
  )
  // Logged periods and quiz sessions are edited as a whole: for the same id the newer updatedAt wins.
  const newer = <T extends { updatedAt: number }>(a: T, b: T): T | undefined =>
    b.updatedAt > a.updatedAt ? b : undefined
  const periods = mergeBy(current.periods, incoming.periods, periodKey, newer)
  const classQuizzes = mergeBy(current.classQuizzes, incoming.classQuizzes, classQuizKey, newer)
  const staff: StaffRecord | null =
    incoming.staff && (!current.staff || incoming.staff.updatedAt > current.staff.updatedAt) ? incoming.staff : null
  return {
    write: {
      classes: classes.write,
      students: students.write,
      schools: schools.write,
      schoolMemberships: schoolMemberships.write,
      summaries: summaries.write,
      staff,
      rosters: rosters.write,
      periods: periods.write,
      classQuizzes: classQuizzes.write,
    },
    counts: {
      classes: classes.count,
      students: students.count,
      schools: schools.count,
      schoolMemberships: schoolMemberships.count,
      summaries: summaries.count,
      staff: staff !== null,
      rosters: rosters.count,
      periods: periods.count,
      classQuizzes: classQuizzes.count,
    },
  }
}
