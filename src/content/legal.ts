// The legal registry (src/content/legal.yaml) and the build rules that keep lessons true when a law
// changes: every legal number written in lesson, practice or quiz text must be in the registry, and a
// replaced document may only appear in a card that also names what replaced it (as history).
// Pure: used by the build plugin, the content tests and `npm run content:laws`.
import * as v from 'valibot'
import type { ModuleContent } from './schema.ts'

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'không được để trống'))
const date = v.pipe(v.string(), v.isoDate('ngày theo dạng YYYY-MM-DD'))

export const AmendmentSchema = v.strictObject({
  /** The `number` of the registry entry that amends this document. */
  number: text,
  /** True where the brief says the amendment changes what the lessons teach: a card citing the
   * document must then name the amendment too. */
  changesTeaching: v.boolean(),
})

export const LegalDocSchema = v.pipe(
  v.strictObject({
    /** As printed on the document: 69/2024/NĐ-CP, 2345/QĐ-NHNN, 116/2025/QH15. */
    number: text,
    title: text,
    /** Other ways lesson text names it, matched as written: "Luật An ninh mạng 2018". */
    aliases: v.optional(v.array(text), []),
    /** The date it was signed or passed. */
    issued: v.optional(date),
    /** The date it took effect; left out while no source confirms it (then `issued` is required). */
    inForce: v.optional(date),
    status: v.picklist(['in-force', 'replaced', 'expired']),
    /** The `number` of the registry entry that replaced it: required when replaced; on a document
     * still in force, a replacement that has been passed but is not in force yet. */
    replacedBy: v.optional(text),
    /** Later documents that change parts of it. */
    amendedBy: v.optional(v.array(AmendmentSchema), []),
    source: v.strictObject({
      title: text,
      url: v.pipe(v.string(), v.url(), v.startsWith('http')),
      publisher: v.optional(text),
    }),
    checked: date,
  }),
  v.check((d) => d.inForce !== undefined || d.issued !== undefined, 'cần ít nhất issued hoặc inForce'),
  v.check((d) => !d.issued || !d.inForce || d.inForce >= d.issued, 'inForce không thể trước ngày ký (issued)'),
)

export const LegalRegistrySchema = v.strictObject({
  documents: v.pipe(v.array(LegalDocSchema), v.minLength(1)),
})

export type LegalDoc = v.InferOutput<typeof LegalDocSchema>
export type LegalRegistry = v.InferOutput<typeof LegalRegistrySchema>

// Full numbers: 69/2024/NĐ-CP, 19/2023/QH15. Not preceded by a digit or slash, so dates never match.
const FULL = /(?<![\p{L}\d/.,])(\d{1,5}\/\d{4}\/\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*)/gu
// Numbers without a year: 2345/QĐ-NHNN, 1662/NQ-UBTVQH15, 06/QĐ-TTg.
const NO_YEAR = /(?<![\p{L}\d/.,])(\d{1,5}\/\p{Lu}[\p{L}\d]*-[\p{L}\d]+(?:-[\p{L}\d]+)*)/gu
// Short forms after the kind of document: "Nghị định 69/2024", "TT 23/2019" (a bare "4/2026" is a date).
const SHORT =
  /(?:Nghị định|NĐ|Thông tư|TT|Quyết định|QĐ|Nghị quyết|NQ|Luật|Công văn)\s+(?:số\s+)?(\d{1,5}\/\d{4})(?![\d/])/gu

const norm = (s: string) => s.normalize('NFC').toUpperCase()

/** Every legal number (as written) and registry alias found in a text. */
export function findCitations(text: string, registry?: LegalRegistry): string[] {
  const s = text.normalize('NFC')
  const found = new Set<string>()
  for (const re of [FULL, NO_YEAR, SHORT]) for (const m of s.matchAll(re)) found.add(m[1]!)
  for (const d of registry?.documents ?? []) for (const a of d.aliases) if (s.includes(a.normalize('NFC'))) found.add(a)
  return [...found]
}

