// Every stored noun of the app, as plain types: what IndexedDB keeps and what crosses a phone boundary
// once decoded. Pure: no Vue, no idb. The idb schema (db/schema.ts) and the codecs (exchange/) use these.
import type { Expected } from './expected'
import type { ModuleId } from '@/content/constants'

/** Who uses the app (a person may hold several): a student, a teacher, a school's reporting officer, an officer
 * of the commune's Phòng Văn hóa – Xã hội or of the Sở GDĐT, a member of a community digital-technology team. */
export type Role = 'student' | 'teacher' | 'schoolOfficer' | 'unitOfficer' | 'outreach'
export type TextSize = 'normal' | 'large' | 'xlarge'

export interface Profile {
  /** Every role this person holds, the first chosen first (never empty). Before 2026-12 one `role` was kept. */
  roles: Role[]
  displayName: string
  createdAt: number
}

export interface Preferences {
  textSize: TextSize
  locality: string
  locale: 'vi' | 'en'
}

/** A locality pack a school loaded from a file or a link, kept for offline use (validated before saving). */
export interface StoredLocalityPack {
  pack: unknown
  source: string
  loadedAt: number
}

export interface SettingsRecords {
  profile: Profile
  prefs: Preferences
  localityPack: StoredLocalityPack
  staff: StaffRecord
  /** Epoch ms of the last teacher/school backup file made on this phone. */
  lastBackupAt: number
  /** The family phone's learners (kept in the first learner's database only). */
  learners: Learner[]
  /** The learner whose database the app uses (first database only). */
  activeLearner: string
  /** What a teacher's lesson plans print in their header (teacher's name, tổ chuyên môn). */
  teachFields: TeachFields
}

/** Settings key 'teachFields': typed once, printed on every lesson plan and worksheet. */
export interface TeachFields {
  teacher: string
  department: string
  updatedAt: number
}

/**
 * One learner on a shared phone. Each has their own database (progress, classes, receipts); the first
 * learner's is the app's original database, so a phone that never adds a second learner changes nothing.
 */
export interface Learner {
  id: string
  name: string
  createdAt: number
}
export type SettingsKey = keyof SettingsRecords

/** v2: one record per lesson; `step` is the card shown last, so a reload resumes there. */
export interface LessonProgress {
  moduleId: string
  lessonId: string
  step: number
  steps: number
  done: boolean
  startedAt: number
  updatedAt: number
  completedAt?: number
  /** Time spent on the lesson, summed over visits, in milliseconds. */
  timeMs: number
}

/** v2: the latest and best result of a practice activity. */
export interface PracticeResult {
  moduleId: string
  practiceId: string
  attempts: number
  /** 0..1 */
  bestScore: number
  lastScore: number
  mistakes: number
  completedAt?: number
  updatedAt: number
}

export type AnswerValue = string[]

/** v2: a quiz attempt with every answer, saved as each is given. */
export interface QuizAttempt {
  id: string
  moduleId: string
  /** Seed for the question and option shuffle: a resumed attempt keeps its order. */
  seed: number
  /** Question ids in the order shown (a "practise my mistakes" attempt holds only the missed ones). */
  questionIds: string[]
  answers: Record<string, AnswerValue>
  /** Index of the question on screen, so a reload resumes the same question. */
  current: number
  mode: 'full' | 'mistakes'
  contentSchema: number
  startedAt: number
  updatedAt: number
  finishedAt?: number
  correct?: number
  total?: number
  /** 0..100 */
  percent?: number
  criticalIds?: string[]
  passed?: boolean
}

/** v2: derived on each lesson or quiz completion, kept so lists and receipts need not recompute. */
export interface ModuleStatus {
  moduleId: string
  /** 0..100, best over full attempts */
  bestScore: number
  attempts: number
  quizPassedAt?: number
  completedAt?: number
  updatedAt: number
}

/** One module's progress records, read together (the lesson, practice and quiz pages resume from them). */
export interface ModuleProgress {
  lessons: LessonProgress[]
  practices: PracticeResult[]
  attempts: QuizAttempt[]
  status?: ModuleStatus
}

/** v3: how a community digital-technology team met people (Tổ công nghệ số cộng đồng). */
export type OutreachKind = 'household' | 'community' | 'parents'

/** v3: one tap on a tally, kept so the last taps can be undone, even after a reload. */
export interface OutreachTap {
  /** 'people' or an outcome id */
  key: string
  delta: 1 | -1
  at: number
}

/**
 * v3: one outreach session. No citizen's name is ever recorded: only the place and the counts.
 * `date` is the local calendar day 'YYYY-MM-DD' (the month report groups by its first 7 characters).
 */
