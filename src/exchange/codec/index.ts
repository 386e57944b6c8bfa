// The codecs' public surface. Pages and stores import from here; `figures.ts` (uqr) is separate. The named
// functions below are the toolkit (seal.ts) applied to one row of DOCUMENTS each, with the result field
// their callers read (`receipt`, `summary`, `invite`); a new document type needs none of them.
import type { Bytes } from './bytes'
import { DOCUMENTS, type DocType, type DocValue } from './documents'
import type { KeyRing } from './frame'
import type { ClassInvite, InviteResult, SchoolInvite, TeamInvite, UnitInvite } from './invite'
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

export const encodeReceipt = (r: DocValue<'receipt'>, classKey: Uint8Array): Promise<string> =>
  seal('receipt', r, classKey)
export const receiptBytes = (r: DocValue<'receipt'>, classKey: Uint8Array): Promise<Bytes> =>
  sealBytes('receipt', r, classKey)
export const decodeReceipt = named('receipt', 'receipt') as (
  code: unknown,
  keysByClassId: KeyRing,
) => Promise<ReceiptResult>

export const encodeSummary = (s: DocValue<'summary'>, schoolKey: Uint8Array): Promise<string> =>
  seal('summary', s, schoolKey)
export const summaryBytes = (s: DocValue<'summary'>, schoolKey: Uint8Array): Promise<Bytes> =>
  sealBytes('summary', s, schoolKey)
export const decodeSummary = named('summary', 'summary') as (
  code: unknown,
  keysBySchoolId: KeyRing,
) => Promise<SummaryResult>

export const encodeSchoolSummary = (s: DocValue<'schoolSummary'>, unitKey: Uint8Array): Promise<string> =>
  seal('schoolSummary', s, unitKey)
export const decodeSchoolSummary = named('schoolSummary', 'summary') as (
  code: unknown,
  keysByUnitId: KeyRing,
) => Promise<SchoolSummaryResult>

export const encodeOutreachSummary = (s: DocValue<'outreachSummary'>, key: Uint8Array): Promise<string> =>
  seal('outreachSummary', s, key)
export const decodeOutreachSummary = named('outreachSummary', 'summary') as (
  code: unknown,
  keysByToId: KeyRing,
) => Promise<OutreachSummaryResult>

export const encodeClassInvite = (i: ClassInvite): Promise<string> => seal('classInvite', i)
export const decodeClassInvite = named('classInvite', 'invite') as (code: unknown) => Promise<InviteResult<ClassInvite>>
export const encodeSchoolInvite = (i: SchoolInvite): Promise<string> => seal('schoolInvite', i)
export const decodeSchoolInvite = named('schoolInvite', 'invite') as (
  code: unknown,
) => Promise<InviteResult<SchoolInvite>>
export const encodeUnitInvite = (i: UnitInvite): Promise<string> => seal('unitInvite', i)
export const decodeUnitInvite = named('unitInvite', 'invite') as (code: unknown) => Promise<InviteResult<UnitInvite>>
export const encodeTeamInvite = (i: TeamInvite): Promise<string> => seal('teamInvite', i)
export const decodeTeamInvite = named('teamInvite', 'invite') as (code: unknown) => Promise<InviteResult<TeamInvite>>

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
