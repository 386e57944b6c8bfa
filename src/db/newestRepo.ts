// The receiving end of every step of the reporting chain, written once: a received summary is kept as one
// record per [receiver, sender, month], and only a higher sequence number replaces it (a summary sent
// again, or an older one arriving late, changes nothing). Summaries are verified before the transaction
// opens (an await on Web Crypto would close it); a batch is one write. A chain step is one row of NEWEST.
import type { IDBPObjectStore } from 'idb'
import { abortQuietly, getDB, plain, write } from './index'
import type { KnsDB } from './schema'
import type { ClassSummary, OutreachSummary, SchoolSummary } from '@/domain/records'

export type NewestOutcome = 'added' | 'updated' | 'duplicate' | 'older'

/**
 * Each store's receiver and sender fields: the record's key is [receiver, sender, month], the same field
 * names as in the summary, and `byReceiver` the index that lists what one receiver holds.
 */
const NEWEST = {
  summaries: { to: 'schoolId', from: 'classId', byReceiver: 'bySchoolMonth' },
  schoolSummaries: { to: 'unitId', from: 'schoolId', byReceiver: 'byUnit' },
  outreachSummaries: { to: 'toId', from: 'fromId', byReceiver: 'byTo' },
} as const

type NewestStore = keyof typeof NEWEST
interface Carried {
  summaries: ClassSummary
  schoolSummaries: SchoolSummary
  outreachSummaries: OutreachSummary
}

/**
 * Stores verified summaries in one transaction; one outcome per item, in order. What each receiver holds is
 * read with one `getAll` per receiver, compared in memory, and the puts are issued together.
 */
export function storeNewest<S extends NewestStore>(
  store: S,
  items: ReadonlyArray<Carried[S]>,
  now = Date.now(),
): Promise<NewestOutcome[]> {
  const { to, from } = NEWEST[store]
  return write(async (db) => {
    const tx = db.transaction(store as NewestStore, 'readwrite')
    const pending: Array<Promise<unknown>> = []
    try {
      const fields = items.map((item) => item as unknown as Record<string, string> & { seq: number; month: string })
      const receivers = [...new Set(fields.map((s) => s[to]!))]
      const held = await Promise.all(receivers.map((id) => receiverRecords(tx.store, store, id)))
      const seen = new Map<string, number>()
      for (const records of held) {
        for (const r of records) {
          const x = r as unknown as Record<string, string> & { summary: { seq: number } }
          seen.set([x[to], x[from], x.month].join('/'), x.summary.seq)
        }
      }
      const latest = new Map<string, unknown>()
      const out: NewestOutcome[] = []
      fields.forEach((s, i) => {
        const k = [s[to], s[from], s.month].join('/')
        const stored = seen.get(k)
        if (stored !== undefined && s.seq <= stored) {
          out.push(s.seq === stored ? 'duplicate' : 'older')
          return
        }
        latest.set(k, { [to]: s[to], [from]: s[from], month: s.month, summary: plain(items[i]), receivedAt: now })
        out.push(stored === undefined ? 'added' : 'updated')
        seen.set(k, s.seq)
      })
      // A sender's summary that came twice in the batch is written once, as its newest.
      for (const record of latest.values()) pending.push(tx.store.put(record as KnsDB[NewestStore]['value']))
      await Promise.all([...pending, tx.done])
      return out
    } catch (e) {
      abortQuietly(tx)
      await Promise.allSettled([...pending, tx.done])
      throw e
    }
  })
}

/** Everything one receiver holds in a newest-per-sender store, read inside the caller's transaction. */
function receiverRecords(
  os: IDBPObjectStore<KnsDB, [NewestStore], NewestStore, 'readwrite'>,
  store: NewestStore,
  receiverId: string,
): Promise<unknown[]> {
  if (store === 'summaries') {
    return (os as IDBPObjectStore<KnsDB, ['summaries'], 'summaries', 'readwrite'>)
      .index('bySchoolMonth')
      .getAll(IDBKeyRange.bound([receiverId, ''], [receiverId, '\uffff']))
  }
  return (os as IDBPObjectStore<KnsDB, ['schoolSummaries'], 'schoolSummaries', 'readwrite'>)
    .index(NEWEST[store].byReceiver as 'byUnit')
    .getAll(receiverId)
}

