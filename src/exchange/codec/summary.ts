// The class summary a teacher sends to the school's reporting officer for the monthly report: per module
// figures for the class and the teacher's own completion and staff readiness (Đề án 06), signed with the
// school key from the school invite. Same envelope and rules as a receipt: docs/receipt-format.md. This file
// is its version and fields; the envelope and signature are the toolkit's (seal.ts).
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import { idBytes } from './bytes'
import { int, readId, readStamp, signedBy, writeStamp, type SignedCodec } from './kit'
import { GRADE_MAX, GRADE_MIN, SEQ_MAX, STUDENT_COUNT_MAX } from './limits'
import { idsOf, isModuleId, MASK_MAX, maskOf, readModules, writeModules } from './modules'
import { CodecFailure, type CodecError, type SummaryErrorKind } from './problems'
import { isCanonicalText, NAME_MAX, requiredText } from '@/domain/text'
import { monthIndex, schoolYearIndex, schoolYearOf, secondsOnly } from '@/domain/time'

import type { ClassSummary, ModuleFigures, TeacherReadiness } from '@/domain/records'

export type { ClassSummary, ModuleFigures, TeacherReadiness }
/**
 * 2: per module, the students who learned it in class, the learners counted once and the tiết taught.
 * 3: how many students of the class sent their result (`sent`, "đã gửi kết quả: a/b" at the school).
 */
export const SUMMARY_VERSION = 3
/** Tiết of one module in one class in a month (a class has at most ~10 a day). */
export const PERIODS_MAX = 999

export type SummaryResult = { ok: true; summary: ClassSummary } | { ok: false; error: CodecError<SummaryErrorKind> }

const READINESS_BITS = ['vneidLevel2', 'dvcPortal', 'fiveSkills'] as const satisfies readonly (keyof TeacherReadiness)[]
const READINESS_MASK = (1 << READINESS_BITS.length) - 1

function validFigures(f: ModuleFigures, studentCount: number): boolean {
  const inClass = f.learnedInClass ?? 0
  const learners = f.learners ?? f.completedTotal
  return (
    f.completedInMonth <= f.completedTotal &&
    f.completedTotal <= f.outOf &&
    f.outOf <= studentCount &&
    // Learners count each student once: at least those who completed and those who learned in class, at most both.
    inClass <= learners &&
    f.completedTotal <= learners &&
    learners <= f.outOf &&
    learners <= inClass + f.completedTotal
  )
}

/**
 * The summary exactly as it will decode: names normalised, average rounded to one decimal, time to whole
 * seconds, teacher modules sorted. Throws RangeError for figures that contradict each other.
 */
export function normalizeSummary(s: ClassSummary): ClassSummary {
  for (const id of [s.schoolId, s.classId, s.teacherId]) idBytes(id)
  monthIndex(s.month)
  schoolYearIndex(s.schoolYear)
  const studentCount = int(s.studentCount, 0, STUDENT_COUNT_MAX, 'studentCount')
  const sent = s.sent === undefined ? undefined : int(s.sent, 0, studentCount, 'sent')
  for (const id of Object.keys(s.modules)) if (!isModuleId(id)) throw new RangeError(`unknown module: ${id}`)
  const modules: Partial<Record<ModuleId, ModuleFigures>> = {}
  for (const id of MODULE_IDS) {
    const f = s.modules[id]
    if (!f) continue
    const avg = f.averageBestScore
    if (avg !== null && !(Number.isFinite(avg) && avg >= 0 && avg <= 100))
      throw new RangeError(`averageBestScore out of range: ${avg}`)
    const figures: ModuleFigures = {
      completedInMonth: int(f.completedInMonth, 0, STUDENT_COUNT_MAX, 'completedInMonth'),
      completedTotal: int(f.completedTotal, 0, STUDENT_COUNT_MAX, 'completedTotal'),
      outOf: int(f.outOf, 0, STUDENT_COUNT_MAX, 'outOf'),
      averageBestScore: avg === null ? null : Math.round(avg * 10) / 10,
      learnedInClass: int(f.learnedInClass ?? 0, 0, STUDENT_COUNT_MAX, 'learnedInClass'),
      learners: int(f.learners ?? f.completedTotal, 0, STUDENT_COUNT_MAX, 'learners'),
      periods: int(f.periods ?? 0, 0, PERIODS_MAX, 'periods'),
    }
    if (!validFigures(figures, studentCount)) throw new RangeError(`figures of ${id} contradict each other`)
    modules[id] = figures
  }
  for (const id of s.teacherCompleted) if (!isModuleId(id)) throw new RangeError(`unknown module: ${id}`)
  return {
    schoolId: s.schoolId,
    classId: s.classId,
    teacherId: s.teacherId,
    teacherName: requiredText(s.teacherName, NAME_MAX, 'teacherName'),
    className: requiredText(s.className, NAME_MAX, 'className'),
    grade: int(s.grade, GRADE_MIN, GRADE_MAX, 'grade'),
    schoolYear: s.schoolYear,
    month: s.month,
    studentCount,
    ...(sent === undefined ? {} : { sent }),
    modules,
    teacherCompleted: idsOf(maskOf(s.teacherCompleted)),
    readiness: {
      vneidLevel2: !!s.readiness.vneidLevel2,
      dvcPortal: !!s.readiness.dvcPortal,
      fiveSkills: !!s.readiness.fiveSkills,
    },
    issuedAt: secondsOnly(s.issuedAt),
    seq: int(s.seq, 0, SEQ_MAX, 'seq'),
  }
}

