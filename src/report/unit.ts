// The reporting unit's monthly report, pure (seed III.1: the commune's Phòng Văn hóa – Xã hội or the Sở GDĐT
// combines the reports of its schools): one row per school from the school summaries received, totals and
// % of sĩ số, the schools that have not reported this month, staff readiness over all schools, and outreach
// — each school's own and each team's — with its total. Also its document, its file name and the plain
// lines the department's online form asks for.
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import type { OutreachSummary, SchoolStaffFigures, SchoolSummary } from '@/domain/records'
import { slug } from '@/domain/text'
import { monthChoices } from '@/domain/time'
import { percent } from './class'
import type { Table } from './table'
import { QUOC_HIEU, TIEU_NGU, moduleLegend, type FiledDocument } from './export/document'
import { fmt, showMonth } from '@/domain/format'
import { fillTemplate } from '@/domain/template'
import { inClassTable, type InClassWords } from './period'
import { coverage, type Coverage, type Expected } from '@/domain/expected'
import { foldName } from '@/domain/text'

export interface UnitModuleCount {
  inMonth: number
  total: number
  /** School summary v2 (v1: 0, learners = total): in class, learners once per class, tiết in the month. */
  learnedInClass: number
  learners: number
  periods: number
}

export interface UnitSchoolRow {
  schoolId: string
  schoolName: string
  classes: number
  studentCount: number
  modules: Record<ModuleId, UnitModuleCount>
}

export interface UnitOutreachRow {
  /** A school's own outreach or a team's. */
  kind: 'school' | 'team'
  id: string
  name: string
  /** Members in a team's figures; 0 for a school. */
  members: number
  sessions: number
  people: number
  helped: number
}

export interface UnitReport {
  month: string
  rows: UnitSchoolRow[]
  totals: { classes: number; studentCount: number; modules: Record<ModuleId, UnitModuleCount> }
  /**
   * Schools not reported this month: those on the unit's list with no summary, and those that reported in
   * an earlier month but not in this one (by their latest name). `schoolId` is '' for a listed name only.
   */
  missing: Array<{ schoolId: string; schoolName: string }>
  /** This month against the unit's schools: x/y, or y unknown ("chưa nhập số trường"); the off-list ones. */
  coverage: Coverage
  staff: SchoolStaffFigures
  outreach: { rows: UnitOutreachRow[]; sessions: number; people: number; helped: number }
}

const zero = (): Record<ModuleId, UnitModuleCount> =>
  Object.fromEntries(
    MODULE_IDS.map((id) => [id, { inMonth: 0, total: 0, learnedInClass: 0, learners: 0, periods: 0 }]),
  ) as Record<ModuleId, UnitModuleCount>
const COUNT_KEYS = ['inMonth', 'total', 'learnedInClass', 'learners', 'periods'] as const
const byName = new Intl.Collator('vi', { numeric: true })
const STAFF_KEYS = [
  'teachers',
  'vneidLevel2',
  'dvcPortal',
  'fiveSkills',
  'completedAny',
  'completedAll',
  'taught',
] as const

/**
 * The report for `month`. The repository keeps one summary per school and month (the newest); should two
 * reach here anyway, the higher sequence wins, so the result never depends on their order. Linear in the
 * number of summaries: a province's 1,000 schools take milliseconds.
 */
