// The teacher and school backup file: classes, students' records, schools, school memberships, class
// summaries and the teacher's readiness, as one JSON file; its validation and the merge rules of a restore.
// Pure (no Vue, no IndexedDB): src/db/backupRepo.ts applies the result in one transaction.
// A file is never trusted: every record is rebuilt field by field, unknown fields are dropped, and one
// broken record refuses the whole file, so a restore is all or nothing.
import type {
  BackupData,
  ClassQuizSession,
  LessonProgress,
  Membership,
  ModuleStatus,
  OutreachSummary,
  OutreachTeam,
  PracticeResult,
  QuizAttempt,
  ReportingUnit,
  StoredOutreachSummary,
  StoredSchoolSummary,
  TeamMembership,
  UnitLevel,
  UnitMembership,
  Roster,
  School,
  SchoolMembership,
  SchoolSummary,
  StaffRecord,
  StoredSummary,
  TaughtPeriod,
  TeacherClass,
} from '@/domain/records'
import {
  classKey,
  classMembershipKey,
  classQuizKey,
  idKey,
  lessonKey,
  LIST_KINDS,
  membershipKey,
  outreachSummaryKey,
  periodKey,
  practiceKey,
  type RecordKind,
  rosterKey,
  schoolKey,
  schoolSummaryKey,
  statusKey,
  studentKey,
  summaryKey,
  teamKey,
  teamMembershipKey,
  unitKey,
  unitMembershipKey,
} from '@/domain/merge'
import { normalizeSchoolSummary } from '@/exchange/codec/schoolSummary'
import { normalizeOutreachSummary } from '@/exchange/codec/outreachSummary'
import { outcome as outreachOutcome, parseBackup as parseOutreachBackup, session as outreachSession } from './outreach'
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
import {
  arr,
  bool,
  dataKey,
  int,
  Invalid,
  num,
  obj,
  readJsonObject,
  str,
  text,
  time,
  type Obj,
} from '@/exchange/checks'
import { dict, isDataKey, own } from '@/domain/keys'

export const BACKUP_APP = 'ky-nang-so'
export const BACKUP_KIND = 'teacher-backup'
/**
 * 2 adds the class lists (rosters); 3 the logged periods and the whole-class quiz sessions, and what each
 * student's last quiz attempt missed; 4 everything else (memberships, units, teams, received school and
 * outreach summaries, outreach sessions and outcomes, the person's own learning progress): one file holds
 * all of a person's data. Older files still restore, with none of what they predate.
 */
