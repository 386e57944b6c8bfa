// The class's monthly report as a document the school files: quốc hiệu, school and class, the date line,
// teacher and sĩ số; per module (full names) completed in the month, cumulative and % of sĩ số; totals;
// the teacher's own figures; signatures. The screen, the print, the CSV and the .xlsx all render it. Pure:
// the words come from the caller (the feature's message file).
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import type { ModuleFigures, StudentRecord } from '@/exchange/codec'
import { slug } from '@/domain/text'
import { NO_FIGURE, type Table } from './table'
import { allModules, percent, sentCount } from './class'
import { QUOC_HIEU, TIEU_NGU, type FiledDocument } from './export/document'
import { fmt, labelledName, showMonth } from '@/domain/format'
import { fillTemplate } from '@/domain/template'
import { bandedCode, gradeBand, sortCodes } from '@/content/competences'
import { inClassTable, withInClass, type InClassWords } from './period'
import type { ClassroomFigures } from './period'

/** The words of the class report; `{name}` placeholders are filled here. */
export interface ClassDocWords {
  unitSchool: string
  unitClass: string
  title: string
  month: string
  school: string
  classLine: string
  teacher: string
  size: string
  sizeUnknown: string
  sent: string
  columns: { no: string; module: string; inMonth: string; total: string; percent: string; average: string }
  totalCompletions: string
  allModules: string
  teacherDone: string
  /**
   * The TT 02/2025 components the modules train, with the band of the class's grade: `{grade}`, `{band}`,
   * `{codes}`.
   */
  competences: string
  /** The same for a grade outside 6–12 (no band): `{codes}`. */
  competencesNoBand: string
  readiness: string
  yes: string
  no: string
  due: string
  signMaker: string
  signMakerHint: string
  signPrincipal: string
  signPrincipalHint: string
}

export interface ClassDocInput {
  school: string
  className: string
  grade: number
  schoolYear: string
  teacherName: string
  /** 'YYYY-MM' */
  month: string
  /** Sĩ số, and whether the teacher entered it (list or number) or it is only the count of senders. */
  size: number
  sizeKnown: boolean
  /** Students counted (one per list row with receipts, plus unmatched). */
  students: readonly StudentRecord[]
  figures: Record<ModuleId, ModuleFigures>
  moduleTitle: (id: ModuleId) => string
  teacherDone: number
  /** Each module's competence codes (virtual:content/competences); the note is left out without them. */
  competences?: Partial<Record<ModuleId, string[]>>
  readiness?: { vneidLevel2: boolean; dvcPortal: boolean; fiveSkills: boolean }
  dateLine: string
  /** What the logged periods add (report/period.ts), with the words of its table; none: no such table. */
  inClass?: { figures: Record<ModuleId, ClassroomFigures>; words: InClassWords }
}

/** The module table: one row per module, then the totals rows (2). */
export function classReportTable(input: ClassDocInput, w: ClassDocWords): Table {
  const outOf = Math.max(input.size, input.students.length)
  const c = w.columns
  const rows: Table = MODULE_IDS.map((id, i) => {
    const f = input.figures[id]
    return [
      i + 1,
      input.moduleTitle(id),
      f.completedInMonth,
      f.completedTotal,
      percent(f.completedTotal, f.outOf),
      // Over the students who completed it (report/class.ts); nobody completed: no average, a dash.
      f.averageBestScore ?? NO_FIGURE,
    ]
  })
  const sum = (k: 'completedInMonth' | 'completedTotal') => MODULE_IDS.reduce((a, id) => a + input.figures[id][k], 0)
  const all = allModules(input.students, input.month)
  return [
    [c.no, c.module, c.inMonth, c.total, c.percent, c.average],
    ...rows,
    [
      '',
      fillTemplate(w.totalCompletions, { n: MODULE_IDS.length }),
      sum('completedInMonth'),
      sum('completedTotal'),
      percent(sum('completedTotal'), outOf * MODULE_IDS.length),
      '',
    ],
    ['', fillTemplate(w.allModules, { n: MODULE_IDS.length }), all.inMonth, all.total, percent(all.total, outOf), ''],
  ]
}

export function classReportDocument(input: ClassDocInput, w: ClassDocWords): FiledDocument {
  const yn = (b?: boolean) => (b ? w.yes : w.no)
  const r = input.readiness
  const month = showMonth(input.month)
  return {
    sheet: `${input.className} ${input.month}`,
    baseName: reportBaseName(input.school, input.className, input.month),
    unit: [
      fillTemplate(w.unitSchool, { school: input.school.toLocaleUpperCase('vi') }),
      fillTemplate(w.unitClass, { name: input.className }),
    ],
    nation: [QUOC_HIEU, TIEU_NGU],
    dateLine: input.dateLine,
    title: [w.title, fillTemplate(w.month, { month })],
    facts: [
      // "Trường: Trường THCS …" would repeat the word: a name that starts with the label stands alone.
      labelledName(w.school, 'school', input.school),
      fillTemplate(w.classLine, { name: input.className, grade: input.grade, year: input.schoolYear }),
      fillTemplate(w.teacher, { name: input.teacherName || '……………………' }),
      fillTemplate(input.sizeKnown ? w.size : w.sizeUnknown, { n: fmt(input.size) }),
      fillTemplate(w.sent, {
        n: fmt(sentCount(input.students)),
        size: fmt(Math.max(input.size, input.students.length)),
      }),
    ],
    tables: [
      { rows: classReportTable(input, w), totalRows: 2 },
      ...(input.inClass
        ? [
            {
              caption: input.inClass.words.caption,
              totalRows: 1,
              rows: inClassTable(
                withInClass(input.figures, input.inClass.figures),
                input.moduleTitle,
                input.inClass.words,
              ),
            },
          ]
        : []),
    ],
    notes: [
      ...competenceNote(input, w),
      fillTemplate(w.teacherDone, { n: fmt(input.teacherDone), of: fmt(MODULE_IDS.length) }),
      fillTemplate(w.readiness, { v: yn(r?.vneidLevel2), d: yn(r?.dvcPortal), f: yn(r?.fiveSkills) }),
      w.due,
    ],
    signatures: [
      { title: w.signMaker, hint: w.signMakerHint },
      { title: w.signPrincipal, hint: w.signPrincipalHint },
    ],
  }
}

/** The components the seven modules train, banded by the class's grade ("2.3.TC1, 4.2.TC1"). */
function competenceNote(input: ClassDocInput, w: ClassDocWords): string[] {
  const codes = sortCodes(MODULE_IDS.flatMap((id) => input.competences?.[id] ?? []))
  if (!codes.length) return []
  const band = gradeBand(input.grade)
  if (!band) return [fillTemplate(w.competencesNoBand, { codes: codes.join(', ') })]
  return [
    fillTemplate(w.competences, {
      grade: input.grade,
      band,
      codes: codes.map((c) => bandedCode(c, band)).join(', '),
    }),
  ]
}

/** 'bao-cao-thcs-thu-nghiem-6a1-2026-11': school, class and month, ASCII. */
export function reportBaseName(school: string, className: string, month: string): string {
  return [
    'bao-cao',
    slug(school)
      .replace(/^truong-/, '')
      .slice(0, 40),
    slug(className) || 'lop',
    month,
  ]
    .filter(Boolean)
    .join('-')
}