export function unitReport(
  schools: readonly SchoolSummary[],
  teams: readonly OutreachSummary[],
  month: string,
  expected?: Expected,
): UnitReport {
  const latest = new Map<string, SchoolSummary>()
  const known = new Map<string, SchoolSummary>()
  for (const s of schools) {
    const k = known.get(s.schoolId)
    if (!k || s.month > k.month || (s.month === k.month && s.seq > k.seq)) known.set(s.schoolId, s)
    if (s.month !== month) continue
    const l = latest.get(s.schoolId)
    if (!l || s.seq > l.seq) latest.set(s.schoolId, s)
  }
  const totals = { classes: 0, studentCount: 0, modules: zero() }
  const staff = Object.fromEntries(STAFF_KEYS.map((k) => [k, 0])) as unknown as SchoolStaffFigures
  const outreachRows: UnitOutreachRow[] = []
  const rows: UnitSchoolRow[] = []
  for (const s of latest.values()) {
    const modules = zero()
    for (const id of MODULE_IDS) {
      const m = s.modules[id]
      if (!m) continue
      modules[id] = {
        inMonth: m.inMonth,
        total: m.total,
        learnedInClass: m.learnedInClass ?? 0,
        learners: m.learners ?? m.total,
        periods: m.periods ?? 0,
      }
      for (const k of COUNT_KEYS) totals.modules[id][k] += modules[id][k]
    }
    totals.classes += s.classes
    totals.studentCount += s.studentCount
    for (const k of STAFF_KEYS) staff[k] = (staff[k] ?? 0) + (s.staff[k] ?? 0)
    rows.push({
      schoolId: s.schoolId,
      schoolName: s.schoolName,
      classes: s.classes,
      studentCount: s.studentCount,
      modules,
    })
    if (s.outreach.sessions || s.outreach.people || s.outreach.helped) {
      outreachRows.push({ kind: 'school', id: s.schoolId, name: s.schoolName, members: 0, ...s.outreach })
    }
  }
  rows.sort((a, b) => byName.compare(a.schoolName, b.schoolName))
  outreachRows.sort((a, b) => byName.compare(a.name, b.name))

  const teamLatest = new Map<string, OutreachSummary>()
  for (const t of teams) {
    if (t.month !== month || t.from !== 'team') continue
    const l = teamLatest.get(t.fromId)
    if (!l || t.seq > l.seq) teamLatest.set(t.fromId, t)
  }
  const teamRows = [...teamLatest.values()]
    .map((t): UnitOutreachRow => ({
      kind: 'team',
      id: t.fromId,
      name: t.fromName,
      members: t.members,
      sessions: t.figures.sessions,
      people: t.figures.people,
      helped: t.figures.outcomes.reduce((n, o) => n + o.count, 0),
    }))
    .sort((a, b) => byName.compare(a.name, b.name))
  const all = [...outreachRows, ...teamRows]
  const sum = (k: 'sessions' | 'people' | 'helped') => all.reduce((n, r) => n + r[k], 0)
  const cover = coverage(
    expected,
    rows.map((r) => ({ id: r.schoolId, name: r.schoolName })),
  )
  const listed = new Set(cover.notReported.map(foldName))
  const missing = [
    ...cover.notReported.map((schoolName) => ({ schoolId: '', schoolName })),
    ...[...known.values()]
      .filter((s) => !latest.has(s.schoolId) && !listed.has(foldName(s.schoolName)))
      .map((s) => ({ schoolId: s.schoolId, schoolName: s.schoolName })),
  ].sort((a, b) => byName.compare(a.schoolName, b.schoolName))
  return {
    month,
    rows,
    totals,
    missing,
    coverage: cover,
    staff,
    outreach: { rows: all, sessions: sum('sessions'), people: sum('people'), helped: sum('helped') },
  }
}

/** Months with school or team summaries, newest first, plus `current`. */
export function unitMonths(
  schools: readonly SchoolSummary[],
  teams: readonly OutreachSummary[],
  current: string,
): string[] {
  return monthChoices(
    current,
    schools.map((s) => s.month),
    teams.map((t) => t.month),
  )
}

export interface UnitWords {
  unit: string
  title: string
  month: string
  to: string
  /** "… {n}/{of} …": the denominator known. */
  schools: string
  /** The same line while the unit has not entered its schools. */
  schoolsUnknown: string
  missing: string
  /** Only how many schools are known, not which: "{n} trường chưa báo cáo". */
  missingCount: string
  /** No denominator: nothing can be said about who is missing. */
  missingUnknown: string
  missingNone: string
  outside: string
  school: string
  classes: string
  students: string
  inMonth: string
  total: string
  totals: string
  percent: string
  staffCaption: string
  figure: string
  teachers: string
  share: string
  staff: Record<Exclude<keyof SchoolStaffFigures, 'teachers'>, string> & { teachers: string }
  outreachCaption: string
  outreachName: string
  members: string
  sessions: string
  people: string
  helped: string
  outreachTotal: string
  teamSuffix: string
  legendTitle: string
  legend: string
  due: string
  signMaker: string
  signMakerHint: string
  signHead: string
  signHeadHint: string
}

