// Outreach sessions and the team's outcome list: the only code touching those two stores.
// Each exported write is one user action and one transaction, committed before the caller says "saved".
import { getDB, plain, write } from './index'
import type { OutreachOutcome, OutreachSession } from '@/domain/records'
import { applyTally, endSession, undoTally } from '@/domain/outreach/tally'
import type { MergeCount } from '@/domain/merge'

export interface OutreachData {
  sessions: OutreachSession[]
  outcomes: OutreachOutcome[]
}

export class SessionNotFound extends Error {
  constructor(readonly id: string) {
    super(`outreach session ${id} not found`)
    this.name = 'SessionNotFound'
  }
}

export async function loadOutreach(): Promise<OutreachData> {
  const db = await getDB()
  const tx = db.transaction(['outreachSessions', 'outreachOutcomes'])
  const [sessions, outcomes] = await Promise.all([
    tx.objectStore('outreachSessions').index('byDate').getAll(),
    tx.objectStore('outreachOutcomes').getAll(),
    tx.done,
  ])
  return { sessions, outcomes }
}

/** Writes the default outcomes on first use; returns the stored list (unchanged when it was not empty). */
export function seedOutcomes(defaults: readonly OutreachOutcome[]): Promise<OutreachOutcome[]> {
  return write(async (db) => {
    const tx = db.transaction('outreachOutcomes', 'readwrite')
    const existing = await tx.store.getAll()
    if (existing.length === 0) await Promise.all(defaults.map((o) => tx.store.put(plain(o))))
    await tx.done
    return existing.length === 0 ? [...defaults] : existing
  })
}

export function createSession(session: OutreachSession): Promise<OutreachSession> {
  return write(async (db) => {
    const tx = db.transaction('outreachSessions', 'readwrite')
    await tx.store.add(plain(session))
    await tx.done
    return session
  })
}

/** Reads, changes and writes one session inside one transaction, so quick taps never lose a count. */
function updateSession(id: string, change: (s: OutreachSession) => OutreachSession): Promise<OutreachSession> {
  return write(async (db) => {
    const tx = db.transaction('outreachSessions', 'readwrite')
    const old = await tx.store.get(id)
    if (!old) {
      await tx.done
      throw new SessionNotFound(id)
    }
    const next = change(old)
    if (next !== old) await tx.store.put(plain(next))
    await tx.done
    return next
  })
}

export function tallySession(id: string, key: string, delta: 1 | -1, now = Date.now()): Promise<OutreachSession> {
  return updateSession(id, (s) => applyTally(s, key, delta, now))
}

export function undoSessionTally(id: string, now = Date.now()): Promise<OutreachSession> {
  return updateSession(id, (s) => undoTally(s, now))
}

export function finishSession(id: string, now = Date.now()): Promise<OutreachSession> {
  return updateSession(id, (s) => endSession(s, now))
}

export function saveOutcome(outcome: OutreachOutcome): Promise<OutreachOutcome> {
  return write(async (db) => {
    const tx = db.transaction('outreachOutcomes', 'readwrite')
    await tx.store.put(plain(outcome))
    await tx.done
    return outcome
  })
}

export interface RestoreResult {
  sessions: MergeCount
  outcomes: MergeCount
}

/** Merges a validated backup: all of it in one transaction, so a failure changes nothing. */
export function restoreOutreach(backup: {
  sessions: readonly OutreachSession[]
  outcomes: readonly OutreachOutcome[]
}): Promise<RestoreResult> {
  return write(async (db) => {
    // The merge rule loads with a restore (not with every outreach page), before the transaction opens.
    const { mergeNewer } = await import('@/domain/merge')
    const tx = db.transaction(['outreachSessions', 'outreachOutcomes'], 'readwrite')
    const sessionsStore = tx.objectStore('outreachSessions')
    const outcomesStore = tx.objectStore('outreachOutcomes')
    const [sessions, outcomes] = await Promise.all([sessionsStore.getAll(), outcomesStore.getAll()])
    const s = mergeNewer(sessions, backup.sessions)
    const o = mergeNewer(outcomes, backup.outcomes)
    await Promise.all([
      ...s.write.map((x) => sessionsStore.put(plain(x))),
      ...o.write.map((x) => outcomesStore.put(plain(x))),
    ])
    await tx.done
    return { sessions: s.count, outcomes: o.count }
  })
}
