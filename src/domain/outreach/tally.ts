// Pure tally logic for an outreach session: one tap adds or removes one, counts never go below 0, and the
// last taps can be undone. No Vue and no IndexedDB here: the repository applies these inside its transaction.
import type { OutreachKind, OutreachSession, OutreachTap } from '@/domain/records'
import { own } from '@/domain/keys'
import { showableTime } from '@/domain/time'

/** The tally key for "people reached"; every other key is an outcome id. */
export const PEOPLE = 'people'
/** How many taps can be undone (kept in the session, so undo survives a reload). */
export const MAX_UNDO = 30
export const OUTREACH_KINDS: readonly OutreachKind[] = ['household', 'community', 'parents']

export function countOf(session: Pick<OutreachSession, 'people' | 'counts'>, key: string): number {
  return key === PEOPLE ? session.people : (own(session.counts, key) ?? 0)
}

function withCount(session: OutreachSession, key: string, value: number): OutreachSession {
  return key === PEOPLE ? { ...session, people: value } : { ...session, counts: { ...session.counts, [key]: value } }
}

/**
 * One tap. Returns the session unchanged (same object) when nothing changes: an ended session, or a
 * minus at 0. Otherwise a new session with the tap remembered for undo.
 */
export function applyTally(session: OutreachSession, key: string, delta: 1 | -1, now: number): OutreachSession {
  if (session.endedAt !== undefined) return session
  const before = countOf(session, key)
  const after = Math.max(0, before + delta)
  if (after === before) return session
  const taps: OutreachTap[] = [...session.taps, { key, delta, at: now }].slice(-MAX_UNDO)
  return { ...withCount(session, key, after), taps, updatedAt: now }
}

/** Reverts the last tap; the session unchanged when there is nothing to undo or it has ended. */
export function undoTally(session: OutreachSession, now: number): OutreachSession {
  const last = session.taps.at(-1)
  if (!last || session.endedAt !== undefined) return session
  const value = Math.max(0, countOf(session, last.key) - last.delta)
  return { ...withCount(session, last.key, value), taps: session.taps.slice(0, -1), updatedAt: now }
}

export interface NewSession {
  date: string
  commune: string
  hamlet: string
  kind: OutreachKind
  moduleIds: string[]
}

export function makeSession(input: NewSession, id: string, now: number): OutreachSession {
  return {
    id,
    date: input.date,
    commune: input.commune.trim(),
    hamlet: input.hamlet.trim(),
    kind: input.kind,
    moduleIds: [...input.moduleIds],
    people: 0,
    counts: {},
    taps: [],
    startedAt: now,
    updatedAt: now,
  }
}

/** Ends a session; its tallies are then read-only and its undo history is dropped. */
export function endSession(session: OutreachSession, now: number): OutreachSession {
  if (session.endedAt !== undefined) return session
  return { ...session, endedAt: now, taps: [], updatedAt: now }
}

/** The local calendar day of `ms` as 'YYYY-MM-DD'. */
export function localDate(ms: number): string {
  const d = new Date(showableTime(ms))
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** A random id; crypto.randomUUID needs a secure context, which a phone on a LAN address may not be. */
export function newId(prefix = ''): string {
  const c = globalThis.crypto
  const raw =
    typeof c?.randomUUID === 'function'
      ? c.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
  return prefix + raw
}