/**
 * The receiver's reset of one sender's month (a summary forged with the highest sequence, 2³²−1, froze it:
 * nothing real could replace it). The record is deleted, so the sender's next summary, whatever its
 * number, becomes the record again — as the class grid's "Đặt lại" does for a student.
 */
export function resetNewest(store: NewestStore, receiverId: string, senderId: string, month: string): Promise<void> {
  return write(async (db) => {
    const tx = db.transaction(store, 'readwrite')
    await tx.store.delete([receiverId, senderId, month])
    await tx.done
  })
}

/** Every record one receiver holds (all months, each the newest of its sender and month). */
export async function listNewest<S extends NewestStore>(
  store: S,
  receiverId: string,
): Promise<Array<KnsDB[S]['value']>> {
  const db = await getDB()
  if (store === 'summaries') {
    return db.getAllFromIndex(
      'summaries',
      'bySchoolMonth',
      IDBKeyRange.bound([receiverId, ''], [receiverId, '\uffff']),
    ) as never
  }
  return db.getAllFromIndex(store as 'schoolSummaries', NEWEST[store].byReceiver as 'byUnit', receiverId) as never
}

/** The summaries themselves, as `listNewest` finds them. */
export async function listNewestSummaries<S extends NewestStore>(
  store: S,
  receiverId: string,
): Promise<Array<Carried[S]>> {
  return (await listNewest(store, receiverId)).map((r) => r.summary as Carried[S])
}

type MembershipStore = 'schoolMemberships' | 'unitMemberships' | 'teamMemberships'
type Membership<S extends MembershipStore> = KnsDB[S]['value']
const MEMBER_KEY = {
  schoolMemberships: 'schoolId',
  unitMemberships: 'unitId',
  teamMemberships: 'teamId',
} as const

/**
 * Joins (or re-joins) the receiver above: a re-join keeps the sequence (so an older summary never wins),
 * the first join time and the fields `keep` names (a team member keeps the member id).
 */
export function saveMembership<S extends MembershipStore>(
  store: S,
  m: Membership<S>,
  keep: ReadonlyArray<keyof Membership<S>> = [],
): Promise<Membership<S>> {
  return write(async (db) => {
    const tx = db.transaction(store as MembershipStore, 'readwrite')
    const id = (m as unknown as Record<string, string>)[MEMBER_KEY[store]]!
    const old = (await tx.store.get(id)) as Membership<S> | undefined
    let next = m
    if (old) {
      next = { ...m, seq: Math.max(old.seq, m.seq), joinedAt: old.joinedAt }
      for (const k of keep) next[k] = old[k]
    }
    await tx.store.put(plain(next) as never)
    await tx.done
    return next
  })
}

/** Raises a membership's sequence for one summary to send, in its own transaction; returns the new number. */
export function nextSeq(store: MembershipStore, id: string): Promise<number> {
  return write(async (db) => {
    const tx = db.transaction(store, 'readwrite')
    const m = await tx.store.get(id)
    if (!m) throw new Error(`not a member: ${store} ${id}`)
    await tx.store.put({ ...m, seq: m.seq + 1 })
    await tx.done
    return m.seq + 1
  })
}

type OwnStore = 'classes' | 'schools' | 'units' | 'teams'
type ListStore = OwnStore | MembershipStore | 'memberships'

/** Everything in one of the chain's own stores, newest first (made or joined: a class joined too). */
export async function listLatest<S extends ListStore>(store: S): Promise<Array<KnsDB[S]['value']>> {
  const all = (await (await getDB()).getAll(store as ListStore)) as Array<{
    createdAt?: number
    joinedAt?: number
  }>
  const at = (x: { createdAt?: number; joinedAt?: number }) => x.createdAt ?? x.joinedAt ?? 0
  return all.sort((a, b) => at(b) - at(a)) as Array<KnsDB[S]['value']>
}

/** Saves a class, school, unit or team made on this phone. */
export function saveOwn<S extends OwnStore>(store: S, value: KnsDB[S]['value']): Promise<void> {
  return write(async (db) => void (await db.put(store as OwnStore, plain(value) as never)))
}
