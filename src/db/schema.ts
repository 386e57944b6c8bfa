// The typed IndexedDB schema. Each version adds stores in `migrations` (index.ts); never change or delete
// an earlier step: a phone may open the app after skipping several versions.
import type { DBSchema } from 'idb'
import type {
  LessonProgress,
  Membership,
  ModuleStatus,
  OutreachOutcome,
  OutreachSession,
  PracticeResult,
  QuizAttempt,
  Roster,
  School,
  SchoolMembership,
  SettingsKey,
  SettingsRecords,
  StoredSummary,
  StudentRecord,
  TeacherClass,
  ReportingUnit,
  UnitMembership,
  StoredSchoolSummary,
  OutreachTeam,
  TeamMembership,
  StoredOutreachSummary,
  TaughtPeriod,
  ClassQuizSession,
} from '@/domain/records'

export const DB_NAME = 'ky-nang-so'
export const DB_VERSION = 8

export interface KnsDB extends DBSchema {
  settings: { key: SettingsKey; value: SettingsRecords[SettingsKey] }
  lessonProgress: { key: [string, string]; value: LessonProgress; indexes: { byModule: string } }
  practiceResults: { key: [string, string]; value: PracticeResult; indexes: { byModule: string } }
  quizAttempts: { key: string; value: QuizAttempt; indexes: { byModule: string } }
  moduleStatus: { key: string; value: ModuleStatus }
  outreachSessions: { key: string; value: OutreachSession; indexes: { byDate: string } }
  outreachOutcomes: { key: string; value: OutreachOutcome }
  classes: { key: string; value: TeacherClass }
  students: { key: [string, string]; value: StudentRecord; indexes: { byClass: string } }
  memberships: { key: string; value: Membership }
  schools: { key: string; value: School }
  schoolMemberships: { key: string; value: SchoolMembership }
  summaries: {
    key: [string, string, string]
    value: StoredSummary
    indexes: { bySchoolMonth: [string, string] }
  }
  rosters: { key: string; value: Roster }
  units: { key: string; value: ReportingUnit }
  unitMemberships: { key: string; value: UnitMembership }
  schoolSummaries: { key: [string, string, string]; value: StoredSchoolSummary; indexes: { byUnit: string } }
  teams: { key: string; value: OutreachTeam }
  teamMemberships: { key: string; value: TeamMembership }
  outreachSummaries: {
    key: [string, string, string]
    value: StoredOutreachSummary
    indexes: { byTo: string }
  }
  periods: { key: string; value: TaughtPeriod; indexes: { byClass: string } }
  classQuizzes: { key: string; value: ClassQuizSession; indexes: { byClass: string } }
}
