// The digital-competence framework for learners (Thông tư 02/2025/TT-BGDĐT, guidance Công văn
// 3456/BGDĐT-GDPT of 27/6/2025): 6 domains, 24 components. Lessons, practices and quiz questions carry
// component codes ('4.2'); the class's grade gives the band, so a lesson plan or a report prints
// '4.2.TC1'. Pure data, no app imports: the build validates codes against this table and the app shows
// them in words.
import type { ModuleContent } from './schema.ts'

export interface Competence {
  /** Component code: domain, dot, component number ('4.2'). */
  code: string
  domain: number
  name: string
}

/** The six domains, by number (CURRICULUM.md, "Competence codes"). */
export const COMPETENCE_DOMAINS: Record<number, string> = {
  1: 'Khai thác dữ liệu và thông tin',
  2: 'Giao tiếp và hợp tác',
  3: 'Sáng tạo nội dung số',
  4: 'An toàn',
  5: 'Giải quyết vấn đề',
  6: 'Ứng dụng trí tuệ nhân tạo',
}

/** The 24 components. Names as transcribed in teachers' tools; 6.2/6.3 wording unchecked against the official text. */
export const COMPETENCES: readonly Competence[] = [
  { code: '1.1', domain: 1, name: 'Duyệt, tìm kiếm và lọc dữ liệu, thông tin và nội dung số' },
  { code: '1.2', domain: 1, name: 'Đánh giá dữ liệu, thông tin và nội dung số' },
  { code: '1.3', domain: 1, name: 'Quản lý dữ liệu, thông tin và nội dung số' },
  { code: '2.1', domain: 2, name: 'Tương tác thông qua công nghệ số' },
  { code: '2.2', domain: 2, name: 'Chia sẻ thông qua công nghệ số' },
  { code: '2.3', domain: 2, name: 'Sử dụng công nghệ số để thực hiện trách nhiệm công dân' },
  { code: '2.4', domain: 2, name: 'Hợp tác thông qua công nghệ số' },
  { code: '2.5', domain: 2, name: 'Quy tắc ứng xử trên mạng' },
  { code: '2.6', domain: 2, name: 'Quản lý danh tính số' },
  { code: '3.1', domain: 3, name: 'Phát triển nội dung số' },
  { code: '3.2', domain: 3, name: 'Tích hợp và tạo lập lại nội dung số' },
  { code: '3.3', domain: 3, name: 'Bản quyền và giấy phép' },
  { code: '3.4', domain: 3, name: 'Lập trình' },
  { code: '4.1', domain: 4, name: 'Bảo vệ thiết bị' },
  { code: '4.2', domain: 4, name: 'Bảo vệ dữ liệu cá nhân và quyền riêng tư' },
  { code: '4.3', domain: 4, name: 'Bảo vệ sức khỏe và an sinh số' },
  { code: '4.4', domain: 4, name: 'Bảo vệ môi trường' },
  { code: '5.1', domain: 5, name: 'Giải quyết các vấn đề kỹ thuật' },
  { code: '5.2', domain: 5, name: 'Xác định nhu cầu và giải pháp công nghệ' },
  { code: '5.3', domain: 5, name: 'Sử dụng sáng tạo công nghệ số' },
  { code: '5.4', domain: 5, name: 'Xác định các vấn đề cần cải thiện về năng lực số' },
  { code: '6.1', domain: 6, name: 'Hiểu biết về trí tuệ nhân tạo' },
  { code: '6.2', domain: 6, name: 'Sử dụng trí tuệ nhân tạo' },
  { code: '6.3', domain: 6, name: 'Đánh giá trí tuệ nhân tạo' },
]

/** Grade bands as schools code them: lớp 6–7 TC1, lớp 8–9 TC2, lớp 10–12 NC1. */
export type GradeBand = 'TC1' | 'TC2' | 'NC1'

export const GRADE_BANDS: Record<GradeBand, { from: number; to: number }> = {
  TC1: { from: 6, to: 7 },
  TC2: { from: 8, to: 9 },
  NC1: { from: 10, to: 12 },
}

/** The band of a school grade; undefined outside grades 6–12 (or for anything that is not a whole number). */
export function gradeBand(grade: number): GradeBand | undefined {
  if (!Number.isInteger(grade)) return undefined
  for (const [band, r] of Object.entries(GRADE_BANDS) as Array<[GradeBand, { from: number; to: number }]>) {
    if (grade >= r.from && grade <= r.to) return band
  }
  return undefined
}

const BY_CODE = new Map(COMPETENCES.map((c) => [c.code, c]))

export function isCompetenceCode(code: unknown): code is string {
  return typeof code === 'string' && BY_CODE.has(code)
}

/** "4.2 Bảo vệ dữ liệu cá nhân và quyền riêng tư"; an unknown code is returned as it is. */
export function competenceLabel(code: string): string {
  const c = BY_CODE.get(code)
  return c ? `${c.code} ${c.name}` : code
}

/** "4.2.TC1": the component code with the grade band, as lesson plans write it. */
export function bandedCode(code: string, band: GradeBand): string {
  return `${code}.${band}`
}

/** Sorts codes by domain, then component ('1.2' < '2.3' < '4.10' if it existed). */
export function sortCodes(codes: Iterable<string>): string[] {
  const key = (c: string) => c.split('.').map(Number)
  return [...new Set(codes)].sort((a, b) => {
    const [a1 = 0, a2 = 0] = key(a)
    const [b1 = 0, b2 = 0] = key(b)
    return a1 - b1 || a2 - b2
  })
}

/** Every component a module's lessons, practices and quiz questions carry (sorted, no repeats). */
export function moduleCompetences(content: ModuleContent): string[] {
  return sortCodes([
    ...content.lessons.flatMap((l) => l.competences),
    ...content.practices.flatMap((p) => p.competences),
    ...content.quiz.questions.flatMap((q) => q.competences),
  ])
}
