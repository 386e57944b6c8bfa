// The one merge rule. Whatever brings a student's results to the teacher's phone — a receipt, a backup
// file from another phone, or two rows of the same student joined by the teacher — ends in mergeModules:
// per module the earliest completion, the highest score and the most attempts, so a completion recorded
// anywhere is never lost. Records keyed by id merge with mergeBy. Pure; the db layer stores the result in
// one transaction. Rules in words: docs/receipt-format.md, "Merging".
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import type {
  BackupData,
  ClassQuizSession,
  LessonProgress,
  Membership,
  ModuleRecord,
  ModuleStatus,
  OutreachTeam,
  PracticeResult,
  ReportingUnit,
  StoredOutreachSummary,
  StoredSchoolSummary,
  TeamMembership,
  UnitMembership,
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
export const classMembershipKey = (m: Membership): string => m.classId
export const unitKey = (u: ReportingUnit): string => u.id
export const unitMembershipKey = (m: UnitMembership): string => m.unitId
export const schoolSummaryKey = (s: StoredSchoolSummary): string => `${s.unitId}/${s.schoolId}/${s.month}`
export const teamKey = (t: OutreachTeam): string => t.id
export const teamMembershipKey = (m: TeamMembership): string => m.teamId
export const outreachSummaryKey = (s: StoredOutreachSummary): string => `${s.toId}/${s.fromId}/${s.month}`
export const idKey = (x: { id: string }): string => x.id
export const lessonKey = (l: LessonProgress): string => `${l.moduleId}/${l.lessonId}`
export const practiceKey = (p: PracticeResult): string => `${p.moduleId}/${p.practiceId}`
export const statusKey = (m: ModuleStatus): string => m.moduleId

/**
 * A membership (class, school, unit or team joined) from two phones: this phone's record, key included (it
 * signs what is sent), with the HIGHEST sequence either holds. A lower one would make the receiver ignore
 * every next code as already imported.
 */
export function mergeMembership<T extends { seq: number; lastSentAt?: number }>(mine: T, theirs: T): T | undefined {
  const seq = Math.max(mine.seq, theirs.seq)
  const sent = theirs.lastSentAt === undefined ? mine.lastSentAt : Math.max(mine.lastSentAt ?? 0, theirs.lastSentAt)
  if (seq === mine.seq && sent === mine.lastSentAt) return undefined
  return sent === undefined ? { ...mine, seq } : { ...mine, seq, lastSentAt: sent }
}

/** One lesson from two phones: done if either finished it (the earliest completion), the furthest step, most time. */
export function mergeLesson(a: LessonProgress, b: LessonProgress): LessonProgress | undefined {
  const completedAt = minDefined(a.completedAt, b.completedAt)
  const m: LessonProgress = {
    ...a,
    step: Math.max(a.step, b.step),
    steps: Math.max(a.steps, b.steps),
    done: a.done || b.done,
    startedAt: Math.min(a.startedAt, b.startedAt),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
    timeMs: Math.max(a.timeMs, b.timeMs),
  }
  if (completedAt !== undefined) m.completedAt = completedAt
  return sameRecord(a, m) ? undefined : m
}

/** A practice from two phones: the best score, most attempts, earliest completion; the newer gives the last score. */
export function mergePractice(a: PracticeResult, b: PracticeResult): PracticeResult | undefined {
  const newer = b.updatedAt > a.updatedAt ? b : a
  const completedAt = minDefined(a.completedAt, b.completedAt)
  const m: PracticeResult = {
    ...a,
    attempts: Math.max(a.attempts, b.attempts),
    bestScore: Math.max(a.bestScore, b.bestScore),
    lastScore: newer.lastScore,
    mistakes: newer.mistakes,
    updatedAt: newer.updatedAt,
  }
  if (completedAt !== undefined) m.completedAt = completedAt
  return sameRecord(a, m) ? undefined : m
}

/** A module's status from two phones: the earliest completion and pass, the best score, most attempts. */
export function mergeStatus(a: ModuleStatus, b: ModuleStatus): ModuleStatus | undefined {
  const m: ModuleStatus = {
    moduleId: a.moduleId,
    bestScore: Math.max(a.bestScore, b.bestScore),
    attempts: Math.max(a.attempts, b.attempts),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
  }
  const passed = minDefined(a.quizPassedAt, b.quizPassedAt)
  const completedAt = minDefined(a.completedAt, b.completedAt)
  if (passed !== undefined) m.quizPassedAt = passed
  if (completedAt !== undefined) m.completedAt = completedAt
  return sameRecord(a, m) ? undefined : m
}

function sameRecord(a: object, b: object): boolean {
  const ka = Object.keys(a).sort()
  const kb = Object.keys(b).sort()
  return (
    ka.join() === kb.join() && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k])
  )
}

