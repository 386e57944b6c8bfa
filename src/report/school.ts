// The school's monthly report, pure: one row per class from the summaries its teachers sent, a totals
// row, and the staff figures (Đề án 06) counted over distinct teachers, so a teacher of three classes
// counts once. Also its table (screen, CSV, Excel) and file names.
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import type { Cell, Table } from './table'
import type { ClassSummary } from '@/exchange/codec'
import type { SchoolStaffFigures } from '@/domain/records'
import { slug } from '@/domain/text'
import { monthChoices, openingMonth } from '@/domain/time'
import { percent } from './class'
import { QUOC_HIEU, TIEU_NGU, moduleLegend, type FiledDocument } from './export/document'
import { fillTemplate } from '@/domain/template'
import { fmt, showMonth } from '@/domain/format'
import { inClassOf } from './period'

export { slug }

export interface ModuleCount {
  inMonth: number
  total: number
  /** Class summary v2 (v1: 0): students who learned it in class ("số HS đã học trên lớp"). */
  learnedInClass: number
  /** v2 (v1: total): learners in class or on the phone, each once per class. */
  learners: number
  /** v2 (v1: 0): tiết taught in the month ("số tiết đã dạy"). */
  periods: number
}

export interface SchoolClassRow {
  classId: string
  className: string
  grade: number
  teacherName: string
  studentCount: number
  /** Class summary v3: students who sent their result to the teacher; absent from an older summary ("chưa rõ"). */
  sent?: number
  modules: Record<ModuleId, ModuleCount>
}

/**
 * The staff figures of a school's month, over distinct teachers who sent a summary: the received
 * `SchoolStaffFigures` with `taught` always counted (completedAny/All: at least one / all the modules;
 * taught: one of their class summaries of the month logged at least one tiết).
 */
export type StaffFigures = Required<SchoolStaffFigures>

export interface SchoolReport {
  month: string
  rows: SchoolClassRow[]
  /** `sent` only when every class's summary carries it: a sum over some classes is no school figure. */
  totals: { studentCount: number; sent?: number; modules: Record<ModuleId, ModuleCount> }
  staff: StaffFigures
}

const zero = (): Record<ModuleId, ModuleCount> =>
  Object.fromEntries(
    MODULE_IDS.map((id) => [id, { inMonth: 0, total: 0, learnedInClass: 0, learners: 0, periods: 0 }]),
  ) as Record<ModuleId, ModuleCount>
const KEYS = ['inMonth', 'total', 'learnedInClass', 'learners', 'periods'] as const

const byName = new Intl.Collator('vi', { numeric: true })

/**
 * The report for `month` from the stored summaries (one per class and month; others are ignored).
 * A teacher's readiness is taken from their latest summary of the month (by issue time): it is a
 * self-declaration that only moves forward in practice, and the latest is what the teacher said last.
 */
export function schoolReport(summaries: readonly ClassSummary[], month: string): SchoolReport {
  const ofMonth = summaries.filter((s) => s.month === month)
  const totals: SchoolReport['totals'] = { studentCount: 0, sent: 0, modules: zero() }
  const rows = ofMonth
    .map((s): SchoolClassRow => {
      const modules = zero()
      for (const id of MODULE_IDS) {
        const f = s.modules[id]
        if (f) {
          const c = inClassOf(f)
          modules[id] = {
            inMonth: f.completedInMonth,
            total: f.completedTotal,
            learnedInClass: c.learnedInClass,
            learners: c.learners,
            periods: c.periods,
          }
        }
        for (const k of KEYS) totals.modules[id][k] += modules[id][k]
      }
      totals.studentCount += s.studentCount
      totals.sent = totals.sent === undefined || s.sent === undefined ? undefined : totals.sent + s.sent
      return {
        classId: s.classId,
        className: s.className,
        grade: s.grade,
        teacherName: s.teacherName,
        studentCount: s.studentCount,
        ...(s.sent === undefined ? {} : { sent: s.sent }),
        modules,
      }
    })
    .sort((a, b) => a.grade - b.grade || byName.compare(a.className, b.className))

  const latest = new Map<string, ClassSummary>()
  for (const s of ofMonth) {
    const known = latest.get(s.teacherId)
    if (!known || s.issuedAt > known.issuedAt) latest.set(s.teacherId, s)
  }
  const teachers = [...latest.values()]
  const count = (p: (s: ClassSummary) => boolean) => teachers.filter(p).length
  const staff: StaffFigures = {
    teachers: teachers.length,
    vneidLevel2: count((s) => s.readiness.vneidLevel2),
    dvcPortal: count((s) => s.readiness.dvcPortal),
    fiveSkills: count((s) => s.readiness.fiveSkills),
    completedAny: count((s) => s.teacherCompleted.length > 0),
    completedAll: count((s) => MODULE_IDS.every((id) => s.teacherCompleted.includes(id))),
    taught: new Set(
      ofMonth.filter((s) => MODULE_IDS.some((id) => (s.modules[id]?.periods ?? 0) > 0)).map((s) => s.teacherId),
    ).size,
  }
  return { month, rows, totals, staff }
}

export interface SchoolTableLabels {
  className: string
  grade: string
  students: string
  /** "Đã gửi kết quả": a/b, students who sent of the sĩ số. */
  sent: string
  /** Its cell for a summary from an app before v3, which does not carry it ("chưa rõ"). */
  unknown: string
  /** Column headers of module n (1-based): completed in the month, cumulative. */
  inMonth: (n: number) => string
  total: (n: number) => string
  totals: string
  /** The row under the totals: each count as % of the school's sĩ số. */
  percent: string
}