/** The registry entry a citation refers to: by full number, by its "N/YYYY" head, or by alias. */
export function resolveCitation(citation: string, registry: LegalRegistry): LegalDoc | undefined {
  const c = norm(citation)
  return registry.documents.find(
    (d) =>
      norm(d.number) === c ||
      (/^\d+\/\d{4}$/.test(c) && norm(d.number).startsWith(c + '/')) ||
      d.aliases.some((a) => norm(a) === c),
  )
}

function strings(
  x: unknown,
  skip = new Set(['id', 'url', 'next', 'start', 'component', 'group', 'competences', 'kind']),
): string[] {
  if (typeof x === 'string') return [x]
  if (Array.isArray(x)) return x.flatMap((y) => strings(y, skip))
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, y]) => (skip.has(k) ? [] : strings(y, skip)))
  return []
}

export interface TextUnit {
  /** module/file/card, e.g. "tu-bao-ve/lessons/du-lieu-ca-nhan.yaml#cards.3" */
  where: string
  text: string
}

/**
 * The pieces of learner-facing text the rules look at: each lesson card, each quiz question with its
 * options, each practice step (item, node, round) and the practice's own lines. Source lists are left
 * out: a source's title is what it is.
 */
export function textUnits(m: ModuleContent): TextUnit[] {
  const id = m.meta.id
  const units: TextUnit[] = [{ where: `${id}/module.yaml`, text: strings(m.meta).join('\n') }]
  for (const l of m.lessons) {
    const f = `${id}/lessons/${l.id}.yaml`
    units.push({ where: `${f}#summary`, text: [l.title, l.summary].join('\n') })
    l.cards.forEach((c, i) => units.push({ where: `${f}#cards.${i}`, text: strings(c).join('\n') }))
  }
  for (const p of m.practices) {
    const f = `${id}/practices/${p.id}.yaml`
    const head: string[] = []
    for (const [k, val] of Object.entries(p)) {
      if (Array.isArray(val) && val.some((x) => x && typeof x === 'object')) {
        val.forEach((x, i) => units.push({ where: `${f}#${k}.${i}`, text: strings(x).join('\n') }))
      } else head.push(...strings({ [k]: val }))
    }
    units.push({ where: f, text: head.join('\n') })
  }
  for (const q of m.quiz.questions) units.push({ where: `${id}/quiz.yaml#${q.id}`, text: strings(q).join('\n') })
  return units
}

/** Registry number → every place that cites it. */
export function citationIndex(all: ModuleContent[], registry: LegalRegistry): Map<string, string[]> {
  const index = new Map<string, string[]>(registry.documents.map((d) => [d.number, []]))
  for (const m of all) {
    for (const u of textUnits(m)) {
      for (const c of findCitations(u.text, registry)) {
        const d = resolveCitation(c, registry)
        if (d && !index.get(d.number)!.includes(u.where)) index.get(d.number)!.push(u.where)
      }
    }
  }
  return index
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10)

/**
 * The replacement a citation must name today: the registry's `replacedBy` once the document is marked
 * replaced, or once its replacement has come into force (whatever the status still says).
 */
function replacementDue(d: LegalDoc, registry: LegalRegistry, today: string): string | undefined {
  if (!d.replacedBy) return undefined
  if (d.status === 'replaced') return d.replacedBy
  const next = registry.documents.find((x) => x.number === d.replacedBy)
  return next?.inForce && next.inForce <= today ? d.replacedBy : undefined
}