export type RecordKind = keyof BackupData

export interface MergePlan {
  /** Only the records to write: new ones and changed ones. */
  write: BackupData
  counts: Record<ListKind, MergeCount> & { staff: boolean }
}

/**
 * What a merge restore writes. Classes, schools, units and teams: this phone's copy stays, the file only
 * adds missing ones (their keys sign codes: silently swapping a key would break invites). Memberships of
 * every kind: this phone's copy with the highest sequence (mergeMembership). Students: mergeStudent.
 * Received summaries: the higher summary.seq. Staff, periods, quiz sessions, outreach sessions and outcomes,
 * quiz attempts: the newer updatedAt. Rosters: the newer updatedAt (a class list is edited as a whole),
 * keeping both phones' links. Learning progress: earliest completion, best score (mergeLesson, …).
 */
export function mergeBackup(current: BackupData, incoming: BackupData): MergePlan {
  const keep = (): undefined => undefined
  const newer = <T extends { updatedAt: number }>(a: T, b: T): T | undefined =>
    b.updatedAt > a.updatedAt ? b : undefined
  const higher = <T extends { summary: { seq: number } }>(a: T, b: T): T | undefined =>
    b.summary.seq > a.summary.seq ? b : undefined
  const by = <K extends ListKind>(
    kind: K,
    keyOf: (x: BackupData[K][number]) => string,
    pick: (a: BackupData[K][number], b: BackupData[K][number]) => BackupData[K][number] | undefined,
  ) => mergeBy(current[kind] as BackupData[K][number][], incoming[kind] as BackupData[K][number][], keyOf, pick)
  const lists = {
    classes: by('classes', classKey, keep),
    students: by('students', studentKey, (a, b) => {
      const m = mergeStudent(a, b)
      return sameStudent(m, a) ? undefined : m
    }),
    schools: by('schools', schoolKey, keep),
    schoolMemberships: by('schoolMemberships', membershipKey, mergeMembership),
    summaries: by('summaries', summaryKey, higher),
    rosters: by('rosters', rosterKey, (a, b) =>
      b.updatedAt > a.updatedAt ? { ...b, links: { ...a.links, ...b.links } } : undefined,
    ),
    periods: by('periods', periodKey, newer),
    classQuizzes: by('classQuizzes', classQuizKey, newer),
    memberships: by('memberships', classMembershipKey, mergeMembership),
    units: by('units', unitKey, keep),
    unitMemberships: by('unitMemberships', unitMembershipKey, mergeMembership),
    schoolSummaries: by('schoolSummaries', schoolSummaryKey, higher),
    teams: by('teams', teamKey, keep),
    teamMemberships: by('teamMemberships', teamMembershipKey, mergeMembership),
    outreachSummaries: by('outreachSummaries', outreachSummaryKey, higher),
    outreachSessions: by('outreachSessions', idKey, newer),
    outreachOutcomes: by('outreachOutcomes', idKey, newer),
    lessonProgress: by('lessonProgress', lessonKey, mergeLesson),
    practiceResults: by('practiceResults', practiceKey, mergePractice),
    quizAttempts: by('quizAttempts', idKey, newer),
    moduleStatus: by('moduleStatus', statusKey, mergeStatus),
  } satisfies { [K in ListKind]: { write: BackupData[K]; count: MergeCount } }
  const staff: StaffRecord | null =
    incoming.staff && (!current.staff || incoming.staff.updatedAt > current.staff.updatedAt) ? incoming.staff : null
  const write = { staff } as BackupData
  const counts = { staff: staff !== null } as MergePlan['counts']
  for (const k of LIST_KINDS) {
    ;(write as unknown as Record<string, unknown>)[k] = lists[k].write
    counts[k] = lists[k].count
  }
  return { write, counts }
}

/** Every list a backup holds (all but the staff record), each named as its IndexedDB store. */
export const LIST_KINDS = [
  'classes',
  'students',
  'schools',
  'schoolMemberships',
  'summaries',
  'rosters',
  'periods',
  'classQuizzes',
  'memberships',
  'units',
  'unitMemberships',
  'schoolSummaries',
  'teams',
  'teamMemberships',
  'outreachSummaries',
  'outreachSessions',
  'outreachOutcomes',
  'lessonProgress',
  'practiceResults',
  'quizAttempts',
  'moduleStatus',
] as const satisfies ReadonlyArray<Exclude<RecordKind, 'staff'>>
export type ListKind = (typeof LIST_KINDS)[number]
