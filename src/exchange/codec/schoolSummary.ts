// The monthly school summary a school's reporting officer sends up to its reporting unit (the commune's
// Phòng Văn hóa – Xã hội or the Sở GDĐT): per-module figures with sĩ số, staff readiness and the school's
// outreach totals, signed with the unit key from the unit invite. Layout: docs/chain-format.md.
import { idBytes } from './bytes'
import { int, readStamp, signedBy, writeStamp, type SignedCodec } from './kit'
import { CLASSES_MAX, PEOPLE_MAX, SCHOOL_STUDENTS_MAX, SEQ_MAX, SESSIONS_MAX, TEACHERS_MAX } from './limits'
import { eachModule, readModules, writeModules } from './modules'
import { CodecFailure, type CodecError, type UnitSummaryErrorKind } from './problems'
import { isCanonicalText, LONG_NAME_MAX, requiredText } from '@/domain/text'
import { monthIndex, secondsOnly } from '@/domain/time'
import type { SchoolModuleCount, SchoolStaffFigures, SchoolSummary } from '@/domain/records'

export type { SchoolSummary }
/** 2: per module the students who learned it in class, the learners counted once and the tiết; teachers who taught. */
export const SCHOOL_SUMMARY_VERSION = 2

export type SchoolSummaryResult =
  { ok: true; summary: SchoolSummary } | { ok: false; error: CodecError<UnitSummaryErrorKind> }

/** Staff figures in the order they are written; each is at most `teachers`. */
const STAFF = [
  'vneidLevel2',
  'dvcPortal',
  'fiveSkills',
  'completedAny',
  'completedAll',
] as const satisfies readonly (keyof SchoolStaffFigures)[]

/** Each student once: learners cover both those who completed and those who learned in class, and no more. */
function validCount(m: Required<SchoolModuleCount>, studentCount: number): boolean {
  return (
    m.inMonth <= m.total &&
    m.total <= studentCount &&
    m.learnedInClass <= m.learners &&
    m.total <= m.learners &&
    m.learners <= studentCount &&
    m.learners <= m.learnedInClass + m.total
  )
}

/** The summary exactly as it will decode; RangeError for figures that contradict each other. */
export function normalizeSchoolSummary(s: SchoolSummary): SchoolSummary {
  idBytes(s.unitId)
  idBytes(s.schoolId)
  monthIndex(s.month)
  const studentCount = int(s.studentCount, 0, SCHOOL_STUDENTS_MAX, 'studentCount')
  const modules = eachModule(s.modules, (m: SchoolModuleCount, id): SchoolModuleCount => {
    const inMonth = int(m.inMonth, 0, SCHOOL_STUDENTS_MAX, 'inMonth')
    const total = int(m.total, 0, SCHOOL_STUDENTS_MAX, 'total')
    const c = {
      learnedInClass: int(m.learnedInClass ?? 0, 0, SCHOOL_STUDENTS_MAX, 'learnedInClass'),
      learners: int(m.learners ?? total, 0, SCHOOL_STUDENTS_MAX, 'learners'),
      periods: int(m.periods ?? 0, 0, SESSIONS_MAX, 'periods'),
    }
    if (!validCount({ inMonth, total, ...c }, studentCount))
      throw new RangeError(`figures of ${id} contradict each other`)
    return { inMonth, total, ...c }
  })
  const teachers = int(s.staff.teachers, 0, TEACHERS_MAX, 'teachers')
  const staff = { teachers } as SchoolStaffFigures
  for (const k of STAFF) staff[k] = int(s.staff[k], 0, teachers, k)
  staff.taught = int(s.staff.taught ?? 0, 0, teachers, 'taught')
  if (staff.completedAll > staff.completedAny) throw new RangeError('completedAll > completedAny')
  return {
    unitId: s.unitId,
    schoolId: s.schoolId,
    schoolName: requiredText(s.schoolName, LONG_NAME_MAX, 'schoolName'),
    month: s.month,
    classes: int(s.classes, 0, CLASSES_MAX, 'classes'),
    studentCount,
    modules,
    staff,
    outreach: {
      sessions: int(s.outreach.sessions, 0, SESSIONS_MAX, 'sessions'),
      people: int(s.outreach.people, 0, PEOPLE_MAX, 'people'),
      helped: int(s.outreach.helped, 0, PEOPLE_MAX, 'helped'),
    },
    issuedAt: secondsOnly(s.issuedAt),
    seq: int(s.seq, 0, SEQ_MAX, 'seq'),
  }
}

/** Signed with the unit key from the unit invite; the unit id comes first. */
export const schoolSummaryCodec: SignedCodec<SchoolSummary> = {
  ...signedBy<SchoolSummary>(SCHOOL_SUMMARY_VERSION, 'unknown-unit', (s) => s.unitId),
  oldest: 1,
  normalize: normalizeSchoolSummary,
  write(w, s) {
    writeStamp(w, { ...s, id: s.schoolId })
      .text(s.schoolName)
      .varint(s.classes)
      .varint(s.studentCount)
    writeModules(w, s.modules, (m) => {
      w.varint(m.inMonth).varint(m.total).varint(m.learnedInClass!).varint(m.learners!).varint(m.periods!)
    })
    w.varint(s.staff.teachers)
    for (const k of STAFF) w.varint(s.staff[k])
    w.varint(s.staff.taught!)
    w.varint(s.outreach.sessions).varint(s.outreach.people).varint(s.outreach.helped)
  },
  read(r, { keyId: unitId, version }) {
    const { id: schoolId, seq, issuedAt, month } = readStamp(r)
    const schoolName = r.text(LONG_NAME_MAX * 4)
    const classes = r.varint(CLASSES_MAX)
    const studentCount = r.varint(SCHOOL_STUDENTS_MAX)
    if (!isCanonicalText(schoolName, LONG_NAME_MAX)) throw new CodecFailure('bad-data')
    const modules = readModules(r, (): SchoolModuleCount => {
      const inMonth = r.varint(SCHOOL_STUDENTS_MAX)
      const total = r.varint(SCHOOL_STUDENTS_MAX)
      // A v1 summary knows no period: nobody learned in class, the learners are those who completed.
      const m =
        version >= 2
          ? {
              inMonth,
              total,
              learnedInClass: r.varint(SCHOOL_STUDENTS_MAX),
              learners: r.varint(SCHOOL_STUDENTS_MAX),
              periods: r.varint(SESSIONS_MAX),
            }
          : { inMonth, total, learnedInClass: 0, learners: total, periods: 0 }
      if (!validCount(m, studentCount)) throw new CodecFailure('bad-data')
      return m
    })
    const teachers = r.varint(TEACHERS_MAX)
    const staff = { teachers } as SchoolStaffFigures
    for (const k of STAFF) staff[k] = r.varint(teachers)
    staff.taught = version >= 2 ? r.varint(teachers) : 0
    if (staff.completedAll > staff.completedAny) throw new CodecFailure('bad-data')
    const outreach = {
      sessions: r.varint(SESSIONS_MAX),
      people: r.varint(PEOPLE_MAX),
      helped: r.varint(PEOPLE_MAX),
    }
    return {
      unitId,
      schoolId,
      schoolName,
      month,
      classes,
      studentCount,
      modules,
      staff,
      outreach,
      issuedAt,
      seq,
    }
  },
}