/** One row per school, then the totals row and the % of sĩ số row. */
export function unitSchoolTable(r: UnitReport, w: UnitWords): Table {
  const header = [
    w.school,
    w.classes,
    w.students,
    ...MODULE_IDS.flatMap((_, i) => [fillTemplate(w.inMonth, { n: i + 1 }), fillTemplate(w.total, { n: i + 1 })]),
  ]
  const cells = (m: Record<ModuleId, UnitModuleCount>) => MODULE_IDS.flatMap((id) => [m[id].inMonth, m[id].total])
  const size = r.totals.studentCount
  const pct = MODULE_IDS.flatMap((id) => [
    percent(r.totals.modules[id].inMonth, size),
    percent(r.totals.modules[id].total, size),
  ])
  return [
    header,
    ...r.rows.map((s) => [s.schoolName, s.classes, s.studentCount, ...cells(s.modules)]),
    [w.totals, r.totals.classes, size, ...cells(r.totals.modules)],
    [w.percent, '', '', ...pct],
  ]
}

export function unitStaffTable(r: UnitReport, w: UnitWords): Table {
  const keys = ['vneidLevel2', 'dvcPortal', 'fiveSkills', 'completedAny', 'completedAll', 'taught'] as const
  return [
    [w.figure, w.teachers, w.share],
    [w.staff.teachers, r.staff.teachers, ''],
    ...keys.map((k) => [w.staff[k], r.staff[k] ?? 0, percent(r.staff[k] ?? 0, r.staff.teachers)]),
  ]
}

/** Schools' own outreach and each team's, then the total (its label starts with the outreach total word). */
export function unitOutreachTable(r: UnitReport, w: UnitWords): Table {
  return [
    [w.outreachName, w.members, w.sessions, w.people, w.helped],
    ...r.outreach.rows.map((o) => [
      o.kind === 'team' ? `${o.name}${w.teamSuffix}` : o.name,
      o.kind === 'team' ? o.members : '',
      o.sessions,
      o.people,
      o.helped,
    ]),
    [w.outreachTotal, '', r.outreach.sessions, r.outreach.people, r.outreach.helped],
  ]
}

/** The unit's report as a document, the same form as the school's: A4 landscape for the 17 module columns. */
export function unitReportDocument(
  input: {
    unitName: string
    upperLevel: string
    report: UnitReport
    moduleTitle: (id: ModuleId) => string
    dateLine: string
    /** The words of the "Học trên lớp" table (report/period.ts); none: no such table. */
    inClass?: InClassWords
  },
  w: UnitWords,
): FiledDocument {
  const r = input.report
  return {
    sheet: r.month,
    baseName: unitBaseName(input.unitName, r.month),
    unit: [fillTemplate(w.unit, { name: input.unitName.toLocaleUpperCase('vi') })],
    nation: [QUOC_HIEU, TIEU_NGU],
    dateLine: input.dateLine,
    title: [w.title, fillTemplate(w.month, { month: showMonth(r.month) })],
    facts: [...(input.upperLevel ? [fillTemplate(w.to, { name: input.upperLevel })] : []), ...coverageFacts(r, w)],
    tables: [
      { rows: unitSchoolTable(r, w), totalRows: 2 },
      ...(input.inClass
        ? [
            {
              caption: input.inClass.caption,
              rows: inClassTable(r.totals.modules, input.moduleTitle, input.inClass),
              totalRows: 1,
            },
          ]
        : []),
      { caption: w.staffCaption, rows: unitStaffTable(r, w) },
      { caption: w.outreachCaption, rows: unitOutreachTable(r, w), totalRows: 1 },
    ],
    notes: moduleLegend(w, input.moduleTitle),
    signatures: [
      { title: w.signMaker, hint: w.signMakerHint },
      { title: w.signHead, hint: w.signHeadHint },
    ],
    landscape: true,
  }
}

/**
 * The document's coverage lines: "x/y trường đã báo cáo" (or "chưa nhập số trường"), who has not reported,
 * and who reported from outside the list. "Đủ" only when the denominator is known and met.
 */
export function coverageFacts(r: UnitReport, w: UnitWords): string[] {
  const c = r.coverage
  const size = { classes: fmt(r.totals.classes), size: fmt(r.totals.studentCount) }
  const names = (list: ReadonlyArray<{ schoolName: string }>) => list.map((m) => m.schoolName).join('; ')
  const out = [
    c.expected === undefined
      ? fillTemplate(w.schoolsUnknown, { n: fmt(c.reported), ...size })
      : fillTemplate(w.schools, { n: fmt(c.reported), of: fmt(c.expected), ...size }),
  ]
  const unlisted = Math.max(0, (c.expected ?? 0) - c.reported)
  if (r.missing.length) out.push(fillTemplate(w.missing, { n: fmt(r.missing.length), names: names(r.missing) }))
  else if (c.expected === undefined) out.push(w.missingUnknown)
  else if (unlisted) out.push(fillTemplate(w.missingCount, { n: fmt(unlisted) }))
  else out.push(w.missingNone)
  if (c.outside.length)
    out.push(fillTemplate(w.outside, { n: fmt(c.outside.length), names: c.outside.map((o) => o.name).join('; ') }))
  return out
}