export interface OutreachSession {
  id: string
  date: string
  /** Xã/phường */
  commune: string
  /** Thôn/ấp/khu phố (may be empty) */
  hamlet: string
  kind: OutreachKind
  moduleIds: string[]
  /** People reached */
  people: number
  /** Outcome id → times helped */
  counts: Record<string, number>
  /** Newest last, capped (see MAX_UNDO in features/outreach/tally.ts). */
  taps: OutreachTap[]
  startedAt: number
  endedAt?: number
  updatedAt: number
}

/** v3: a practical outcome the team counts (editable by the team: add, rename, hide). */
export interface OutreachOutcome {
  id: string
  label: string
  hidden: boolean
  order: number
  /** 0 for the built-in defaults, so any edit made on another phone wins a backup merge. */
  updatedAt: number
}

/** v4, teacher's phone: a class; its key signs the receipts of its students (base64url, 16 bytes). */
export interface TeacherClass {
  id: string
  keyB64: string
  className: string
  school: string
  schoolYear: string
  grade: number
  createdAt: number
}

/** v4, student's phone: a class joined from an invite; `seq` counts the receipts sent to it. */
export interface Membership {
  classId: string
  keyB64: string
  className: string
  school: string
  schoolYear: string
  grade: number
  studentId: string
  name: string
  classNumber: number
  seq: number
  joinedAt: number
  lastSentAt?: number
}

/** v4, settings key 'staff': the teacher's own Đề án 06 readiness, self-declared. */
export interface StaffRecord {
  teacherId: string
  vneidLevel2: boolean
  dvcPortal: boolean
  fiveSkills: boolean
  updatedAt: number
}

/** v5, reporting officer's phone: the school; its key signs the class summaries teachers send up. */
export interface School {
  id: string
  keyB64: string
  name: string
  /** Where the school's report goes: the commune's Phòng Văn hóa – Xã hội (mầm non–THCS) or the Sở GDĐT (THPT). */
  upperLevel: string
  createdAt: number
}

/** v5, teacher's phone: the school the teacher reports to (from a school invite). */
export interface SchoolMembership {
  schoolId: string
  keyB64: string
  schoolName: string
  upperLevel: string
  joinedAt: number
  /** Raised for every class summary sent. */
  seq: number
}

/** v5, officer's phone: the latest class summary per class and month (highest seq wins). */
export interface StoredSummary {
  schoolId: string
  classId: string
  month: string
  summary: ClassSummary
  receivedAt: number
}

/** v6, teacher's phone: one row of a class list (the number is the class number, STT). */
export interface RosterEntry {
  number: number
  name: string
}

/**
 * v6, teacher's phone: the class list and the true class size (sĩ số), one record per class. `size` is a
 * typed sĩ số for a class with no list yet. `links` joins a student's receipts (by studentId) to a row
 * number when name and number did not match by themselves. Receipts are never touched by a roster edit.
 */
export interface Roster {
  classId: string
  entries: RosterEntry[]
  size?: number
  links: Record<string, number>
  updatedAt: number
}

/**
 * v8, teacher's phone: one logged period ("Ghi nhận tiết dạy"): the day, its tiết, the module(s) taught, the
 * students present (list row numbers, the list's length then) and who taught. Checked by domain/period.ts.
 */
export interface TaughtPeriod {
  id: string
  classId: string
  /** Vietnam calendar day 'YYYY-MM-DD'; the month report groups by its first 7 characters. */
  date: string
  /** Tiết of that day, ascending (1..10). */
  periods: number[]
  /** In MODULE_IDS order. */
  moduleIds: ModuleId[]
  /** Class-list row numbers (STT) present, ascending. */
  present: number[]
  /** Rows on the class list when it was logged ("Có mặt 35/36"). */
  rosterSize: number
  teacherName: string
  createdAt: number
  updatedAt: number
}

/**
 * v8, teacher's phone: a whole-class quiz on one screen. The class answers by groups, raised hands or
 * A-B-C-D cards; the teacher taps a tally per choice (domain/quiz/classQuiz.ts names the choices of each
 * question type). Saved after each tap, so a reload resumes it.
 */
export interface ClassQuizSession {
  id: string
  classId: string
  moduleId: string
  /** The questions run, in order. */
  questionIds: string[]
  /** Question id → choice key → tally. */
  tallies: Record<string, Record<string, number>>
  /** Question on screen. */
  current: number
  /** Questions whose answer was shown. */
  revealed: string[]
  startedAt: number
  updatedAt: number
  /** Set when the teacher reached the summary. */
  finishedAt?: number
}

