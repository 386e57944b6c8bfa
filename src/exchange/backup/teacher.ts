// The teacher and school backup file: classes, students' records, schools, school memberships, class
// summaries and the teacher's readiness, as one JSON file; its validation and the merge rules of a restore.
// Pure (no Vue, no IndexedDB): src/db/backupRepo.ts applies the result in one transaction.
// A file is never trusted: every record is rebuilt field by field, unknown fields are dropped, and one
// broken record refuses the whole file, so a restore is all or nothing.
import type {
  BackupData,
  ClassQuizSession,
  Roster,
  School,
  SchoolMembership,
  StaffRecord,
  StoredSummary,
  TaughtPeriod,
  TeacherClass,
} from '@/domain/records'
import {
  classKey,
  classQuizKey,
  membershipKey,
  periodKey,
  type RecordKind,
  rosterKey,
  schoolKey,
  studentKey,
  summaryKey,
} from '@/domain/merge'
import { ROSTER_MAX, ROSTER_NUMBER_MAX } from '@/domain/roster'
import { isCalendarDate, PERIOD_NUMBER_MAX, PERIODS_PER_LOG_MAX } from '@/domain/period'
import { TALLY_MAX } from '@/domain/quiz/classQuiz'
import { MISSED_MAX } from '@/exchange/codec/receipt'
import { PERIODS_MAX } from '@/exchange/codec/summary'

export type { BackupData, RecordKind }
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import {
  ATTEMPTS_CAP,
  CLASS_NUMBER_MAX,
  fromBase64url,
  GRADE_MAX,
  GRADE_MIN,
  isId,
  KEY_BYTES,
  SEQ_MAX,
  STUDENT_COUNT_MAX,
  type ClassSummary,
  type ModuleFigures,
  type ModuleRecord,
  type StudentRecord,
} from '@/exchange/codec'
import { showableTime } from '@/domain/time'
import { arr, bool, int, Invalid, num, obj, str, text, time, type Obj } from '@/exchange/checks'
import { isDataKey, own } from '@/domain/keys'

export const BACKUP_APP = 'ky-nang-so'
export const BACKUP_KIND = 'teacher-backup'
/**
 * 2 adds the class lists (rosters); 3 the logged periods and the whole-class quiz sessions, and what each
 * student's last quiz attempt missed. Older files still restore, with none of what they predate.
 */
export const BACKUP_VERSION = 3
const READABLE_VERSIONS: readonly unknown[] = [1, 2, 3]
/** A school's years of data fit well under this; a bigger file is not ours (and would stall the phone). */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024

export interface Backup {
  app: typeof BACKUP_APP
  kind: typeof BACKUP_KIND
  version: typeof BACKUP_VERSION
  createdAt: number
  data: BackupData
}

export type BackupProblem = 'tooLarge' | 'notJson' | 'foreign' | 'outreachFile' | 'otherKind' | 'newer' | 'damaged'
export type ParsedBackup =
  { ok: true; backup: Backup } | { ok: false; problem: BackupProblem; record?: { kind: RecordKind; index: number } }

export function emptyData(): BackupData {
  return {
    classes: [],
    students: [],
    schools: [],
    schoolMemberships: [],
    summaries: [],
    staff: null,
    rosters: [],
    periods: [],
    classQuizzes: [],
  }
}

export function makeBackup(data: BackupData, now: number): Backup {
  return { app: BACKUP_APP, kind: BACKUP_KIND, version: BACKUP_VERSION, createdAt: now, data }
}

/** `kns-sao-luu-YYYY-MM-DD.json`, in the phone's own calendar day. */
export function backupFileName(now: number): string {
  const d = new Date(showableTime(now))
  const p = (n: number) => String(n).padStart(2, '0')
  return `kns-sao-luu-${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}.json`
}

/** The records a restore would bring: what the confirmation and the file summary show. */
export function countData(d: BackupData): {
  classes: number
  students: number
  summaries: number
  schools: number
} {
  return {
    classes: d.classes.length,
    students: d.students.length,
    summaries: d.summaries.length,
    schools: d.schools.length + d.schoolMemberships.length,
  }
}

// ---- validation ----

function id(v: unknown): string {
  if (!isId(v)) throw new Invalid()
  return v
}
/** A class or school key: 22 base64url characters that decode to exactly 16 bytes. */
function key(v: unknown): string {
  const d = typeof v === 'string' && v.length === 22 ? fromBase64url(v) : null
  if (!d || d.partial || !d.canonical || d.bytes.length !== KEY_BYTES) throw new Invalid()
  return v as string
}
const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/
function schoolYear(v: unknown): string {
  const m = SCHOOL_YEAR.exec(str(v, 9))
  if (!m || Number(m[2]) !== Number(m[1]) + 1) throw new Invalid()
  return m[0]
}
function month(v: unknown): string {
  const s = str(v, 7)
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(s)) throw new Invalid()
  return s
}
const MODULE_SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/
const isModuleId = (k: string): k is ModuleId => (MODULE_IDS as readonly string[]).includes(k)