export const BACKUP_VERSION = 4
const READABLE_VERSIONS: readonly unknown[] = [1, 2, 3, 4]
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
  const d = { staff: null } as BackupData
  for (const k of LIST_KINDS) (d as unknown as Record<string, unknown[]>)[k] = []
  return d
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
  units: number
  teams: number
  other: number
} {
  const c = {
    classes: d.classes.length,
    students: d.students.length,
    summaries: d.summaries.length + d.schoolSummaries.length + d.outreachSummaries.length,
    schools: d.schools.length + d.schoolMemberships.length,
    units: d.units.length + d.unitMemberships.length,
    teams: d.teams.length + d.teamMemberships.length,
  }
  const all = LIST_KINDS.reduce((n, k) => n + d[k].length, 0)
  return { ...c, other: all - Object.values(c).reduce((a, b) => a + b, 0) }
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
/** A key of stored data that has the form `re` within `max` characters (a question id, a module slug). */
function keyMatching(re: RegExp, max: number): (v: unknown) => string {
  return (v) => {
    const s = str(v, max)
    if (!re.test(s) || !isDataKey(s)) throw new Invalid()
    return s
  }
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
const shortName = (v: unknown): string => text(v, NAME)
const longName = (v: unknown): string => text(v, TEXT)
const optionalText = (v: unknown): string => text(v, TEXT, true)
const seq = (v: unknown): number => int(v, 0, SEQ_MAX)
const grade = (v: unknown): number => int(v, GRADE_MIN, GRADE_MAX)

/**
 * A record of plain fields, read by a table of each field's check (in the record's order): a broken field
 * refuses the record, and a field the table does not name is dropped.
 */
type Fields<T> = { [K in keyof T]: (v: unknown) => T[K] }
function record<T>(fields: Fields<T>): (v: unknown) => T {
  return (v) => {
    const o = obj(v)
    const checks: Array<[string, (x: unknown) => unknown]> = Object.entries(fields)
    return Object.fromEntries(checks.map(([k, check]) => [k, check(o[k])])) as T
  }
}

type Held = { id: string; keyB64: string; createdAt: number }
/** A key holder (a class, school, unit, team): its id and the key its invite hands down, its fields, when made. */
function holder<T extends Held>(fields: Fields<Omit<T, keyof Held>>): (v: unknown) => T {
  // The spread of a generic Omit is not known to TypeScript to be T's fields again; it is by construction.
  return record<T>({ id, keyB64: key, ...fields, createdAt: time } as unknown as Fields<T>)
}
type Joined = { keyB64: string; joinedAt: number; seq: number }
/** A membership of an accepted invite: whose (`idKey`), the key handed down, its fields, when, the last sequence. */
function joined<T extends Joined, K extends keyof T & string>(
  idKey: K,
  fields: Fields<Omit<T, K | keyof Joined>>,
): (v: unknown) => T {
  return record<T>({ [idKey]: id, keyB64: key, ...fields, joinedAt: time, seq } as unknown as Fields<T>)
}

const teacherClass = holder<TeacherClass>({ className: shortName, school: optionalText, schoolYear, grade })

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

const school = holder<School>({ name: longName, upperLevel: optionalText })
const schoolMembership = joined<SchoolMembership, 'schoolId'>('schoolId', {
  schoolName: longName,
  upperLevel: optionalText,
})

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
    // Summary v3; a summary stored before it (or from an older app) has none: "chưa rõ" at the school.
    ...(o.sent === undefined ? {} : { sent: int(o.sent, 0, studentCount) }),
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

/**
 * A summary as its receiver stores it (a class's at the school, a school's or a team's at the unit, a member's at
 * the team), keyed by receiver, sender and month. The key must say what the summary says, or the "highest seq
 * per sender and month" rule breaks.
 */
function stored<K extends string, S extends { month: string } & Record<K, string>>(
  v: unknown,
  keys: readonly [K, K],
  summary: (x: unknown) => S,
): Record<K, string> & { month: string; summary: S; receivedAt: number } {
  const o = obj(v)
  const ids = Object.fromEntries(keys.map((k) => [k, id(o[k])])) as Record<K, string>
  const m = month(o.month)
  const s = summary(o.summary)
  if (keys.some((k) => s[k] !== ids[k]) || s.month !== m) throw new Invalid()
  return { ...ids, month: m, summary: s, receivedAt: time(o.receivedAt) }
}

const storedSummary = (v: unknown): StoredSummary => stored(v, ['schoolId', 'classId'], classSummary)

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
const questionId = keyMatching(QUESTION_ID, 80)

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

const staffRecord = record<StaffRecord>({
  teacherId: id,
  vneidLevel2: bool,
  dvcPortal: bool,
  fiveSkills: bool,
  updatedAt: time,
})

const membershipFields = record<Membership>({
  classId: id,
  keyB64: key,
  className: shortName,
  school: optionalText,
  schoolYear,
  grade,
  studentId: id,
  name: shortName,
  classNumber: (v) => int(v, 1, CLASS_NUMBER_MAX),
  seq,
  joinedAt: time,
})
function membership(v: unknown): Membership {
  const m = membershipFields(v)
  const sentAt = obj(v).lastSentAt
  if (sentAt !== undefined) m.lastSentAt = time(sentAt)
  return m
}

function level(v: unknown): UnitLevel {
  if (v !== 'commune' && v !== 'province') throw new Invalid()
  return v
}

const unitFields = holder<ReportingUnit>({ name: longName, level, area: optionalText })
/**
 * A unit is copied whole: the fields this version knows are checked and rebuilt, any other field a newer
 * version added (plain JSON from the file) travels as it is, so a new field needs no change here.
 */
function unit(v: unknown): ReportingUnit {
  return { ...obj(v), ...unitFields(v) }
}

const unitMembership = joined<UnitMembership, 'unitId'>('unitId', { name: longName, level, area: optionalText })
const team = holder<OutreachTeam>({ name: longName, commune: optionalText })
const teamMembership = joined<TeamMembership, 'teamId'>('teamId', {
  name: longName,
  commune: optionalText,
  memberId: id,
  memberName: shortName,
})

/** A received summary is checked by the codec's own rules (the figures a code could carry, nothing else). */
function normalized<T>(normalize: (x: T) => T, v: unknown): T {
  obj(v)
  try {
    return normalize(v as T)
  } catch {
    throw new Invalid()
  }
}

function schoolSummary(v: unknown): SchoolSummary {
  const x = obj(v)
  for (const k of ['modules', 'staff', 'outreach']) obj(x[k])
  return normalized(normalizeSchoolSummary, x)
}
const storedSchoolSummary = (v: unknown): StoredSchoolSummary => stored(v, ['unitId', 'schoolId'], schoolSummary)

function outreachSummary(v: unknown): OutreachSummary {
  const x = obj(v)
  const f = obj(x.figures)
  obj(f.byKind)
  obj(f.modules)
  arr(f.outcomes, 1000).forEach(obj)
  return normalized(normalizeOutreachSummary, x)
}
const storedOutreachSummary = (v: unknown): StoredOutreachSummary => stored(v, ['toId', 'fromId'], outreachSummary)

const PART_ID = 120
const part = (v: unknown): string => dataKey(v, PART_ID)
const moduleSlug = keyMatching(MODULE_SLUG, 60)

function lessonProgress(v: unknown): LessonProgress {
  const o = obj(v)
  const steps = int(o.steps, 0, 10_000)
  const l: LessonProgress = {
    moduleId: moduleSlug(o.moduleId),
    lessonId: part(o.lessonId),
    step: int(o.step, 0, steps),
    steps,
    done: bool(o.done),
    startedAt: time(o.startedAt),
    updatedAt: time(o.updatedAt),
    timeMs: num(o.timeMs, 0, MAX_TIME_MS_SPENT),
  }
  if (o.completedAt !== undefined) l.completedAt = time(o.completedAt)
  return l
}
/** A lesson is minutes long; a year of time on one lesson is not a record this app made. */
const MAX_TIME_MS_SPENT = 366 * 86_400_000

function practiceResult(v: unknown): PracticeResult {
  const o = obj(v)
  const p: PracticeResult = {
    moduleId: moduleSlug(o.moduleId),
    practiceId: part(o.practiceId),
    attempts: int(o.attempts, 0, ATTEMPTS_CAP),
    bestScore: num(o.bestScore, 0, 1),
    lastScore: num(o.lastScore, 0, 1),
    mistakes: int(o.mistakes, 0, 10_000),
    updatedAt: time(o.updatedAt),
  }
  if (o.completedAt !== undefined) p.completedAt = time(o.completedAt)
  return p
}

function quizAttempt(v: unknown): QuizAttempt {
  const o = obj(v)
  const questionIds = arr(o.questionIds, 200).map(part)
  const answers = dict<string[]>()
  const raw = Object.entries(obj(o.answers))
  if (raw.length > 200) throw new Invalid()
  for (const [q, a] of raw) answers[part(q)] = arr(a, 40).map((x) => str(x, PART_ID, true))
  if (o.mode !== 'full' && o.mode !== 'mistakes') throw new Invalid()
  const q: QuizAttempt = {
    id: part(o.id),
    moduleId: moduleSlug(o.moduleId),
    seed: int(o.seed, 0, 0xffffffff),
    questionIds,
    answers: { ...answers },
    current: int(o.current, 0, questionIds.length),
    mode: o.mode,
    contentSchema: int(o.contentSchema, 0, 10_000),
    startedAt: time(o.startedAt),
    updatedAt: time(o.updatedAt),
  }
  if (o.finishedAt !== undefined) q.finishedAt = time(o.finishedAt)
  if (o.correct !== undefined) q.correct = int(o.correct, 0, 200)
  if (o.total !== undefined) q.total = int(o.total, 0, 200)
  if (o.percent !== undefined) q.percent = num(o.percent, 0, 100)
  if (o.criticalIds !== undefined) q.criticalIds = arr(o.criticalIds, 200).map(part)
  if (o.passed !== undefined) q.passed = bool(o.passed)
  return q
}

function moduleStatus(v: unknown): ModuleStatus {
  const o = obj(v)
  const m: ModuleStatus = {
    moduleId: moduleSlug(o.moduleId),
    bestScore: num(o.bestScore, 0, 100),
    attempts: int(o.attempts, 0, ATTEMPTS_CAP),
    updatedAt: time(o.updatedAt),
  }
  if (o.quizPassedAt !== undefined) m.quizPassedAt = time(o.quizPassedAt)
  if (o.completedAt !== undefined) m.completedAt = time(o.completedAt)
  return m
}

/** How each list of a version-4 file is read: its size cap, its record check and its key. */
type Reader = { max: number; build: (v: unknown) => unknown; keyOf: (x: never) => string }
const V4_READERS: Record<
  Exclude<
    (typeof LIST_KINDS)[number],
    'classes' | 'students' | 'schools' | 'schoolMemberships' | 'summaries' | 'rosters' | 'periods' | 'classQuizzes'
  >,
  Reader
> = {
  memberships: { max: 1000, build: membership, keyOf: classMembershipKey },
  units: { max: 1000, build: unit, keyOf: unitKey },
  unitMemberships: { max: 1000, build: unitMembership, keyOf: unitMembershipKey },
  schoolSummaries: { max: 1_000_000, build: storedSchoolSummary, keyOf: schoolSummaryKey },
  teams: { max: 1000, build: team, keyOf: teamKey },
  teamMemberships: { max: 1000, build: teamMembership, keyOf: teamMembershipKey },
  outreachSummaries: { max: 1_000_000, build: storedOutreachSummary, keyOf: outreachSummaryKey },
  outreachSessions: { max: 100_000, build: outreachSession, keyOf: idKey },
  outreachOutcomes: { max: 1000, build: outreachOutcome, keyOf: idKey },
  lessonProgress: { max: 10_000, build: lessonProgress, keyOf: lessonKey },
  practiceResults: { max: 10_000, build: practiceResult, keyOf: practiceKey },
  quizAttempts: { max: 100_000, build: quizAttempt, keyOf: idKey },
  moduleStatus: { max: 1000, build: moduleStatus, keyOf: statusKey },
}

/**
 * A file holding only some lists (a student's progress file), read with the same record checks: a
 * backup with those lists filled and every other list empty, or the refusal naming the broken record.
 */
export function parsePartial(d: Obj, kinds: ReadonlyArray<keyof typeof V4_READERS>, createdAt: number): ParsedBackup {
  try {
    const data = emptyData()
    readLists(d, kinds, data)
    return { ok: true, backup: makeBackup(data, createdAt) }
  } catch (e) {
    return e instanceof BadRecord ? fail('damaged', { kind: e.kind, index: e.index }) : fail('damaged')
  }
}

/** The learning and membership lists of a file (a backup, or a student's progress file), each optional. */
function readLists(d: Obj, kinds: ReadonlyArray<keyof typeof V4_READERS>, into: BackupData): void {
  for (const k of kinds) {
    if (d[k] === undefined) continue
    const r = V4_READERS[k]
    ;(into as unknown as Record<string, unknown[]>)[k] = list(d, k, r.max, r.build, r.keyOf as (x: unknown) => string)
  }
}
export const V4_KINDS = Object.keys(V4_READERS) as Array<keyof typeof V4_READERS>

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
  const read = readJsonObject(text, MAX_BACKUP_BYTES)
  if (!read.ok) return fail(read.problem)
  const o = read.o
  if (o.format === 'kns-outreach-backup') {
    // The outreach team's own file (before version 4 held outreach too): its sessions and outcomes.
    const r = parseOutreachBackup(text)
    if (!r.ok) return fail(r.problem === 'invalid' ? 'damaged' : r.problem)
    const data = emptyData()
    data.outreachSessions = r.backup.sessions
    data.outreachOutcomes = r.backup.outcomes
    return { ok: true, backup: makeBackup(data, r.backup.exportedAt) }
  }
  if (o.app !== BACKUP_APP) return fail('foreign')
  if (o.kind !== BACKUP_KIND) return fail('otherKind')
  if (typeof o.version === 'number' && o.version > BACKUP_VERSION) return fail('newer')
  if (!READABLE_VERSIONS.includes(o.version)) return fail('damaged')
  try {
    const d = obj(o.data)
    const data: BackupData = {
      ...emptyData(),
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
    readLists(d, V4_KINDS, data)
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
