// The chain above the school: reporting units made on this phone and the summaries they received (school
// summaries; team summaries), units joined by a school officer or a team leader, outreach teams made here and
// their members' summaries, and teams joined by a member. Every step keeps the newest summary per sender
// and month (newestRepo.ts); these names say which store each step is.
import {
  listLatest,
  listNewestSummaries,
  nextSeq,
  resetNewest,
  saveMembership,
  saveOwn,
  storeNewest,
  type NewestOutcome,
} from './newestRepo'
import type {
  OutreachSummary,
  OutreachTeam,
  ReportingUnit,
  SchoolSummary,
  TeamMembership,
  UnitMembership,
} from '@/domain/records'

export type ChainOutcome = NewestOutcome

export const listUnits = (): Promise<ReportingUnit[]> => listLatest('units')
export const saveUnit = (u: ReportingUnit): Promise<void> => saveOwn('units', u)
export const listUnitMemberships = (): Promise<UnitMembership[]> => listLatest('unitMemberships')
export const listTeams = (): Promise<OutreachTeam[]> => listLatest('teams')
export const saveTeam = (t: OutreachTeam): Promise<void> => saveOwn('teams', t)
export const listTeamMemberships = (): Promise<TeamMembership[]> => listLatest('teamMemberships')

/** Joins (or re-joins) a unit; a re-join keeps the sequence so that an older summary never wins. */
export const saveUnitMembership = (m: UnitMembership): Promise<UnitMembership> => saveMembership('unitMemberships', m)
/** Joins (or re-joins) a team; a re-join keeps the member id and the sequence. */
export const saveTeamMembership = (m: TeamMembership): Promise<TeamMembership> =>
  saveMembership('teamMemberships', m, ['memberId'])

/** Raises the sequence of a unit or team membership for one summary to send; returns the new number. */
export const nextUnitSeq = (unitId: string): Promise<number> => nextSeq('unitMemberships', unitId)
export const nextTeamSeq = (teamId: string): Promise<number> => nextSeq('teamMemberships', teamId)

/** Stores verified school summaries in one transaction; the same one twice, or an older one, changes nothing. */
export const storeSchoolSummaries = (items: readonly SchoolSummary[], now?: number): Promise<ChainOutcome[]> =>
  storeNewest('schoolSummaries', items, now)
/** Stores verified outreach summaries (members' at the leader, teams' at the unit) in one transaction. */
export const storeOutreachSummaries = (items: readonly OutreachSummary[], now?: number): Promise<ChainOutcome[]> =>
  storeNewest('outreachSummaries', items, now)

/** Every school summary a unit received (all months). */
export const listSchoolSummaries = (unitId: string): Promise<SchoolSummary[]> =>
  listNewestSummaries('schoolSummaries', unitId)
/** Every outreach summary sent to a team (by its members) or to a unit (by teams), all months. */
export const listOutreachSummaries = (toId: string): Promise<OutreachSummary[]> =>
  listNewestSummaries('outreachSummaries', toId)

/** "Đặt lại" of a school's row at the unit: its summary of the month is removed; the next one is kept. */
export const resetSchoolSummary = (unitId: string, schoolId: string, month: string): Promise<void> =>
  resetNewest('schoolSummaries', unitId, schoolId, month)
/** "Đặt lại" of a member's row at the team (or a team's at the unit): the same for outreach summaries. */
export const resetOutreachSummary = (toId: string, fromId: string, month: string): Promise<void> =>
  resetNewest('outreachSummaries', toId, fromId, month)