/** Signed with the school key from the school invite; the school id comes first. Versions 1 and 2 are still read. */
export const summaryCodec: SignedCodec<ClassSummary> = {
  ...signedBy<ClassSummary>(SUMMARY_VERSION, 'unknown-school', (s) => s.schoolId),
  oldest: 1,
  normalize: normalizeSummary,
  write(w, s) {
    w.bytes(idBytes(s.classId))
    writeStamp(w, { ...s, id: s.teacherId })
      .varint(schoolYearIndex(s.schoolYear))
      .u8(s.grade)
      .text(s.className)
      .text(s.teacherName)
      .varint(s.studentCount)
    writeModules(w, s.modules, (f) => {
      w.varint(f.completedInMonth).varint(f.completedTotal).varint(f.outOf)
      // Tenths plus one, so that 0 can mean "nobody has a score yet".
      w.varint(f.averageBestScore === null ? 0 : Math.round(f.averageBestScore * 10) + 1)
      // v2: what the logged periods add.
      w.varint(f.learnedInClass!).varint(f.learners!).varint(f.periods!)
    })
    w.varint(maskOf(s.teacherCompleted))
    w.u8(READINESS_BITS.reduce((bits, name, i) => (s.readiness[name] ? bits | (1 << i) : bits), 0))
    // v3: plus one, so that 0 can mean "not counted" (a summary made without it reads as v1/v2 do).
    w.varint(s.sent === undefined ? 0 : s.sent + 1)
  },
  read(r, { keyId: schoolId, version }) {
    const classId = readId(r)
    const { id: teacherId, seq, issuedAt, month } = readStamp(r)
    const schoolYear = schoolYearOf(r.varint(255))
    const grade = r.u8()
    const className = r.text(NAME_MAX * 4)
    const teacherName = r.text(NAME_MAX * 4)
    const studentCount = r.varint(STUDENT_COUNT_MAX)
    if (
      grade < GRADE_MIN ||
      grade > GRADE_MAX ||
      !isCanonicalText(className, NAME_MAX) ||
      !isCanonicalText(teacherName, NAME_MAX)
    ) {
      throw new CodecFailure('bad-data')
    }
    const modules = readModules(r, () => {
      const completedInMonth = r.varint(STUDENT_COUNT_MAX)
      const completedTotal = r.varint(STUDENT_COUNT_MAX)
      const outOf = r.varint(STUDENT_COUNT_MAX)
      const avg = r.varint(1001)
      const figures: ModuleFigures = {
        completedInMonth,
        completedTotal,
        outOf,
        averageBestScore: avg === 0 ? null : (avg - 1) / 10,
      }
      // A v1 summary knows no period: nobody learned in class, the learners are those who completed.
      figures.learnedInClass = version >= 2 ? r.varint(STUDENT_COUNT_MAX) : 0
      figures.learners = version >= 2 ? r.varint(STUDENT_COUNT_MAX) : completedTotal
      figures.periods = version >= 2 ? r.varint(PERIODS_MAX) : 0
      if (!validFigures(figures, studentCount)) throw new CodecFailure('bad-data')
      return figures
    })
    const teacherCompleted = idsOf(r.varint(MASK_MAX))
    const flags = r.u8()
    if (flags & ~READINESS_MASK) throw new CodecFailure('bad-data')
    // v1/v2 carry no count of the students who sent: the school shows "chưa rõ", never a guess.
    const sentPlusOne = version >= 3 ? r.varint(STUDENT_COUNT_MAX + 1) : 0
    const sent = sentPlusOne === 0 ? undefined : sentPlusOne - 1
    if (sent !== undefined && sent > studentCount) throw new CodecFailure('bad-data')
    const [vneidLevel2, dvcPortal, fiveSkills] = READINESS_BITS.map((_, i) => (flags & (1 << i)) !== 0) as [
      boolean,
      boolean,
      boolean,
    ]
    return {
      schoolId,
      classId,
      teacherId,
      teacherName,
      className,
      grade,
      schoolYear,
      month,
      studentCount,
      ...(sent === undefined ? {} : { sent }),
      modules,
      teacherCompleted,
      readiness: { vneidLevel2, dvcPortal, fiveSkills },
      issuedAt,
      seq,
    }
  },
}
