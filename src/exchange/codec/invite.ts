// Invites: the class invite a teacher shows to students (QR code, `/join#…` link) and the school invite a
// reporting officer gives to teachers. An invite carries the secret key, so it cannot be signed with it;
// a 4-byte checksum catches copy damage instead, so that a mangled key is caught at join time rather
// than as "bad signature" on every receipt the student sends later. Layout: docs/receipt-format.md.
import { ByteReader, ByteWriter, concatBytes, idBytes, KEY_BYTES, toBase64url, type Bytes } from './bytes'
import { CHECK_BYTES, checksum, frameHeader, openFrame, readId, verifyChecksum } from './frame'
import { codecError, type CodecError, failureOf, CodecFailure, type InviteErrorKind } from './problems'
import { isCanonicalText, LONG_NAME_MAX, NAME_MAX, requiredText } from '@/domain/text'
import { schoolYearIndex, schoolYearOf } from '@/domain/time'
import { GRADE_MAX, GRADE_MIN } from './limits'

export const INVITE_VERSION = 1

export interface ClassInvite {
  classId: string
  /** 16 random bytes; whoever holds them can sign receipts for this class. */
  classKey: Uint8Array
  /** '6A1' */
  className: string
  school: string
  /** '2025-2026' */
  schoolYear: string
  /** 1..12 */
  grade: number
}

export interface SchoolInvite {
  schoolId: string
  schoolKey: Uint8Array
  schoolName: string
  /** The office the school reports to, e.g. 'Phòng Văn hóa – Xã hội xã X' or 'Sở GDĐT'. */
  upperLevel: string
}

export type InviteResult<T> = { ok: true; invite: T } | { ok: false; error: CodecError<InviteErrorKind> }

export function inviteKey(k: Uint8Array, what: string): Uint8Array {
  if (!ArrayBuffer.isView(k) || k.length !== KEY_BYTES) throw new RangeError(`${what} must be ${KEY_BYTES} bytes`)
  return k
}

export async function sealInvite(doc: 'classInvite' | 'schoolInvite' | 'unitInvite' | 'teamInvite', body: Bytes): Promise<string> {
  const data = concatBytes(frameHeader(doc, INVITE_VERSION, body.length, CHECK_BYTES), body)
  return toBase64url(concatBytes(data, await checksum(data)))
}

export function normalizeClassInvite(i: ClassInvite): ClassInvite {
  idBytes(i.classId)
  schoolYearIndex(i.schoolYear)
  if (!Number.isInteger(i.grade) || i.grade < GRADE_MIN || i.grade > GRADE_MAX) throw new RangeError(`grade out of range: ${i.grade}`)
  return {
    classId: i.classId,
    classKey: new Uint8Array(inviteKey(i.classKey, 'classKey')),
    className: requiredText(i.className, NAME_MAX, 'className'),
    school: requiredText(i.school, LONG_NAME_MAX, 'school'),
    schoolYear: i.schoolYear,
    grade: i.grade,
  }
}

export async function encodeClassInvite(invite: ClassInvite): Promise<string> {
  const i = normalizeClassInvite(invite)
  const body = new ByteWriter()
    .bytes(idBytes(i.classId))
    .bytes(i.classKey)
    .u8(i.grade)
    .varint(schoolYearIndex(i.schoolYear))
    .text(i.className)
    .text(i.school)
    .finish()
  return sealInvite('classInvite', body)
}

/** The link a teacher shares; the key stays in the fragment, which no server sees. */
export function inviteLink(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}/join#${code}`
}

/** Never throws. */
export async function decodeClassInvite(code: unknown): Promise<InviteResult<ClassInvite>> {
  try {
    const frame = openFrame(code, 'classInvite', INVITE_VERSION, CHECK_BYTES)
    await verifyChecksum(frame)
    const r = new ByteReader(frame.bytes, frame.bodyStart, frame.trailerStart)
    const classId = readId(r)
    const classKey = new Uint8Array(r.bytesOf(KEY_BYTES))
    const grade = r.u8()
    const schoolYear = schoolYearOf(r.varint(255))
    const className = r.text(NAME_MAX * 4)
    const school = r.text(LONG_NAME_MAX * 4)
    if (r.remaining !== 0 || grade < GRADE_MIN || grade > GRADE_MAX || !isCanonicalText(className, NAME_MAX) || !isCanonicalText(school, LONG_NAME_MAX)) {
      throw new CodecFailure('bad-data')
    }
    return { ok: true, invite: { classId, classKey, className, school, schoolYear, grade } }
  } catch (e) {
    return { ok: false, error: codecError('classInvite', failureOf(e)) }
  }
}

export function normalizeSchoolInvite(i: SchoolInvite): SchoolInvite {
  idBytes(i.schoolId)
  return {
    schoolId: i.schoolId,
    schoolKey: new Uint8Array(inviteKey(i.schoolKey, 'schoolKey')),
    schoolName: requiredText(i.schoolName, LONG_NAME_MAX, 'schoolName'),
    upperLevel: requiredText(i.upperLevel, LONG_NAME_MAX, 'upperLevel'),
  }
}

export async function encodeSchoolInvite(invite: SchoolInvite): Promise<string> {
  const i = normalizeSchoolInvite(invite)
  const body = new ByteWriter().bytes(idBytes(i.schoolId)).bytes(i.schoolKey).text(i.schoolName).text(i.upperLevel).finish()
  return sealInvite('schoolInvite', body)
}

/** Never throws. */
export async function decodeSchoolInvite(code: unknown): Promise<InviteResult<SchoolInvite>> {
  try {
    const frame = openFrame(code, 'schoolInvite', INVITE_VERSION, CHECK_BYTES)
    await verifyChecksum(frame)
    const r = new ByteReader(frame.bytes, frame.bodyStart, frame.trailerStart)
    const schoolId = readId(r)
    const schoolKey = new Uint8Array(r.bytesOf(KEY_BYTES))
    const schoolName = r.text(LONG_NAME_MAX * 4)
    const upperLevel = r.text(LONG_NAME_MAX * 4)
    if (r.remaining !== 0 || !isCanonicalText(schoolName, LONG_NAME_MAX) || !isCanonicalText(upperLevel, LONG_NAME_MAX)) {
      throw new CodecFailure('bad-data')
    }
    return { ok: true, invite: { schoolId, schoolKey, schoolName, upperLevel } }
  } catch (e) {
    return { ok: false, error: codecError('schoolInvite', failureOf(e)) }
  }
}