const NAME = 100
const TEXT = 200

function teacherClass(v: unknown): TeacherClass {
  const o = obj(v)
  return {
    id: id(o.id),
    keyB64: key(o.keyB64),
    className: text(o.className, NAME),
    school: text(o.school, TEXT, true),
    schoolYear: schoolYear(o.schoolYear),
    grade: int(o.grade, GRADE_MIN, GRADE_MAX),
    createdAt: time(o.createdAt),
  }
}

function moduleRecord(v: unknown): ModuleRecord {
  const o = obj(v)
  const m: ModuleRecord = { bestScore: num(o.bestScore, 0, 100), attempts: int(o.attempts, 0, ATTEMPTS_CAP) }
  if (o.completedAt !== undefined) m.completedAt = time(o.completedAt)
  if (o.missed !== undefined) {
    const tags = arr(o.missed, MISSED_MAX).map((t) => int(t, 0, 0xffff))
    if (tags.some((t, i) => i > 0 && t <= tags[i - 1]!)) throw new Invalid()
    m.missed = tags
    m.criticalMissed = bool(o.criticalMissed)
  }
  return m
}

function student(v: unknown): StudentRecord {
  const o = obj(v)
  const raw = obj(o.modules)
  const keys = Object.keys(raw)
  if (keys.length > 31 || !keys.every((k) => MODULE_SLUG.test(k))) throw new Invalid()
  // Only modules this app knows are kept, read as own properties: a receipt drops the others too, and a key
  // such as `constructor` must never become a stored module. A newer phone's module comes back by receipt.
  const modules: StudentRecord['modules'] = {}
  for (const k of MODULE_IDS) {
    const m = own(raw, k)
    if (m !== undefined) modules[k] = moduleRecord(m)
  }
  return {
    classId: id(o.classId),
    studentId: id(o.studentId),
    name: text(o.name, NAME),
    classNumber: int(o.classNumber, 1, CLASS_NUMBER_MAX),
    lastSeq: int(o.lastSeq, 0, SEQ_MAX),
    lastReceiptAt: time(o.lastReceiptAt),
    modules,
  }
}

function school(v: unknown): School {
  const o = obj(v)
  return {
    id: id(o.id),
    keyB64: key(o.keyB64),
    name: text(o.name, TEXT),
    upperLevel: text(o.upperLevel, TEXT, true),
    createdAt: time(o.createdAt),
  }
}

function schoolMembership(v: unknown): SchoolMembership {
  const o = obj(v)
  return {
    schoolId: id(o.schoolId),
    keyB64: key(o.keyB64),
    schoolName: text(o.schoolName, TEXT),
    upperLevel: text(o.upperLevel, TEXT, true),
    joinedAt: time(o.joinedAt),
    seq: int(o.seq, 0, SEQ_MAX),
  }
}

function figures(v: unknown, studentCount: number): ModuleFigures {
  const o = obj(v)
  const f: ModuleFigures = {
    completedInMonth: int(o.completedInMonth, 0, STUDENT_COUNT_MAX),
    completedTotal: int(o.completedTotal, 0, STUDENT_COUNT_MAX),
    outOf: int(o.outOf, 0, STUDENT_COUNT_MAX),
    averageBestScore: o.averageBestScore === null ? null : num(o.averageBestScore, 0, 100),
  }
  // Summary v2's figures; a summary stored before them reads as the v1 decoder reads it.
  f.learnedInClass = o.learnedInClass === undefined ? 0 : int(o.learnedInClass, 0, STUDENT_COUNT_MAX)
  f.learners = o.learners === undefined ? f.completedTotal : int(o.learners, 0, STUDENT_COUNT_MAX)
  f.periods = o.periods === undefined ? 0 : int(o.periods, 0, PERIODS_MAX)
  if (f.completedInMonth > f.completedTotal || f.completedTotal > f.outOf || f.outOf > studentCount) throw new Invalid()
  if (
    f.learnedInClass > f.learners ||
    f.completedTotal > f.learners ||
    f.learners > f.outOf ||
    f.learners > f.learnedInClass + f.completedTotal
  )
    throw new Invalid()
  return f
}

