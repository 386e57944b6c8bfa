// Where a code comes in. However a code reaches the app — a link opened, a QR code scanned, text pasted
// from a chat, a file, the camera — it goes through this table: `docTypeOf` answers "what is this code?",
// `findCodes` picks every code out of a chat message, and `runImport` verifies a batch with one channel's
// decoder before anything is stored. The kinds, their bytes and link paths are the rows of DOCUMENTS
// (codec/documents.ts); a new document type adds one ImportChannel in the feature store that receives it.
// Pure: no Vue, no IndexedDB, no words (a line's text comes from the channel's `describe`, which the
// feature writes with its messages).
import { fromBase64url } from './codec/bytes'
import { DOCUMENTS, docTypeOfByte, documentOf, type DocType, type DocValue } from './codec/documents'
import { extractCode, type KeyRing } from './codec/frame'
import type { CodecError } from './codec/problems'

/** Every kind of document that crosses from one phone to another. */
export type DocKind = DocType | 'localityPack'

/** The app path a document's link opens (the code follows `#`, so it never reaches a server). */
export function linkPath(kind: DocKind): string {
  if (kind === 'localityPack') return '/locality'
  const entry = documentOf(kind)
  if (!entry) throw new RangeError(`not a document type: ${kind}`)
  return entry.path
}

/** Every kind's path by name, as the table holds it now. */
export const LINK_PATH: Readonly<Record<DocKind, string>> = Object.fromEntries(
  [...Object.keys(DOCUMENTS), 'localityPack'].map((k) => [k, linkPath(k as DocKind)]),
) as Record<DocKind, string>

/** A code made to send, with the link that carries it. */
export interface SentCode {
  code: string
  link: string
}

export function docLink(kind: DocKind, origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}${linkPath(kind)}#${code}`
}
/** A locality pack link: `…/locality#<deflate-raw JSON, base64url>` (no type byte: the path says it). */
const PACK_LINK = /\/locality#([A-Za-z0-9_-]+)$/

/** What is this code (a link, a fragment or a bare code)? Undefined when it is none of ours. */
export function docTypeOf(input: string): DocKind | undefined {
  if (typeof input !== 'string' || input.length > MAX_TOKEN) return undefined
  if (PACK_LINK.test(input.trim())) return 'localityPack'
  const decoded = fromBase64url(extractCode(input))
  if (!decoded || decoded.bytes.length < 3) return undefined
  return docTypeOfByte(decoded.bytes[0]!)
}

