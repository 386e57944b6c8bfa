// What the logged periods add to a class's month: per module the students who learned it in class (present
// in a logged period: domain/period.ts), the tiết taught in the month, and the learners in all — in class or
// on their phone — counted once each: a list row present in class AND matched to a completed receipt is one
// learner, not two. Pure; the class report and the class summary read it.
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import type { Roster, StudentRecord, TaughtPeriod } from '@/domain/records'
import { classFigures } from '@/domain/period'
import { matchRoster } from '@/domain/roster'
import { own } from '@/domain/keys'
import { vnMonth } from '@/domain/time'

export interface ClassroomFigures {
  /** "Số HS đã học trên lớp": list rows present in a logged period of the module, up to the end of the month. */
  learnedInClass: number
  /** "Số tiết đã dạy" in the month. */
  periods: number
  /** Students who learned it in class or completed it on their phone by the end of the month, each once. */
  learners: number
}

const completedBy = (s: StudentRecord, id: ModuleId, month: string): boolean => {
  const at = own(s.modules, id)?.completedAt
  return at !== undefined && vnMonth(at) <= month
}

export function classroomFigures(
  periods: readonly TaughtPeriod[],
  roster: Roster | undefined,
  students: readonly StudentRecord[],
  month: string,
): Record<ModuleId, ClassroomFigures> {
  const inClass = classFigures(periods, roster, month)
  const { byRow, unmatched } = matchRoster(roster, students)
  const out = {} as Record<ModuleId, ClassroomFigures>
  for (const id of MODULE_IDS) {
    const present = inClass[id].presentRows
    // Without a list every student stands alone (report/class.ts reportStudents counts them the same way).
    const alone = roster?.entries.length ? unmatched : students
    let learners = present.size + alone.filter((s) => completedBy(s, id, month)).length
    if (roster?.entries.length) {
      for (const [row, list] of byRow) if (!present.has(row) && list.some((s) => completedBy(s, id, month))) learners++
    }
    out[id] = { learnedInClass: present.size, periods: inClass[id].periodsInMonth, learners }
  }
  return out
}

/** A module's figures in the "Học trên lớp" table: the class's, a school's or a unit's, summed over classes. */
export interface InClassRow {
  periods: number
  learnedInClass: number
  /** Completed on the phone, cumulative (the report's "lũy kế"). */
  completedTotal: number
  learners: number
}

export interface InClassWords {
  caption: string
  no: string
  module: string
  periods: string
  inClass: string
  onPhone: string
  learners: string
  total: string
}

/**
 * The "Học trên lớp" table of a report: per module the tiết taught in the month, the students who learned it
 * in class, those who completed it on the phone, and the learners counted once; then the totals row (tiết
 * add up; students are per module, so their totals are counts of learnings, like the completions row).
 */
export function inClassTable(
  rows: Record<ModuleId, InClassRow | (Omit<InClassRow, 'completedTotal'> & { total: number })>,
  moduleTitle: (id: ModuleId) => string,
  w: InClassWords,
): Array<Array<string | number>> {
  // A class's figures say completedTotal; a school's and a unit's (SchoolModuleCount) say total.
  const row = (id: ModuleId): InClassRow => {
    const r = rows[id]
    return 'completedTotal' in r
      ? r
      : {
          periods: r.periods,
          learnedInClass: r.learnedInClass,
          completedTotal: r.total,
          learners: r.learners,
        }
  }
  const sum = (k: keyof InClassRow) => MODULE_IDS.reduce((n, id) => n + row(id)[k], 0)
  return [
    [w.no, w.module, w.periods, w.inClass, w.onPhone, w.learners],
    ...MODULE_IDS.map((id, i) => {
      const r = row(id)
      return [i + 1, moduleTitle(id), r.periods, r.learnedInClass, r.completedTotal, r.learners]
    }),
    ['', w.total, sum('periods'), sum('learnedInClass'), sum('completedTotal'), sum('learners')],
  ]
}

/** A summary's module figures with the v2 fields filled as a v1 summary means them. */
export function inClassOf(
  f: { completedTotal: number; learnedInClass?: number; learners?: number; periods?: number } | undefined,
): InClassRow {
  if (!f) return { periods: 0, learnedInClass: 0, completedTotal: 0, learners: 0 }
  return {
    periods: f.periods ?? 0,
    learnedInClass: f.learnedInClass ?? 0,
    completedTotal: f.completedTotal,
    learners: f.learners ?? f.completedTotal,
  }
}

/** The class summary's module figures (report/class.ts monthlyFigures) with what the periods add (summary v2). */
export function withInClass<F extends { completedTotal: number }>(
  figures: Record<ModuleId, F>,
  inClass: Record<ModuleId, ClassroomFigures> | undefined,
): Record<ModuleId, F & ClassroomFigures> {
  const out = {} as Record<ModuleId, F & ClassroomFigures>
  for (const id of MODULE_IDS) {
    const c = inClass?.[id]
    const f = figures[id]
    // Never fewer learners than completions: a receipt can complete a module for a row the list dropped.
    out[id] = {
      ...f,
      learnedInClass: c?.learnedInClass ?? 0,
      periods: c?.periods ?? 0,
      learners: Math.max(c?.learners ?? 0, f.completedTotal),
    }
  }
  return out
}