/**
 * One row per class, then the totals row and the % of sĩ số row (2 totals rows). `plain` (CSV): "đã gửi kết
 * quả" as the plain number of students who sent, of the sĩ số in the column before it, not "28/35".
 */
export function schoolReportTable(report: SchoolReport, labels: SchoolTableLabels, plain = false): Table {
  const header = [
    labels.className,
    labels.grade,
    labels.students,
    labels.sent,
    ...MODULE_IDS.flatMap((_, i) => [labels.inMonth(i + 1), labels.total(i + 1)]),
  ]
  const cells = (m: Record<ModuleId, ModuleCount>) => MODULE_IDS.flatMap((id) => [m[id].inMonth, m[id].total])
  // One text cell "28/35" in the Vietnamese number format, as the class paper writes it.
  const sent = (n: number | undefined, of: number): Cell =>
    n === undefined ? labels.unknown : plain ? n : `${fmt(n)}/${fmt(of)}`
  const rows: Table = report.rows.map((r) => [
    r.className,
    r.grade,
    r.studentCount,
    sent(r.sent, r.studentCount),
    ...cells(r.modules),
  ])
  const { studentCount: size, sent: sentTotal } = report.totals
  const pct = MODULE_IDS.flatMap((id) => [
    percent(report.totals.modules[id].inMonth, size),
    percent(report.totals.modules[id].total, size),
  ])
  return [
    header,
    ...rows,
    [labels.totals, '', size, sent(sentTotal, size), ...cells(report.totals.modules)],
    [labels.percent, '', '', sentTotal === undefined ? '' : percent(sentTotal, size), ...pct],
  ]
}

export interface SchoolDocWords {
  unit: string
  title: string
  month: string
  to: string
  classes: string
  legendTitle: string
  legend: string
  due: string
  signMaker: string
  signMakerHint: string
  signPrincipal: string
  signPrincipalHint: string
}

/**
 * The school's report as a document: the class table (module numbers in its columns, their full names in
 * the legend), the staff table and the outreach table. Printed A4 landscape, so the 18 columns fit.
 */
export function schoolReportDocument(
  input: {
    schoolName: string
    upperLevel: string
    report: SchoolReport
    table: Table
    /** The table for CSV (schoolReportTable's `plain`). */
    plainTable?: Table
    extra: Array<{ caption: string; rows: Table }>
    moduleTitle: (id: ModuleId) => string
    dateLine: string
  },
  w: SchoolDocWords,
): FiledDocument {
  const month = showMonth(input.report.month)
  return {
    sheet: input.report.month,
    baseName: schoolBaseName(input.schoolName, input.report.month),
    unit: [fillTemplate(w.unit, { name: input.schoolName.toLocaleUpperCase('vi') })],
    nation: [QUOC_HIEU, TIEU_NGU],
    dateLine: input.dateLine,
    title: [w.title, fillTemplate(w.month, { month })],
    facts: [
      fillTemplate(w.to, { name: input.upperLevel }),
      fillTemplate(w.classes, { n: fmt(input.report.rows.length), size: fmt(input.report.totals.studentCount) }),
    ],
    tables: [
      { rows: input.table, plainRows: input.plainTable, totalRows: 2 },
      ...input.extra.map((e) => ({ caption: e.caption, rows: e.rows })),
    ],
    notes: moduleLegend(w, input.moduleTitle),
    signatures: [
      { title: w.signMaker, hint: w.signMakerHint },
      { title: w.signPrincipal, hint: w.signPrincipalHint },
    ],
    landscape: true,
  }
}

/** Extra label/value rows (staff, outreach) appended after a blank row, padded to the table's width. */
export function withExtraRows(table: Table, extra: ReadonlyArray<readonly [string, number | string]>): Table {
  const width = table[0]?.length ?? 2
  const pad = (row: Array<string | number>) => [...row, ...Array<string>(Math.max(0, width - row.length)).fill('')]
  return [...table, pad(['']), ...extra.map(([label, value]) => pad([label, value]))]
}

/**
 * 'bao-cao-truong-thcs-nguyen-du-2026-11' (the exporter adds .csv or .xlsx): ASCII, so every phone and e-mail
 * client keeps it.
 */
export function schoolBaseName(schoolName: string, month: string): string {
  return `bao-cao-${slug(schoolName).slice(0, 60) || 'truong'}-${month}`
}

/** The month the school report opens on: the one rule of every report (domain/time openingMonth). */
export function schoolDefaultMonth(months: readonly string[], now = Date.now()): string {
  return openingMonth(months, now)
}

/** Months with summaries, newest first, plus `current`. */
export function summaryMonths(summaries: readonly ClassSummary[], current: string): string[] {
  return monthChoices(
    current,
    summaries.map((s) => s.month),
  )
}

/** The school's month as the figures of a school summary sent up to the unit (exchange/codec/schoolSummary.ts). */
export function schoolFigures(report: SchoolReport): {
  classes: number
  studentCount: number
  modules: Partial<Record<ModuleId, ModuleCount>>
  staff: StaffFigures
} {
  const modules: Partial<Record<ModuleId, ModuleCount>> = {}
  for (const id of MODULE_IDS) {
    const m = report.totals.modules[id]
    if (m.inMonth || m.total || m.learners || m.periods) modules[id] = { ...m }
  }
  return {
    classes: report.rows.length,
    studentCount: report.totals.studentCount,
    modules,
    staff: { ...report.staff },
  }
}