export interface FormWords {
  schools: string
  /** "Tổng số trường của đơn vị" */
  expected: string
  missing: string
  /** The value of the two lines above while the unit has not entered its schools. */
  unknown: string
  classes: string
  students: string
  moduleTotal: string
  moduleMonth: string
  /** "MĐ{n}: {name}: số HS đã học trên lớp", "… số tiết đã dạy", "… tổng số HS đã học (không tính trùng)". */
  moduleInClass: string
  modulePeriods: string
  moduleLearners: string
  staff: UnitWords['staff']
  sessions: string
  people: string
  helped: string
}

/**
 * The totals as plain "label: value" lines, in the order a department's online form asks for them, so an
 * officer copies one figure at a time into a browser form.
 */
export function formLines(
  r: UnitReport,
  w: FormWords,
  moduleTitle: (id: ModuleId) => string,
): Array<{ label: string; value: string; copy: string }> {
  const size = r.totals.studentCount
  const n = (v: number) => fmt(v)
  const withPct = (v: number, of: number) => `${fmt(v)} (${fmt(percent(v, of))}%)`
  const of = r.coverage.expected
  const missing = of === undefined ? undefined : Math.max(r.missing.length, of - r.coverage.reported)
  const lines: Array<{ label: string; value: string; figure?: number }> = [
    { label: w.schools, value: n(r.coverage.reported), figure: r.coverage.reported },
    { label: w.expected, value: of === undefined ? w.unknown : n(of), figure: of },
    {
      label: w.missing,
      value: of === undefined ? w.unknown : n(missing!),
      figure: missing,
    },
    { label: w.classes, value: n(r.totals.classes), figure: r.totals.classes },
    { label: w.students, value: n(size), figure: size },
    ...MODULE_IDS.flatMap((id, i) => [
      {
        label: fillTemplate(w.moduleTotal, { n: i + 1, name: moduleTitle(id) }),
        value: withPct(r.totals.modules[id].total, size),
        figure: r.totals.modules[id].total,
      },
      {
        label: fillTemplate(w.moduleMonth, { n: i + 1, name: moduleTitle(id) }),
        value: n(r.totals.modules[id].inMonth),
        figure: r.totals.modules[id].inMonth,
      },
      {
        label: fillTemplate(w.moduleInClass, { n: i + 1, name: moduleTitle(id) }),
        value: n(r.totals.modules[id].learnedInClass),
        figure: r.totals.modules[id].learnedInClass,
      },
      {
        label: fillTemplate(w.modulePeriods, { n: i + 1, name: moduleTitle(id) }),
        value: n(r.totals.modules[id].periods),
        figure: r.totals.modules[id].periods,
      },
      {
        label: fillTemplate(w.moduleLearners, { n: i + 1, name: moduleTitle(id) }),
        value: withPct(r.totals.modules[id].learners, size),
        figure: r.totals.modules[id].learners,
      },
    ]),
    { label: w.staff.teachers, value: n(r.staff.teachers), figure: r.staff.teachers },
    ...(['vneidLevel2', 'dvcPortal', 'fiveSkills', 'completedAny', 'completedAll', 'taught'] as const).map((k) => ({
      label: w.staff[k],
      value: withPct(r.staff[k] ?? 0, r.staff.teachers),
      figure: r.staff[k] ?? 0,
    })),
    { label: w.sessions, value: n(r.outreach.sessions), figure: r.outreach.sessions },
    { label: w.people, value: n(r.outreach.people), figure: r.outreach.people },
    { label: w.helped, value: n(r.outreach.helped), figure: r.outreach.helped },
  ]
  // What the copy button puts on the clipboard: the figure alone, in plain digits (1234, not "1.234", which an
  // online form's number field reads as 1,234), or the words when there is no figure.
  return lines.map(({ figure, ...l }) => ({ ...l, copy: figure === undefined ? l.value : String(figure) }))
}

/** 'bao-cao-phong-van-hoa-xa-hoi-xa-hoa-binh-2026-11' (the exporter adds the extension). */
export function unitBaseName(unitName: string, month: string): string {
  return `bao-cao-${slug(unitName).slice(0, 60) || 'don-vi'}-${month}`
}
