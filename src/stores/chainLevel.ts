// One level of the reporting chain (class → school, school → unit, member → team, team → unit) is the same thing
// at every level: the receiver makes a key holder and hands its key down in an invite; the sender keeps the
// membership of the invite it accepted; the receiver verifies the signed codes sent up with its keys. The
// feature stores pass in their repository and codec; these steps are written once here.
// The codec and the import runner load in the steps that use them, so a page whose store sets up a level carries
// neither until an invite is made or a code is read.
import { fromBase64url, toBase64url } from '@/exchange/codec/bytes'
import { parseExpected, type Expected, type ExpectedResult } from '@/domain/expected'
import { formNames, LONG_NAME_MAX } from '@/domain/text'
import type { ImportChannel, ImportLine } from '@/exchange/channels'

const codec = () => import('@/exchange/codec')

/** The key bytes of a stored key (base64url); the codec's keyOf, without loading the codec. */
export function keyOf(b64: string): Uint8Array {
  return fromBase64url(b64)!.bytes
}

/** What others join: its id and the key its invite hands down. */
export interface KeyHolder {
  id: string
  keyB64: string
  createdAt: number
}

/** The fields a joined membership gets from the steps (the rest come from the invite). */
type Joined = { keyB64: string; joinedAt: number; seq: number }
/** What a key holder's form gives: all but what the steps make. */
type Form<H> = Omit<H, keyof KeyHolder | 'expected'>

export function chainLevel<H extends KeyHolder & { expected?: Expected }, M extends Joined>(level: {
  /** The form fields that are names: cleaned and required (RangeError when one is empty once cleaned). */
  names: readonly (keyof Form<H> & string)[]
  /** This phone's key holders as last read. */
  holders(): readonly H[]
  save(holder: H): Promise<unknown>
  /** The invite's code for a key holder (its key handed down with what the sender shows). */
  encodeInvite(holder: H, key: Uint8Array): Promise<string>
  saveMembership(m: M): Promise<M>
  /** Reads this phone's key holders and memberships again. */
  reload(): Promise<unknown>
}) {
  return {
    /** A new key holder from its form: saved, and kept from eviction. */
    async create(form: Form<H>): Promise<H> {
      const names = formNames(form as unknown as Record<keyof Form<H> & string, string>, level.names, LONG_NAME_MAX)
      // The spread of a generic Omit is not known to TypeScript to be H again; it is by construction.
      const { newKeyHolder } = await codec()
      const holder = { ...newKeyHolder(), ...form, ...names } as unknown as H
      await level.save(holder)
      await level.reload()
      // The summaries exist nowhere else once received: ask the browser not to evict them.
      void navigator.storage?.persist?.()
      return holder
    },
    /** The invite link of a key holder made here. */
    async invite(holder: H, origin = location.origin): Promise<string> {
      const [{ inviteLink }, code] = await Promise.all([codec(), level.encodeInvite(holder, keyOf(holder.keyB64))])
      return inviteLink(origin, code)
    },
    /** Keeps an accepted invite's key; the sequence of what this phone sends up starts at 0. */
    async join(key: Uint8Array, fields: Omit<M, keyof Joined>): Promise<M> {
      const m = await level.saveMembership({ ...fields, keyB64: toBase64url(key), joinedAt: Date.now(), seq: 0 } as M)
      await level.reload()
      return m
    },
    /**
     * Who is expected to send up (a pasted or typed list, or how many): cleaned (blanks, numbering, repeats) or
     * refused with a problem kind, then kept in the holder's own record; nothing changes on a refusal.
     */
    async setExpected(id: string, text: string): Promise<ExpectedResult> {
      const parsed = parseExpected(text)
      const holder = level.holders().find((x) => x.id === id)
      if (!parsed.ok || !holder) return parsed.ok ? { ok: false, problem: 'empty' } : parsed
      await level.save({ ...holder, expected: parsed.expected })
      await level.reload()
      return parsed
    },
  }
}

/** The keys of this phone's key holders, by id: what a received code is verified with. */
export function keysOf(holders: readonly Pick<KeyHolder, 'id' | 'keyB64'>[]): Record<string, Uint8Array> {
  return Object.fromEntries(holders.map((h) => [h.id, keyOf(h.keyB64)]))
}

/**
 * Verifies every code with `holders`' keys and stores the valid ones in one transaction, then reads again
 * each holder a result line names in its field `touched`, so that holder's report shows what came in.
 */
export async function importWithKeys<T, O, L extends ImportLine>(
  holders: readonly Pick<KeyHolder, 'id' | 'keyB64'>[],
  channel: (keys: Record<string, Uint8Array>) => ImportChannel<T, O> & { describe(item: T, outcome: O): L },
  codes: readonly string[],
  touched: Exclude<keyof L, keyof ImportLine>,
  reload: (id: string) => Promise<unknown>,
): Promise<Array<L | ImportLine>> {
  const { runImport } = await import('@/exchange/channels')
  const lines = await runImport(channel(keysOf(holders)), codes)
  const ids = lines.flatMap((l) => {
    const id = (l as Partial<L>)[touched]
    return typeof id === 'string' && id ? [id] : []
  })
  for (const id of new Set(ids)) await reload(id)
  return lines
}
