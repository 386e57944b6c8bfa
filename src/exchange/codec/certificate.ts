// The certificate's code (`/c#…`, in the certificate's QR code): who, which class and school, and each module
// with its completion date, signed with the class key like a receipt. A receipt lacks the class and school
// names (the teacher's phone has them; nobody else does), so a certificate is its own document: any phone reads
// what it states, the class teacher's phone verifies it and checks it against the class record. Deterministic:
// the same progress always gives the same code (no time of issue; the date of issue is the last completion).
// Layout: docs/receipt-format.md, "Certificate".
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import { idBytes, type ByteReader } from './bytes'
import { int, readId, signedBy, type SignedCodec } from './kit'
import { CLASS_NUMBER_MAX, GRADE_MAX, GRADE_MIN } from './limits'
import { bitsOf, isModuleId, MASK_MAX } from './modules'
import { CodecFailure } from './problems'
import { isCanonicalText, LONG_NAME_MAX, NAME_MAX, requiredText } from '@/domain/text'
import { dateOnly, fromDay, schoolYearIndex, schoolYearOf, toDay } from '@/domain/time'
import type { Certificate } from '@/domain/certificate'

export type { Certificate }
export const CERTIFICATE_VERSION = 1

/**
 * The certificate exactly as it will decode: names normalised, dates cut to their day. Throws RangeError for
 * what no phone should make (bad ids, an empty name, an unknown module, no module completed).
 */
export function normalizeCertificate(c: Certificate): Certificate {
  idBytes(c.classId)
  idBytes(c.studentId)
  schoolYearIndex(c.schoolYear)
  for (const id of Object.keys(c.completed)) if (!isModuleId(id)) throw new RangeError(`unknown module: ${id}`)
  const completed: Partial<Record<ModuleId, number>> = {}
  for (const id of MODULE_IDS) {
    const at = c.completed[id]
    if (at !== undefined) completed[id] = dateOnly(at)
  }
  if (!Object.keys(completed).length) throw new RangeError('a certificate needs a completed module')
  return {
    classId: c.classId,
    studentId: c.studentId,
    name: requiredText(c.name, NAME_MAX, 'name'),
    classNumber: int(c.classNumber, 1, CLASS_NUMBER_MAX, 'classNumber'),
    className: requiredText(c.className, NAME_MAX, 'className'),
    school: requiredText(c.school, LONG_NAME_MAX, 'school'),
    schoolYear: c.schoolYear,
    grade: int(c.grade, GRADE_MIN, GRADE_MAX, 'grade'),
    completed,
  }
}

function text(r: ByteReader, max: number): string {
  const t = r.text(max * 4)
  if (!isCanonicalText(t, max)) throw new CodecFailure('bad-data')
  return t
}

/** Signed with the class key; the class id comes first. */
export const certificateCodec: SignedCodec<Certificate> = {
  ...signedBy<Certificate>(CERTIFICATE_VERSION, 'unknown-class', (c) => c.classId),
  normalize: normalizeCertificate,
  write(w, c) {
    w.bytes(idBytes(c.studentId)).varint(c.classNumber).text(c.name).text(c.className).text(c.school)
    w.varint(schoolYearIndex(c.schoolYear)).u8(c.grade)
    let mask = 0
    MODULE_IDS.forEach((id, i) => {
      if (c.completed[id] !== undefined) mask |= 1 << i
    })
    w.varint(mask)
    for (const id of MODULE_IDS) {
      const at = c.completed[id]
      if (at !== undefined) w.u16(toDay(at))
    }
  },
  read(r, { keyId: classId }) {
    const studentId = readId(r)
    const classNumber = r.varint(CLASS_NUMBER_MAX)
    const name = text(r, NAME_MAX)
    const className = text(r, NAME_MAX)
    const school = text(r, LONG_NAME_MAX)
    const schoolYear = schoolYearOf(r.varint(255))
    const grade = r.u8()
    const mask = r.varint(MASK_MAX)
    if (classNumber < 1 || grade < GRADE_MIN || grade > GRADE_MAX || mask === 0) throw new CodecFailure('bad-data')
    const completed: Partial<Record<ModuleId, number>> = {}
    for (const bit of bitsOf(mask)) {
      const day = r.u16()
      // A module this app does not know yet (a newer app appended it): read past it, keep the rest.
      const id = MODULE_IDS[bit]
      if (id !== undefined) completed[id] = fromDay(day)
    }
    return { classId, studentId, name, classNumber, className, school, schoolYear, grade, completed }
  },
}
