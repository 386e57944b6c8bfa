// The certificate a student shows (a printed page, a PNG, its QR code): what it states, and how the class
// teacher's phone checks it against the class record. The code that carries it is exchange/codec/certificate.ts
// (signed with the class key); the words of each difference are the page's. Pure: no Vue, no idb.
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import type { Membership, StudentRecord } from './records'
import { toDay } from './time'

/** What a certificate states; every field is signed with the class key. */
export interface Certificate {
  classId: string
  /** The student's id in that class (her row at the teacher). */
  studentId: string
  /** At most 40 characters: the name her receipts sign. */
  name: string
  classNumber: number
  className: string
  school: string
  /** '2026-2027' */
  schoolYear: string
  grade: number
  /** Each completed module's completion date (epoch ms, 12:00 Vietnam time of that day). */
  completed: Partial<Record<ModuleId, number>>
}

/** The certificate of a class membership and the learner's completion times (any module without one is left out). */
export function certificateOf(
  m: Pick<
    Membership,
    'classId' | 'studentId' | 'name' | 'classNumber' | 'className' | 'school' | 'schoolYear' | 'grade'
  >,
  completedAt: Partial<Record<string, number | undefined>>,
): Certificate {
  const completed: Partial<Record<ModuleId, number>> = {}
  for (const id of MODULE_IDS) {
    const at = completedAt[id]
    if (at !== undefined) completed[id] = at
  }
  return {
    classId: m.classId,
    studentId: m.studentId,
    name: m.name,
    classNumber: m.classNumber,
    className: m.className,
    school: m.school,
    schoolYear: m.schoolYear,
    grade: m.grade,
    completed,
  }
}

/** The date of issue: the last module's completion date (so the same progress always gives the same code). */
export function issuedOn(c: Certificate): number {
  return Math.max(0, ...Object.values(c.completed).filter((x): x is number => x !== undefined))
}

/** One way the certificate and the class record disagree (the page words it). */
export type CertificateDifference =
  | { kind: 'no-record' }
  | { kind: 'name'; recorded: string }
  | { kind: 'class-number'; recorded: number }
  | { kind: 'not-completed'; moduleId: ModuleId }
  | { kind: 'date'; moduleId: ModuleId; recorded: number }

/**
 * What differs between a (verified) certificate and the teacher's record of that student: nothing means "khớp".
 * Dates compare as Vietnam calendar days, the precision both carry. A module the record has completed and the
 * certificate does not claim is no disagreement: the certificate states only what it lists.
 */
export function compareCertificate(c: Certificate, record: StudentRecord | undefined): CertificateDifference[] {
  if (!record) return [{ kind: 'no-record' }]
  const out: CertificateDifference[] = []
  if (record.name !== c.name) out.push({ kind: 'name', recorded: record.name })
  if (record.classNumber !== c.classNumber) out.push({ kind: 'class-number', recorded: record.classNumber })
  for (const id of MODULE_IDS) {
    const claimed = c.completed[id]
    if (claimed === undefined) continue
    const recorded = record.modules[id]?.completedAt
    if (recorded === undefined) out.push({ kind: 'not-completed', moduleId: id })
    else if (toDay(recorded) !== toDay(claimed)) out.push({ kind: 'date', moduleId: id, recorded })
  }
  return out
}