/** The teacher and school data a backup file carries (exchange/backup reads and writes the file). */
export interface BackupData {
  classes: TeacherClass[]
  students: StudentRecord[]
  schools: School[]
  schoolMemberships: SchoolMembership[]
  summaries: StoredSummary[]
  staff: StaffRecord | null
  /** v6; a backup file made before rosters existed restores with none. */
  rosters: Roster[]
  /** v8 (backup file version 3); an older file restores with none. */
  periods: TaughtPeriod[]
  /** v8 (backup file version 3): whole-class quiz sessions; none in older files. */
  classQuizzes: ClassQuizSession[]
  // Backup file version 4: everything else a person holds; an older file restores with none of it.
  /** A student's classes joined (class key, her id and seq): she keeps her row at the teacher. */
  memberships: Membership[]
  units: ReportingUnit[]
  unitMemberships: UnitMembership[]
  schoolSummaries: StoredSchoolSummary[]
  teams: OutreachTeam[]
  teamMemberships: TeamMembership[]
  outreachSummaries: StoredOutreachSummary[]
  outreachSessions: OutreachSession[]
  outreachOutcomes: OutreachOutcome[]
  lessonProgress: LessonProgress[]
  practiceResults: PracticeResult[]
  quizAttempts: QuizAttempt[]
  moduleStatus: ModuleStatus[]
}

// ---- Decoded documents (their byte layouts are in exchange/codec and docs/receipt-format.md)

export interface ModuleResult {
  /** Epoch ms; a receipt keeps only the date (12:00 Vietnam time of that day). Absent: not completed. */
  completedAt?: number
  /** 0..100 */
  bestScore: number
  attempts: number
  /**
   * Receipt v2: the quiz questions missed in the student's last finished full attempt, as 16-bit tags
   * (domain/quiz/tags.ts), ascending. Absent: no finished attempt known (or a v1 receipt).
   */
  missed?: number[]
  /** Receipt v2: a dangerous option was chosen in that attempt. Present exactly when `missed` is. */
  criticalMissed?: boolean
}

export interface Receipt {
  classId: string
  /** Random, made on the student's phone (one per class joined). */
  studentId: string
  /** At most 40 characters. */
  name: string
  classNumber: number
  /** Epoch ms, whole seconds. */
  issuedAt: number
  /** Raised by the student's phone for every receipt it issues for this class; the newest wins. */
  seq: number
  /** Modules the student has progress in; a module missing here has not been started. */
  modules: Partial<Record<ModuleId, ModuleResult>>
}

export interface ModuleFigures {
  /** Students whose completion date falls in the summary's month (Vietnam time). */
  completedInMonth: number
  /** Students who have completed the module, ever (completedInMonth ≤ completedTotal). */
  completedTotal: number
  /** Students the two counts are out of (normally the class's student count). */
  outOf: number
  /**
   * Mean best quiz score (0..100, one decimal) over the students who completed the module by the month's end;
   * null if none. (An app before issue 21 averaged every student with a quiz attempt: docs/receipt-format.md.)
   */
  averageBestScore: number | null
  /**
   * Summary v2 (absent in v1, read as 0): list rows present in a logged period of the module up to the end of
   * the month ("số HS đã học trên lớp"; learnedInClass ≤ learners).
   */
  learnedInClass?: number
  /** Summary v2: students who learned it in class or completed it on the phone, each once (v1: completedTotal). */
  learners?: number
  /** Summary v2: tiết of the module taught in the month ("số tiết đã dạy"; v1: 0). */
  periods?: number
}

export interface TeacherReadiness {
  /** Has a level-2 electronic identity (VNeID mức 2). */
  vneidLevel2: boolean
  /** Logs in to the national public-services portal (Cổng DVC quốc gia). */
  dvcPortal: boolean
  /** Has completed training in the five basic digital skills. */
  fiveSkills: boolean
}

export interface ClassSummary {
  schoolId: string
  classId: string
  /** Random, made on the teacher's phone: the school counts a teacher with three classes once. */
  teacherId: string
  teacherName: string
  className: string
  grade: number
  /** '2025-2026' */
  schoolYear: string
  /** The report month, 'YYYY-MM'. */
  month: string
  studentCount: number
  /**
   * Summary v3: students of the class who sent their result (a receipt) to the teacher, ≤ studentCount
   * ("đã gửi kết quả: a/b" in the school report). Absent in v1/v2 summaries: the school shows "chưa rõ".
   */
  sent?: number
  /** Modules with figures, in MODULE_IDS order. */
  modules: Partial<Record<ModuleId, ModuleFigures>>
  /** Modules the teacher has completed in the app. */
  teacherCompleted: ModuleId[]
  readiness: TeacherReadiness
  /** Epoch ms, whole seconds. */
  issuedAt: number
  /** Raised for every summary this class sends; the school keeps the highest per class and month. */
  seq: number
}

export type ModuleRecord = ModuleResult

/** What the teacher's phone keeps per student of a class (key: classId + studentId). */
export interface StudentRecord {
  classId: string
  studentId: string
  name: string
  classNumber: number
  /** `seq` of the newest receipt merged; a receipt with a lower or equal seq changes nothing. */
  lastSeq: number
  /** Issue time (epoch ms) of that receipt. */
  lastReceiptAt: number
  modules: Partial<Record<ModuleId, ModuleRecord>>
}