function classSummary(v: unknown): ClassSummary {
  const o = obj(v)
  const studentCount = int(o.studentCount, 0, STUDENT_COUNT_MAX)
  const raw = obj(o.modules)
  if (!Object.keys(raw).every(isModuleId)) throw new Invalid()
  const modules: Partial<Record<ModuleId, ModuleFigures>> = {}
  for (const k of MODULE_IDS) {
    const f = own(raw, k)
    if (f !== undefined) modules[k] = figures(f, studentCount)
  }
  const r = obj(o.readiness)
  return {
    schoolId: id(o.schoolId),
    classId: id(o.classId),
    teacherId: id(o.teacherId),
    teacherName: text(o.teacherName, NAME),
    className: text(o.className, NAME),
    grade: int(o.grade, GRADE_MIN, GRADE_MAX),
    schoolYear: schoolYear(o.schoolYear),
    month: month(o.month),
    studentCount,
    modules,
    teacherCompleted: arr(o.teacherCompleted, MODULE_IDS.length).map((m) => {
      if (typeof m !== 'string' || !isModuleId(m)) throw new Invalid()
      return m
    }),
    readiness: {
      vneidLevel2: bool(r.vneidLevel2),
      dvcPortal: bool(r.dvcPortal),
      fiveSkills: bool(r.fiveSkills),
    },
    issuedAt: time(o.issuedAt),
    seq: int(o.seq, 0, SEQ_MAX),
  }
}

function storedSummary(v: unknown): StoredSummary {
  const o = obj(v)
  const s: StoredSummary = {
    schoolId: id(o.schoolId),
    classId: id(o.classId),
    month: month(o.month),
    summary: classSummary(o.summary),
    receivedAt: time(o.receivedAt),
  }
  // The key must say what the summary says, or the "highest seq per class and month" rule breaks.
  if (s.summary.schoolId !== s.schoolId || s.summary.classId !== s.classId || s.summary.month !== s.month)
    throw new Invalid()
  return s
}

