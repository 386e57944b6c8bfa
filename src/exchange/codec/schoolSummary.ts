// The monthly school summary a school's reporting officer sends up to its reporting unit (the commune's
// Phòng Văn hóa – Xã hội or the Sở GDĐT): per-module figures with sĩ số, staff readiness and the school's
// outreach totals, signed with the unit key from the unit invite. Layout: docs/chain-format.md.
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import { idBytes } from './bytes'
import { int, readId, type SignedCodec } from './kit'
import { CLASSES_MAX, PEOPLE_MAX, SCHOOL_STUDENTS_MAX, SEQ_MAX, SESSIONS_MAX, TEACHERS_MAX } from './limits'
import { bitsOf, isModuleId, MASK_MAX, maskOf } from './modules'
import { CodecFailure, type CodecError, type UnitSummaryErrorKind } from './problems'
import { isCanonicalText, LONG_NAME_MAX, requiredText } from '@/domain/text'
import { fromSeconds, MAX_SECONDS, monthIndex, monthOf, secondsOnly, toSeconds } from '@/domain/time'
import type { SchoolModuleCount, SchoolStaffFigures, SchoolSummary } from '@/domain/records'

export type { SchoolSummary }
export const SCHOOL_SUMMARY_VERSION = 1

export type SchoolSummaryResult = { ok: true; summary: SchoolSummary } | { ok: false; error: CodecError<UnitSummaryErrorKind> }

/** Staff figures in the order they are written; each is at most `teachers`. */
const STAFF = ['vneidLevel2', 'dvcPortal', 'fiveSkills', 'completedAny', 'completedAll'] as const satisfies readonly (keyof SchoolStaffFigures)[]

/** The summary exactly as it will decode; RangeError for figures that contradict each other. */
export function normalizeSchoolSummary(s: SchoolSummary): SchoolSummary {
  idBytes(s.unitId)
  idBytes(s.schoolId)
  monthIndex(s.month)
  const studentCount = int(s.studentCount, 0, SCHOOL_STUDENTS_MAX, 'studentCount')
  for (const id of Object.keys(s.modules)) if (!isModuleId(id)) throw new RangeError(`unknown module: ${id}`)
  const modules: Partial<Record<ModuleId, SchoolModuleCount>> = {}
  for (const id of MODULE_IDS) {
    const m = s.modules[id]
    if (!m) continue
    const inMonth = int(m.inMonth, 0, SCHOOL_STUDENTS_MAX, 'inMonth')
    const total = int(m.total, 0, SCHOOL_STUDENTS_MAX, 'total')
    if (inMonth > total || total > studentCount) throw new RangeError(`figures of ${id} contradict each other`)
    modules[id] = { inMonth, total }
  }
  const teachers = int(s.staff.teachers, 0, TEACHERS_MAX, 'teachers')
  const staff = { teachers } as SchoolStaffFigures
  for (const k of STAFF) staff[k] = int(s.staff[k], 0, teachers, k)
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
  seal: 'tag',
  version: SCHOOL_SUMMARY_VERSION,
  unknownKey: 'unknown-unit',
  normalize: normalizeSchoolSummary,
  keyId: (s) => s.unitId,
  write(w, s) {
    w.bytes(idBytes(s.schoolId))
      .varint(s.seq)
      .varint(toSeconds(s.issuedAt))
      .varint(monthIndex(s.month))
      .text(s.schoolName)
      .varint(s.classes)
      .varint(s.studentCount)
    const present = MODULE_IDS.filter((id) => s.modules[id])
    w.varint(maskOf(present))
    for (const id of present) w.varint(s.modules[id]!.inMonth).varint(s.modules[id]!.total)
    w.varint(s.staff.teachers)
    for (const k of STAFF) w.varint(s.staff[k])
    w.varint(s.outreach.sessions).varint(s.outreach.people).varint(s.outreach.helped)
  },
  read(r, { keyId: unitId }) {
    const schoolId = readId(r)
    const seq = r.varint(SEQ_MAX)
    const issuedAt = fromSeconds(r.varint(MAX_SECONDS))
    const month = monthOf(r.varint(12 * 1000))
    const schoolName = r.text(LONG_NAME_MAX * 4)
    const classes = r.varint(CLASSES_MAX)
    const studentCount = r.varint(SCHOOL_STUDENTS_MAX)
    if (!isCanonicalText(schoolName, LONG_NAME_MAX)) throw new CodecFailure('bad-data')
    const modules: Partial<Record<ModuleId, SchoolModuleCount>> = {}
    for (const bit of bitsOf(r.varint(MASK_MAX))) {
      const inMonth = r.varint(SCHOOL_STUDENTS_MAX)
      const total = r.varint(SCHOOL_STUDENTS_MAX)
      if (inMonth > total || total > studentCount) throw new CodecFailure('bad-data')
      // A module this app does not know yet (a newer app added it) is read past and left out.
      const id = MODULE_IDS[bit]
      if (id !== undefined) modules[id] = { inMonth, total }
    }
    const teachers = r.varint(TEACHERS_MAX)
    const staff = { teachers } as SchoolStaffFigures
    for (const k of STAFF) staff[k] = r.varint(teachers)
    if (staff.completedAll > staff.completedAny) throw new CodecFailure('bad-data')
    const outreach = { sessions: r.varint(SESSIONS_MAX), people: r.varint(PEOPLE_MAX), helped: r.varint(PEOPLE_MAX) }
    return { unitId, schoolId, schoolName, month, classes, studentCount, modules, staff, outreach, issuedAt, seq }
  },
}
