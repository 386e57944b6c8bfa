// The codecs' public surface. Pages and stores import from here; `figures.ts` (uqr) is separate. The named
// functions below are the toolkit (seal.ts) applied to one row of DOCUMENTS each, with the result field
// their callers read (`receipt`, `summary`, `invite`); a new document type needs none of them.
import type { Bytes } from './bytes'
import { DOCUMENTS, type DocType, type DocValue } from './documents'
import type { KeyRing } from './frame'
import type { InviteResult } from './invite'
import type { OutreachSummaryResult } from './outreachSummary'
import type { ReceiptResult } from './receipt'
import type { SchoolSummaryResult } from './schoolSummary'
import { open, seal, sealBytes, type Opened } from './seal'
import { fromBase64url, newId, newKey, toBase64url } from './bytes'
import type { SummaryResult } from './summary'

export { newId, newKey, isId, toBase64url, fromBase64url, ID_BYTES, KEY_BYTES } from './bytes'
export { extractCode, type KeyRing } from './frame'
export * from './limits'
export type {
  CodecError,
  CommonErrorKind,
  InviteErrorKind,
  ReceiptErrorKind,
  SummaryErrorKind,
  UnitSummaryErrorKind,
} from './problems'
export { normalizeName, normalizeText, NAME_MAX, LONG_NAME_MAX } from '@/domain/text'
export { vnDate, vnMonth, dateOnly } from '@/domain/time'
export { DOCUMENTS, type DocType, type DocValue, type DocumentEntry } from './documents'
export { inspect, open, seal, sealBytes, type Inspected, type Opened } from './seal'
export * from './invite'
export * from './receipt'
export * from './summary'
export * from './schoolSummary'
export * from './outreachSummary'
export * from './certificate'
export * from '@/domain/merge'

/** `open` with the value under the name its callers read. */
function named<D extends DocType, F extends string>(type: D, field: F) {
  return async (code: unknown, keys?: KeyRing) => {
    const r: Opened<DocValue<D>> = await open(type, code, keys)
    return r.ok ? ({ ok: true, [field]: r.value } as { ok: true } & Record<F, DocValue<D>>) : r
  }
}

/** What each signed document's decoder answers: its value under the name callers read, or a problem kind. */
interface SignedResults {
  receipt: ReceiptResult
  summary: SummaryResult
  schoolSummary: SchoolSummaryResult
  outreachSummary: OutreachSummaryResult
}

/** One signed document's encoder (code or bytes) and decoder, verified with the keys by the id it names first. */
function signed<D extends keyof SignedResults>(type: D, field: string) {
  return {
    encode: (value: DocValue<D>, key: Uint8Array): Promise<string> => seal(type, value, key),
    bytes: (value: DocValue<D>, key: Uint8Array): Promise<Bytes> => sealBytes(type, value, key),
    decode: named(type, field) as (code: unknown, keys: KeyRing) => Promise<SignedResults[D]>,
  }
}

// Keys by class id (receipt), by school id (class summary), by unit id (school summary), by team or unit id.
export const { encode: encodeReceipt, bytes: receiptBytes, decode: decodeReceipt } = signed('receipt', 'receipt')
export const { encode: encodeSummary, bytes: summaryBytes, decode: decodeSummary } = signed('summary', 'summary')
export const { encode: encodeSchoolSummary, decode: decodeSchoolSummary } = signed('schoolSummary', 'summary')
export const { encode: encodeOutreachSummary, decode: decodeOutreachSummary } = signed('outreachSummary', 'summary')

/** One invite's encoder and decoder: checked by its checksum, since it carries the key it hands down. */
function invite<D extends 'classInvite' | 'schoolInvite' | 'unitInvite' | 'teamInvite'>(type: D) {
  return {
    encode: (i: DocValue<D>): Promise<string> => seal(type, i),
    decode: named(type, 'invite') as (code: unknown) => Promise<InviteResult<DocValue<D>>>,
  }
}

export const { encode: encodeClassInvite, decode: decodeClassInvite } = invite('classInvite')
export const { encode: encodeSchoolInvite, decode: decodeSchoolInvite } = invite('schoolInvite')
export const { encode: encodeUnitInvite, decode: decodeUnitInvite } = invite('unitInvite')
export const { encode: encodeTeamInvite, decode: decodeTeamInvite } = invite('teamInvite')

export const encodeCertificate = (c: DocValue<'certificate'>, classKey: Uint8Array): Promise<string> =>
  seal('certificate', c, classKey)

/** The certificate's link (its QR code): any phone opens what it states, the class teacher's checks it. */
export function certificateLink(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}${DOCUMENTS.certificate.path}#${code}`
}

/** The link a teacher or officer shares; the key stays in the fragment, which no server sees. */
export function inviteLink(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}${DOCUMENTS.classInvite.path}#${code}`
}

/** The link a student sends by any messenger; the code stays in the fragment, which no server sees. */
export function receiptLink(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}${DOCUMENTS.receipt.path}#${code}`
}

/** A new id and key for what others join (a class, school, unit or team), with when it was made. */
export function newKeyHolder(now = Date.now()): { id: string; keyB64: string; createdAt: number } {
  return { id: newId(), keyB64: toBase64url(newKey()), createdAt: now }
}

/** The key bytes of a stored key (base64url). */
export function keyOf(b64: string): Uint8Array {
  return fromBase64url(b64)!.bytes
}
