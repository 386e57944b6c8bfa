// The chain above the school: reporting units made on this phone and the summaries they received (school
// summaries; team summaries), units joined by a school officer or a team leader, outreach teams made here and
// their members' summaries, and teams joined by a member. Summaries are verified before a transaction opens
// (Web Crypto would close it); a batch is stored in one write, keeping the highest seq per sender and month.
import { getDB, write } from './index'
import type {
  OutreachSummary, OutreachTeam, ReportingUnit, SchoolSummary, StoredOutreachSummary, StoredSchoolSummary, TeamMembership, UnitMembership,
} from '@/domain/records'

export type ChainOutcome = 'added' | 'updated' | 'duplicate' | 'older'

/** IndexedDB must be handed plain data, never a Vue proxy. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

export async function listUnits(): Promise<ReportingUnit[]> {
  return (await (await getDB()).getAll('units')).sort((a, b) => b.createdAt - a.createdAt)
}
export function saveUnit(u: ReportingUnit): Promise<void> {
  return write(async (db) => void (await db.put('units', plain(u))))
}
export async function listUnitMemberships(): Promise<UnitMembership[]> {
  return (await (await getDB()).getAll('unitMemberships')).sort((a, b) => b.joinedAt - a.joinedAt)
}
export async function listTeams(): Promise<OutreachTeam[]> {
  return (await (await getDB()).getAll('teams')).sort((a, b) => b.createdAt - a.createdAt)
}
export function saveTeam(t: OutreachTeam): Promise<void> {
  return write(async (db) => void (await db.put('teams', plain(t))))
}
export async function listTeamMemberships(): Promise<TeamMembership[]> {
  return (await (await getDB()).getAll('teamMemberships')).sort((a, b) => b.joinedAt - a.joinedAt)
}

/** Joins (or re-joins) a unit; a re-join keeps the sequence so that an older summary never wins. */
export function saveUnitMembership(m: UnitMembership): Promise<UnitMembership> {
  return write(async (db) => {
    const tx = db.transaction('unitMemberships', 'readwrite')
    const old = await tx.store.get(m.unitId)
    const next = old ? { ...m, seq: Math.max(old.seq, m.seq), joinedAt: old.joinedAt } : m
    await tx.store.put(plain(next))
    await tx.done
    return next
  })
}

/** Joins (or re-joins) a team; a re-join keeps the member id and the sequence. */
export function saveTeamMembership(m: TeamMembership): Promise<TeamMembership> {
  return write(async (db) => {
    const tx = db.transaction('teamMemberships', 'readwrite')
    const old = await tx.store.get(m.teamId)
    const next = old ? { ...m, memberId: old.memberId, seq: Math.max(old.seq, m.seq), joinedAt: old.joinedAt } : m
    await tx.store.put(plain(next))
    await tx.done
    return next
  })
}

/** Raises the sequence of a unit membership for one summary to send; returns the new number. */
export function nextUnitSeq(unitId: string): Promise<number> {
  return write(async (db) => {
    const tx = db.transaction('unitMemberships', 'readwrite')
    const m = await tx.store.get(unitId)
    if (!m) throw new Error('not a member of this unit')
    await tx.store.put({ ...m, seq: m.seq + 1 })
    await tx.done
    return m.seq + 1
  })
}

/** Raises the sequence of a team membership for one summary to send; returns the new number. */
export function nextTeamSeq(teamId: string): Promise<number> {
  return write(async (db) => {
    const tx = db.transaction('teamMemberships', 'readwrite')
    const m = await tx.store.get(teamId)
    if (!m) throw new Error('not a member of this team')
    await tx.store.put({ ...m, seq: m.seq + 1 })
    await tx.done
    return m.seq + 1
  })
}

/** Stores verified school summaries in one transaction; the same one twice, or an older one, changes nothing. */
export function storeSchoolSummaries(items: readonly SchoolSummary[], now = Date.now()): Promise<ChainOutcome[]> {
  return write(async (db) => {
    const tx = db.transaction('schoolSummaries', 'readwrite')
    const seen = new Map<string, number>()
    const out: ChainOutcome[] = []
    for (const s of items) {
      const key: [string, string, string] = [s.unitId, s.schoolId, s.month]
      const k = key.join('/')
      const stored = seen.has(k) ? seen.get(k) : (await tx.store.get(key))?.summary.seq
      if (stored !== undefined && s.seq <= stored) {
        out.push(s.seq === stored ? 'duplicate' : 'older')
        continue
      }
      const record: StoredSchoolSummary = { unitId: s.unitId, schoolId: s.schoolId, month: s.month, summary: plain(s), receivedAt: now }
      await tx.store.put(record)
      out.push(stored === undefined ? 'added' : 'updated')
      seen.set(k, s.seq)
    }
    await tx.done
    return out
  })
}

/** Stores verified outreach summaries (members' at the leader, teams' at the unit) in one transaction. */
export function storeOutreachSummaries(items: readonly OutreachSummary[], now = Date.now()): Promise<ChainOutcome[]> {
  return write(async (db) => {
    const tx = db.transaction('outreachSummaries', 'readwrite')
    const seen = new Map<string, number>()
    const out: ChainOutcome[] = []
    for (const s of items) {
      const key: [string, string, string] = [s.toId, s.fromId, s.month]
      const k = key.join('/')
      const stored = seen.has(k) ? seen.get(k) : (await tx.store.get(key))?.summary.seq
      if (stored !== undefined && s.seq <= stored) {
        out.push(s.seq === stored ? 'duplicate' : 'older')
        continue
      }
      const record: StoredOutreachSummary = { toId: s.toId, fromId: s.fromId, month: s.month, summary: plain(s), receivedAt: now }
      await tx.store.put(record)
      out.push(stored === undefined ? 'added' : 'updated')
      seen.set(k, s.seq)
    }
    await tx.done
    return out
  })
}

/** Every school summary a unit received (all months). */
export async function listSchoolSummaries(unitId: string): Promise<SchoolSummary[]> {
  return (await (await getDB()).getAllFromIndex('schoolSummaries', 'byUnit', unitId)).map((r) => r.summary)
}

/** Every outreach summary sent to a team (by its members) or to a unit (by teams), all months. */
export async function listOutreachSummaries(toId: string): Promise<OutreachSummary[]> {
  return (await (await getDB()).getAllFromIndex('outreachSummaries', 'byTo', toId)).map((r) => r.summary)
}