/** Longer than any code or link of ours (a receipt is under 300 characters, a pack link under 60 KB). */
const MAX_TOKEN = 64 * 1024
/** Shortest code of ours: a frame header, an id and a checksum are already longer. */
const MIN_CODE = 16
const LEADING = /^[("'“‘«[<{]+/
const TRAILING = /[)"'”’»\]>}.,;:!?…]+$/
const CODE_CHARS = /^[A-Za-z0-9_-]+$/

/**
 * Every code or link in a text copied from a chat ("Em gửi cô: https://…/r#AbC… ạ."), in order, once each.
 * Words around them and punctuation stuck to them are not codes; `ignored` counts the words left out.
 */
export function findCodes(text: string): { codes: string[]; ignored: number } {
  const codes: string[] = []
  const seen = new Set<string>()
  let ignored = 0
  for (const raw of text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').split(/\s+/)) {
    if (!raw) continue
    const token = raw.replace(LEADING, '').replace(TRAILING, '')
    const hash = token.lastIndexOf('#')
    const code = hash >= 0 ? token.slice(hash + 1) : token
    const looksLikeCode = token.length <= MAX_TOKEN && code.length >= MIN_CODE && CODE_CHARS.test(code)
    const isLink = hash >= 0 && /^(https?:\/\/|\/)/.test(token)
    if (looksLikeCode && (isLink || docTypeOf(code) !== undefined)) {
      const value = PACK_LINK.test(token) ? token : code
      if (!seen.has(value)) {
        seen.add(value)
        codes.push(value)
      }
    } else ignored++
  }
  return { codes, ignored }
}

/** A decoded document, or the reason it was refused (a problem kind; the page puts it into words). */
export type Decoded<T> = { ok: true; item: T } | { ok: false; error: CodecError<string> }

let seal: Promise<typeof import('./codec/seal')> | undefined
/**
 * The toolkit, loaded with the first code read (a page that only finds or counts codes does not carry it), once:
 * a paste of 10,000 codes then waits on one promise, not on 10,000 dynamic imports.
 */
const loadSeal = (): Promise<typeof import('./codec/seal')> => (seal ??= import('./codec/seal'))

/**
 * The decoder of a channel for one row of DOCUMENTS: the toolkit's `open` with this phone's keys, the value
 * as the item. `keys` is read when a code arrives, so a channel made once sees keys added later.
 */
export function documentDecoder<D extends DocType>(
  type: D,
  keys: () => KeyRing = () => ({}),
): (code: string) => Promise<Decoded<DocValue<D>>> {
  return async (code) => {
    const { open } = await loadSeal()
    const r = await open(type, code, keys())
    return r.ok ? { ok: true, item: r.value } : r
  }
}

/** What one receiving feature does with one kind of document. */
export interface ImportChannel<T, O> {
  kind: DocKind
  /** Verifies one code with this phone's keys. Never throws. */
  decode(code: string): Promise<Decoded<T>>
  /** Stores every verified item in one transaction; one outcome per item, in order. */
  store(items: readonly T[]): Promise<readonly O[]>
  /** The result line of one stored item. */
  describe(item: T, outcome: O): ImportLine
  /** The result line of a refused code. */
  refuse(error: CodecError<string>): ImportLine
}

export interface ImportLine {
  ok: boolean
  /** The import changed what this phone holds (added or updated); false for a duplicate or an older copy. */
  changed: boolean
  text: string
}

/** An import outcome that changed what this phone holds. */
export function isChange(outcome: string): boolean {
  return outcome === 'added' || outcome === 'updated'
}

/** Verifies every code first, then stores the valid ones together: nothing invalid is ever stored. */
export async function runImport<T, O, L extends ImportLine>(
  channel: ImportChannel<T, O> & { describe(item: T, outcome: O): L },
  codes: readonly string[],
): Promise<Array<L | ImportLine>> {
  const decoded = await Promise.all(codes.map((code) => channel.decode(code)))
  const valid = decoded.flatMap((d) => (d.ok ? [d.item] : []))
  const outcomes = valid.length ? await channel.store(valid) : []
  let i = 0
  return decoded.map((d) => {
    if (!d.ok) return channel.refuse(d.error)
    const outcome = outcomes[i++]!
    return channel.describe(d.item, outcome)
  })
}

/**
 * A batch that may hold several kinds of document (a unit receives school and team summaries in one
 * paste): each code goes to the channel of its kind, in one `runImport` per channel; a code of no listed
 * kind goes to the first channel, whose decoder names what it is. Lines come back in the codes' order.
 */
export async function runImports(
  channels: ReadonlyArray<ImportChannel<never, never>>,
  codes: readonly string[],
): Promise<ImportLine[]> {
  const groups = new Map<ImportChannel<never, never>, number[]>()
  codes.forEach((code, i) => {
    const kind = docTypeOf(code)
    const channel = channels.find((c) => c.kind === kind) ?? channels[0]!
    const group = groups.get(channel)
    // Pushed, not copied: 10,000 codes in one paste (a copy per code was quadratic).
    if (group) group.push(i)
    else groups.set(channel, [i])
  })
  const out: ImportLine[] = Array.from({ length: codes.length })
  for (const [channel, indexes] of groups) {
    const lines = await runImport(
      channel,
      indexes.map((i) => codes[i]!),
    )
    lines.forEach((l, j) => (out[indexes[j]!] = l))
  }
  return out
}

/** "Đã thêm N, bỏ qua M": how many codes changed something, and how many were refused or already known. */
export function tally(lines: readonly ImportLine[]): { added: number; skipped: number } {
  const added = lines.filter((l) => l.ok && l.changed).length
  return { added, skipped: lines.length - added }
}