// ---- The chain above the school (docs/chain-format.md): reporting units and outreach teams

/** A reporting unit's level: the commune's Phòng Văn hóa – Xã hội (mầm non–THCS) or the province's Sở GDĐT (THPT). */
export type UnitLevel = 'commune' | 'province'

/** v7, officer's phone at the commune or the Sở: the unit; its key signs the school and team summaries sent to it. */
export interface ReportingUnit {
  id: string
  keyB64: string
  name: string
  level: UnitLevel
  /** The commune or province it covers. */
  area: string
  createdAt: number
  /** The schools it covers (a list or only how many), for "x/y trường đã báo cáo"; absent until entered. */
  expected?: Expected
}

/** v7, a school officer's or team leader's phone: the unit it reports to (from a unit invite). */
export interface UnitMembership {
  unitId: string
  keyB64: string
  name: string
  level: UnitLevel
  area: string
  joinedAt: number
  /** Raised for every summary sent to this unit (school or team), so the newest always wins there. */
  seq: number
}

/** v7, a team leader's phone: a community digital-technology team; its key signs its members' summaries. */
export interface OutreachTeam {
  id: string
  keyB64: string
  name: string
  commune: string
  createdAt: number
  /** Its members (names or how many), for "x/y thành viên đã gửi"; absent until entered. */
  expected?: Expected
}

/** v7, a member's phone: the team joined (from a team invite); `memberId` is random, made at join time. */
export interface TeamMembership {
  teamId: string
  keyB64: string
  name: string
  commune: string
  memberId: string
  memberName: string
  joinedAt: number
  seq: number
}

export interface SchoolModuleCount {
  /** Students who completed the module in the report month. */
  inMonth: number
  /** Students who completed it, ever (inMonth ≤ total ≤ the school's sĩ số). */
  total: number
  /** School summary v2 (v1: 0): students who learned it in class, over the classes. */
  learnedInClass?: number
  /** School summary v2 (v1: total): students who learned it in class or on the phone, each once per class. */
  learners?: number
  /** School summary v2 (v1: 0): tiết of the module taught in the month, over the classes. */
  periods?: number
}

/** The staff readiness of a school (Đề án 06), over distinct teachers. */
export interface SchoolStaffFigures {
  teachers: number
  vneidLevel2: number
  dvcPortal: number
  fiveSkills: number
  completedAny: number
  completedAll: number
  /** School summary v2 (v1: 0): teachers who taught (a class summary of theirs logged ≥ 1 period in the month). */
  taught?: number
}

/** Outreach figures of a month: what a school, a member or a team sends up (never a citizen's name). */
export interface OutreachFigures {
  sessions: number
  people: number
  /** Sessions per kind; they add up to `sessions`. */
  byKind: Record<OutreachKind, number>
  /** Module id → sessions that covered it. */
  modules: Partial<Record<ModuleId, number>>
  /** Outcome label → times helped, in the order the sender lists them. */
  outcomes: Array<{ label: string; count: number }>
}

/** The monthly school summary a school officer sends to the unit, signed with the unit key. */
export interface SchoolSummary {
  unitId: string
  schoolId: string
  schoolName: string
  month: string
  /** Classes whose summaries the report holds. */
  classes: number
  /** Sĩ số over those classes. */
  studentCount: number
  modules: Partial<Record<ModuleId, SchoolModuleCount>>
  staff: SchoolStaffFigures
  /** The school's own outreach totals of the month (sessions, people, times helped). */
  outreach: { sessions: number; people: number; helped: number }
  issuedAt: number
  seq: number
}

/** Who sends an outreach summary: a member to the team leader, or the team to the unit. */
export type OutreachSender = 'member' | 'team'

/** A month of outreach figures, signed with the team key (member → leader) or the unit key (team → unit). */
export interface OutreachSummary {
  /** The team id (from a member) or the unit id (from a team): it chooses the key. */
  toId: string
  from: OutreachSender
  /** The member id or the team id. */
  fromId: string
  /** The member's name or the team's name. */
  fromName: string
  commune: string
  month: string
  /** Members whose figures are in it (1 for a member). */
  members: number
  figures: OutreachFigures
  issuedAt: number
  seq: number
}

/** v7: a received outreach summary, one per [to, from, month] (highest seq wins). */
export interface StoredOutreachSummary {
  toId: string
  fromId: string
  month: string
  summary: OutreachSummary
  receivedAt: number
}

/** v7: a received school summary, one per [unit, school, month] (highest seq wins). */
export interface StoredSchoolSummary {
  unitId: string
  schoolId: string
  month: string
  summary: SchoolSummary
  receivedAt: number
}