function roster(v: unknown): Roster {
  const o = obj(v)
  const seen = new Set<number>()
  const entries = arr(o.entries, ROSTER_MAX).map((e) => {
    const x = obj(e)
    const number = int(x.number, 1, ROSTER_NUMBER_MAX)
    if (seen.has(number)) throw new Invalid()
    seen.add(number)
    return { number, name: text(x.name, NAME) }
  })
  const linkEntries = Object.entries(obj(o.links))
  if (linkEntries.length > ROSTER_MAX * 4) throw new Invalid()
  const links: Record<string, number> = {}
  for (const [k, n] of linkEntries) links[id(k)] = int(n, 1, ROSTER_NUMBER_MAX)
  const r: Roster = { classId: id(o.classId), entries, links, updatedAt: time(o.updatedAt) }
  if (o.size !== undefined) r.size = int(o.size, 0, STUDENT_COUNT_MAX)
  return r
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
function taughtPeriod(v: unknown): TaughtPeriod {
  const o = obj(v)
  const sortedInts = (x: unknown, max: number, lo: number, hi: number): number[] => {
    const list = arr(x, max).map((n) => int(n, lo, hi))
    if (list.some((n, i) => i > 0 && n <= list[i - 1]!)) throw new Invalid()
    return list
  }
  const date = str(o.date, 10)
  if (!DATE.test(date) || !isCalendarDate(date)) throw new Invalid()
  const moduleIds = arr(o.moduleIds, MODULE_IDS.length).map((m) => {
    if (typeof m !== 'string' || !isModuleId(m)) throw new Invalid()
    return m
  })
  const present = sortedInts(o.present, ROSTER_MAX, 1, ROSTER_NUMBER_MAX)
  const periods = sortedInts(o.periods, PERIODS_PER_LOG_MAX, 1, PERIOD_NUMBER_MAX)
  if (!moduleIds.length || !present.length || !periods.length || new Set(moduleIds).size !== moduleIds.length)
    throw new Invalid()
  return {
    id: id(o.id),
    classId: id(o.classId),
    date,
    periods,
    moduleIds,
    present,
    rosterSize: int(o.rosterSize, 1, ROSTER_MAX),
    teacherName: text(o.teacherName, NAME),
    createdAt: time(o.createdAt),
    updatedAt: time(o.updatedAt),
  }
}

const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
function questionId(v: unknown): string {
  const s = str(v, 80)
  if (!QUESTION_ID.test(s) || !isDataKey(s)) throw new Invalid()
  return s
}

function classQuiz(v: unknown): ClassQuizSession {
  const o = obj(v)
  const questionIds = arr(o.questionIds, 200).map(questionId)
  const tallies: Record<string, Record<string, number>> = {}
  const raw = Object.entries(obj(o.tallies))
  if (raw.length > 200) throw new Invalid()
  for (const [q, row] of raw) {
    const entries = Object.entries(obj(row))
    if (entries.length > 40) throw new Invalid()
    const out: Record<string, number> = {}
    for (const [k, n] of entries) out[questionId(k)] = int(n, 0, TALLY_MAX)
    tallies[questionId(q)] = out
  }
  const s: ClassQuizSession = {
    id: id(o.id),
    classId: id(o.classId),
    moduleId: str(o.moduleId, 60),
    questionIds,
    tallies,
    current: int(o.current, 0, questionIds.length),
    revealed: arr(o.revealed, 200).map(questionId),
    startedAt: time(o.startedAt),
    updatedAt: time(o.updatedAt),
  }
  if (!isModuleId(s.moduleId)) throw new Invalid()
  if (o.finishedAt !== undefined) s.finishedAt = time(o.finishedAt)
  return s
}

function staffRecord(v: unknown): StaffRecord {
  const o = obj(v)
  return {
    teacherId: id(o.teacherId),
    vneidLevel2: bool(o.vneidLevel2),
    dvcPortal: bool(o.dvcPortal),
    fiveSkills: bool(o.fiveSkills),
    updatedAt: time(o.updatedAt),
  }
}

export {
  classKey,
  classQuizKey,
  membershipKey,
  periodKey,
  rosterKey,
  schoolKey,
  studentKey,
  summaryKey,
} from '@/domain/merge'

class BadRecord extends Error {
  constructor(
    readonly kind: RecordKind,
    readonly index: number,
  ) {
    super(`bad ${kind} #${index}`)
  }
}

function list<T>(
  data: Obj,
  kind: Exclude<RecordKind, 'staff'>,
  max: number,
  build: (v: unknown) => T,
  keyOf: (x: T) => string,
): T[] {
  const raw = arr(data[kind], max)
  const seen = new Set<string>()
  return raw.map((v, i) => {
    try {
      const x = build(v)
      const k = keyOf(x)
      if (seen.has(k)) throw new Invalid()
      seen.add(k)
      return x
    } catch {
      throw new BadRecord(kind, i)
    }
  })
}

function fail(problem: BackupProblem, record?: { kind: RecordKind; index: number }): ParsedBackup {
  return record ? { ok: false, problem, record } : { ok: false, problem }
}

/** Reads a backup file's text. Never throws; a refusal names the problem kind (and the broken record). */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) return fail('tooLarge')
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return fail('notJson')
  }
  const o: Obj = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Obj) : {}
  if (o.format === 'kns-outreach-backup') return fail('outreachFile')
  if (o.app !== BACKUP_APP) return fail('foreign')
  if (o.kind !== BACKUP_KIND) return fail('otherKind')
  if (typeof o.version === 'number' && o.version > BACKUP_VERSION) return fail('newer')
  if (!READABLE_VERSIONS.includes(o.version)) return fail('damaged')
  try {
    const d = obj(o.data)
    const data: BackupData = {
      classes: list(d, 'classes', 10_000, teacherClass, classKey),
      students: list(d, 'students', 1_000_000, student, studentKey),
      schools: list(d, 'schools', 1000, school, schoolKey),
      schoolMemberships: list(d, 'schoolMemberships', 1000, schoolMembership, membershipKey),
      summaries: list(d, 'summaries', 1_000_000, storedSummary, summaryKey),
      staff: null,
      rosters: d.rosters === undefined ? [] : list(d, 'rosters', 10_000, roster, rosterKey),
      periods: d.periods === undefined ? [] : list(d, 'periods', 100_000, taughtPeriod, periodKey),
      classQuizzes: d.classQuizzes === undefined ? [] : list(d, 'classQuizzes', 100_000, classQuiz, classQuizKey),
    }
    if (d.staff !== undefined && d.staff !== null) {
      try {
        data.staff = staffRecord(d.staff)
      } catch {
        throw new BadRecord('staff', 0)
      }
    }
    return { ok: true, backup: makeBackup(data, time(o.createdAt)) }
  } catch (e) {
    return e instanceof BadRecord ? fail('damaged', { kind: e.kind, index: e.index }) : fail('damaged')
  }
}

// ---- reminder ----

export const REMIND_AFTER_DAYS = 30
const DAY_MS = 86_400_000

/**
 * The card's reminder: none while there is nothing to lose; 'never' when data has never been backed up;
 * 'old' once the last backup is more than 30 days old.
 */
export function backupReminder(
  lastBackupAt: number | undefined,
  records: number,
  now: number,
): 'never' | 'old' | undefined {
  if (records === 0) return undefined
  if (lastBackupAt === undefined) return 'never'
  return now - lastBackupAt > REMIND_AFTER_DAYS * DAY_MS ? 'old' : undefined
}