/** Problems in the registry itself, as of `today` (the build date). */
export function checkRegistry(registry: LegalRegistry, today: Date = new Date()): string[] {
  const errors: string[] = []
  const day = isoDay(today)
  const numbers = registry.documents.map((d) => d.number)
  const byNumber = new Map(registry.documents.map((d) => [d.number, d]))
  for (const [i, n] of numbers.entries()) if (numbers.indexOf(n) !== i) errors.push(`legal.yaml: trùng số ${n}`)
  for (const d of registry.documents) {
    if (d.status === 'replaced') {
      if (!d.replacedBy) errors.push(`legal.yaml: ${d.number} đã bị thay thế nhưng thiếu replacedBy`)
      else if (!numbers.includes(d.replacedBy))
        errors.push(`legal.yaml: ${d.number} được thay bằng ${d.replacedBy}, văn bản này chưa có trong danh mục`)
    } else if (d.replacedBy) {
      const next = byNumber.get(d.replacedBy)
      if (!next)
        errors.push(`legal.yaml: ${d.number} được thay bằng ${d.replacedBy}, văn bản này chưa có trong danh mục`)
      else if (!next.inForce)
        errors.push(`legal.yaml: ${d.number} ghi replacedBy ${d.replacedBy} nhưng văn bản mới chưa có ngày hiệu lực`)
      else if (next.inForce <= day) {
        // Past its replacement: the entry (and the cards that cite it) still speak of the old law as today's.
        errors.push(
          `legal.yaml: ${d.number} đã được thay bằng ${d.replacedBy} từ ${next.inForce}; đổi status thành replaced và sửa các thẻ trích nó`,
        )
      }
    }
    for (const a of d.amendedBy) {
      if (!byNumber.has(a.number))
        errors.push(`legal.yaml: ${d.number} được sửa đổi bởi ${a.number}, văn bản này chưa có trong danh mục`)
    }
  }
  return errors
}

/**
 * The build rules: a legal number not in the registry fails; an expired document fails; a replaced
 * document (or one whose replacement is already in force) fails unless the same card also names the
 * document that replaced it; a document whose amendment changes what is taught fails unless the same
 * card also names the amendment.
 */
export function checkCitations(all: ModuleContent[], registry: LegalRegistry, today: Date = new Date()): string[] {
  const errors = checkRegistry(registry, today)
  const day = isoDay(today)
  for (const m of all) {
    for (const u of textUnits(m)) {
      const cited = findCitations(u.text, registry)
      const docs = cited.map((c) => [c, resolveCitation(c, registry)] as const)
      const names = (n: string) => docs.some(([, x]) => x?.number === n)
      for (const [c, d] of docs) {
        if (!d) {
          errors.push(`${u.where}: "${c}" không có trong danh mục văn bản (src/content/legal.yaml)`)
          continue
        }
        const due = replacementDue(d, registry, day)
        if (d.status === 'expired') errors.push(`${u.where}: ${d.number} đã hết hiệu lực`)
        else if (due && !names(due)) {
          errors.push(`${u.where}: ${d.number} đã được thay bằng ${due}; thẻ này phải nêu cả văn bản mới`)
        }
        for (const a of d.amendedBy) {
          if (a.changesTeaching && !names(a.number)) {
            errors.push(
              `${u.where}: ${d.number} đã được sửa đổi bởi ${a.number}, thay đổi điều bài học dạy; thẻ này phải nêu cả ${a.number}`,
            )
          }
        }
      }
    }
  }
  return errors
}

// A type, not an interface, so it passes as interpolation params to t().
export type YearMonth = { year: number; month: number }

const toYearMonth = (iso: string): YearMonth => ({
  year: Number(iso.slice(0, 4)),
  month: Number(iso.slice(5, 7)),
})

/**
 * "Nội dung cập nhật": the latest date on which a module's sources, or the registry entries it cites,
 * were checked; and the latest over all modules for the app.
 */
export function contentUpdated(
  all: ModuleContent[],
  registry: LegalRegistry,
): { app: YearMonth; modules: Record<string, YearMonth> } {
  const index = citationIndex(all, registry)
  const modules: Record<string, YearMonth> = {}
  let app = ''
  for (const m of all) {
    const dates = m.lessons.flatMap((l) => l.sources.map((s) => s.checked))
    for (const d of registry.documents)
      if (index.get(d.number)!.some((w) => w.startsWith(`${m.meta.id}/`))) dates.push(d.checked)
    const latest = dates.sort().at(-1)!
    modules[m.meta.id] = toYearMonth(latest)
    if (latest > app) app = latest
  }
  return { app: toYearMonth(app), modules }
}
