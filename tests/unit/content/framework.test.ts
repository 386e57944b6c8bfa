// Issue 20's build rules: competence codes from the TT 02/2025 table, dangerous option kinds as data,
// a legal document past its replacement or cited without the amendment that changes the lesson, and a
// warning (never a failure) for lessons checked more than 12 months ago.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { join } from 'node:path'
import * as v from 'valibot'
import { loadAllContent } from '../../../build/content-files'
import contentPlugin from '../../../build/vite-plugin-content'
import {
  COMPETENCES,
  bandedCode,
  competenceLabel,
  gradeBand,
  isCompetenceCode,
  moduleCompetences,
} from '@/content/competences'
import { DANGER_KIND_IDS } from '@/content/danger'
import { checkCitations, checkRegistry, LegalDocSchema, type LegalRegistry } from '@/content/legal'
import { checkTextRules } from '@/content/rules'
import { checkCompetenceCoverage, staleLessons, validateModule } from '@/content/validate'
import { makeLesson, makeModuleFiles, makeQuiz } from '../../factories'

const BAD = join(import.meta.dirname, '..', '..', 'fixtures', 'content', 'bad-rules')

const errorsOf = (files: ReturnType<typeof makeModuleFiles>) => {
  const r = validateModule(files)
  return r.ok ? [] : r.errors
}
const valid = (files: ReturnType<typeof makeModuleFiles>) => {
  const r = validateModule(files)
  if (!r.ok) throw new Error(r.errors.join('\n'))
  return r.content
}

describe('the competence table', () => {
  it('holds the 24 components of the six domains, each code once', () => {
    expect(COMPETENCES).toHaveLength(24)
    expect(new Set(COMPETENCES.map((c) => c.code)).size).toBe(24)
    expect(new Set(COMPETENCES.map((c) => c.domain))).toEqual(new Set([1, 2, 3, 4, 5, 6]))
    for (const c of COMPETENCES) expect(c.code.startsWith(`${c.domain}.`), c.code).toBe(true)
  })

  it('names a code in words and with its grade band', () => {
    expect(competenceLabel('4.2')).toBe('4.2 Bảo vệ dữ liệu cá nhân và quyền riêng tư')
    expect(bandedCode('4.2', 'TC1')).toBe('4.2.TC1')
    expect(isCompetenceCode('2.3')).toBe(true)
    expect(isCompetenceCode('9.9')).toBe(false)
    expect(isCompetenceCode(4.2)).toBe(false)
  })

  it('bands grades 6–7 TC1, 8–9 TC2, 10–12 NC1, and nothing else', () => {
    expect([6, 7, 8, 9, 10, 11, 12].map(gradeBand)).toEqual(['TC1', 'TC1', 'TC2', 'TC2', 'NC1', 'NC1', 'NC1'])
    expect([5, 13, 0, 7.5, Number.NaN].map(gradeBand)).toEqual([undefined, undefined, undefined, undefined, undefined])
  })

  it("collects a module's codes from lessons, practices and questions, sorted without repeats", () => {
    const quiz = makeQuiz()
    quiz.questions[0] = { ...quiz.questions[0]!, competences: ['6.3', '1.2'] }
    const m = valid(makeModuleFiles({ lessons: { 'bai-mot': makeLesson({ competences: ['4.2', '2.3'] }) }, quiz }))
    expect(moduleCompetences(m)).toEqual(['1.2', '2.3', '4.1', '4.2', '6.3'])
  })
})

describe('competence codes in content', () => {
  it('fails on a code not in the table, and on a lesson with none', () => {
    const bad = errorsOf(makeModuleFiles({ lessons: { 'bai-mot': makeLesson({ competences: ['4.2', '4.9'] }) } })).join(
      '\n',
    )
    expect(bad).toMatch(/lessons\/bai-mot\.yaml: competences\.1: mã năng lực "4\.9" không có trong khung 24 thành phần/)
    const none = errorsOf(makeModuleFiles({ lessons: { 'bai-mot': makeLesson({ competences: [] }) } })).join('\n')
    expect(none).toMatch(/cần ít nhất một mã năng lực số/)
  })

  it('fails on a question or a practice without codes', () => {
    const quiz = makeQuiz()
    const { competences: _, ...q } = quiz.questions[0]!
    const files = makeModuleFiles({ quiz: { ...quiz, questions: [q, ...quiz.questions.slice(1)] } })
    delete (files.practices['sap-xep'] as Record<string, unknown>).competences
    const errors = errorsOf(files).join('\n')
    expect(errors).toMatch(/quiz\.yaml: questions\.0\.competences/)
    expect(errors).toMatch(/practices\/sap-xep\.yaml: competences/)
  })

  it('fails a module covering fewer than two components, and an app covering fewer than 12', () => {
    const quiz = makeQuiz()
    quiz.questions = quiz.questions.map((q) => ({ ...q, competences: ['4.1'] }))
    const one = valid(makeModuleFiles({ lessons: { 'bai-mot': makeLesson({ competences: ['4.1'] }) }, quiz }))
    expect(checkCompetenceCoverage([one])).toEqual([
      'dich-vu-cong: chỉ có 1 thành phần năng lực số (cần ít nhất 2)',
      'cả ứng dụng chỉ có 1/24 thành phần năng lực số (cần ít nhất 12)',
    ])
  })

  it('are written in month form for checked:', () => {
    expect(
      errorsOf(makeModuleFiles({ lessons: { 'bai-mot': makeLesson({ checked: '2026-13' }) } })).join('\n'),
    ).toMatch(/checked: tháng theo dạng YYYY-MM/)
  })
})

describe('dangerous option kinds', () => {
  const withOption = (extra: Record<string, unknown>) => {
    const quiz = makeQuiz()
    const q = quiz.questions[0] as { options: Array<Record<string, unknown>> }
    q.options[1] = { id: 'b', text: 'Bấm link trong tin nhắn', correct: false, explanation: 'x', ...extra }
    return errorsOf(makeModuleFiles({ quiz }))
  }

  it('fails on a tagged option that is not critical', () => {
    expect(withOption({ kind: 'open-link-in-phishing' })).toEqual([
      'quiz.yaml/q1: lựa chọn b thuộc loại nguy hiểm "open-link-in-phishing" nên phải có critical: true',
    ])
  })

  it('fails on a critical option that names no kind, and on a kind not in the list', () => {
    expect(withOption({ critical: true })).toEqual([
      'quiz.yaml/q1: lựa chọn b là critical nhưng chưa ghi loại nguy hiểm (kind, xem src/content/danger.ts)',
    ])
    expect(withOption({ critical: true, kind: 'be-rude' }).join('\n')).toMatch(
      /loại lựa chọn nguy hiểm "be-rude" không có trong src\/content\/danger\.ts/,
    )
  })

  it('accepts a critical option with its kind', () => {
    expect(withOption({ critical: true, kind: 'split-transfer' })).toEqual([])
  })

  it('lists the kinds the brief names', () => {
    for (const k of ['share-otp', 'open-link-in-phishing', 'split-transfer', 'install-apk', 'send-id-photo'])
      expect(DANGER_KIND_IDS).toContain(k)
  })
})

describe('legal documents past their replacement, and amendments', () => {
  const doc = (over: Record<string, unknown>) =>
    v.parse(LegalDocSchema, {
      title: 'T',
      status: 'in-force',
      source: { title: 'S', url: 'https://example.gov.vn/x' },
      checked: '2026-12-01',
      ...over,
    })
  const registry: LegalRegistry = {
    documents: [
      doc({ number: '1/2025/NĐ-CP', inForce: '2025-01-01', replacedBy: '2/2026/NĐ-CP' }),
      doc({ number: '2/2026/NĐ-CP', inForce: '2026-07-01' }),
      doc({
        number: '3/2024/TT-NHNN',
        inForce: '2024-07-17',
        amendedBy: [{ number: '4/2025/TT-NHNN', changesTeaching: true }],
      }),
      doc({ number: '4/2025/TT-NHNN', issued: '2025-11-05' }),
    ],
  }
  const moduleWith = (...bodies: string[]) =>
    valid(
      makeModuleFiles({
        lessons: {
          'bai-mot': makeLesson({ cards: bodies.map((body) => ({ type: 'text' as const, body })) }),
        },
      }),
    )

  it('allows a replacement that is not in force yet, and fails once its date has passed', () => {
    expect(checkRegistry(registry, new Date('2026-06-30T12:00:00Z'))).toEqual([])
    expect(checkRegistry(registry, new Date('2026-07-01T12:00:00Z'))).toEqual([
      'legal.yaml: 1/2025/NĐ-CP đã được thay bằng 2/2026/NĐ-CP từ 2026-07-01; đổi status thành replaced và sửa các thẻ trích nó',
    ])
    const m = moduleWith('Theo Nghị định 1/2025/NĐ-CP…', 'Hết.')
    expect(checkCitations([m], registry, new Date('2026-06-30T12:00:00Z'))).toEqual([])
    expect(checkCitations([m], registry, new Date('2026-07-02T12:00:00Z'))).toContain(
      'dich-vu-cong/lessons/bai-mot.yaml#cards.0: 1/2025/NĐ-CP đã được thay bằng 2/2026/NĐ-CP; thẻ này phải nêu cả văn bản mới',
    )
  })

  it('fails a card citing a document without the amendment that changes what is taught, unless the card names it', () => {
    const today = new Date('2026-06-30T12:00:00Z')
    expect(checkCitations([moduleWith('Thông tư 3/2024/TT-NHNN đặt hạn mức.', 'Hết.')], registry, today)).toEqual([
      'dich-vu-cong/lessons/bai-mot.yaml#cards.0: 3/2024/TT-NHNN đã được sửa đổi bởi 4/2025/TT-NHNN, thay đổi điều bài học dạy; thẻ này phải nêu cả 4/2025/TT-NHNN',
    ])
    expect(
      checkCitations(
        [moduleWith('Thông tư 3/2024/TT-NHNN, sửa bởi Thông tư 4/2025/TT-NHNN.', 'Hết.')],
        registry,
        today,
      ),
    ).toEqual([])
    const minor: LegalRegistry = {
      documents: registry.documents.map((d) =>
        d.amendedBy.length ? { ...d, amendedBy: [{ number: '4/2025/TT-NHNN', changesTeaching: false }] } : d,
      ),
    }
    expect(checkCitations([moduleWith('Thông tư 3/2024/TT-NHNN đặt hạn mức.', 'Hết.')], minor, today)).toEqual([])
  })

  it('refuses an in-force date before the signing date, an entry with neither date, and an unknown amendment', () => {
    expect(
      v.safeParse(LegalDocSchema, {
        ...doc({ number: '5/2025/TT-BGDĐT', issued: '2025-07-24' }),
        inForce: '2025-07-01',
      }).issues?.[0]?.message,
    ).toBe('inForce không thể trước ngày ký (issued)')
    expect(
      v.safeParse(LegalDocSchema, {
        number: '6/2025/X',
        title: 'T',
        status: 'in-force',
        source: { title: 'S', url: 'https://example.gov.vn/x' },
        checked: '2026-12-01',
      }).issues?.[0]?.message,
    ).toBe('cần ít nhất issued hoặc inForce')
    expect(
      checkRegistry({
        documents: [
          doc({
            number: '7/2025/X',
            inForce: '2025-01-01',
            amendedBy: [{ number: '8/2026/X', changesTeaching: true }],
          }),
        ],
      }),
    ).toEqual(['legal.yaml: 7/2025/X được sửa đổi bởi 8/2026/X, văn bản này chưa có trong danh mục'])
  })
})

describe('checked: months', () => {
  const m = (checked: string) => valid(makeModuleFiles({ lessons: { 'bai-mot': makeLesson({ checked }) } }))
  const now = new Date('2027-12-15T00:00:00Z')

  it('warns on a lesson checked more than 12 months ago, and on a month still to come', () => {
    expect(staleLessons([m('2026-12')], now)).toEqual([])
    expect(staleLessons([m('2026-11')], now)).toEqual([
      'dich-vu-cong/lessons/bai-mot.yaml: nội dung kiểm tra lần cuối tháng 2026-11, đã hơn 12 tháng: hãy kiểm tra lại và cập nhật checked',
    ])
    expect(staleLessons([m('2028-01')], now)).toEqual([
      'dich-vu-cong/lessons/bai-mot.yaml: checked 2028-01 là một tháng chưa tới',
    ])
  })
})

describe('mock ID numbers', () => {
  it('refuses a mock ID with a real province prefix, and accepts 000', () => {
    const withId = (value: string) =>
      valid(
        makeModuleFiles({
          lessons: {
            'bai-mot': makeLesson({
              cards: [
                {
                  type: 'mock',
                  mock: {
                    kind: 'app',
                    app: 'VNeID',
                    theme: 'red',
                    blocks: [{ field: 'Số định danh cá nhân', value }],
                  },
                },
                { type: 'text', body: 'Hết.' },
              ],
            }),
          },
        }),
      )
    expect(checkTextRules([withId('079211xxx123')])).toEqual([
      'dich-vu-cong/lessons/bai-mot.yaml#cards.0: số định danh mô phỏng "079211xxx123" phải bắt đầu bằng 000 (không trùng mã tỉnh thật)',
    ])
    expect(checkTextRules([withId('000211xxx123 (mô phỏng)')])).toEqual([])
  })
})

describe('the build on the issue-20 fixture tree', () => {
  const expected = [
    /dich-vu-cong\/lessons\/bai-mot\.yaml: competences\.1: mã năng lực "9\.9" không có trong khung/,
    /mua-sam\/quiz\.yaml\/q1: lựa chọn b thuộc loại nguy hiểm "share-otp" nên phải có critical: true/,
    /legal\.yaml: 59\/2022\/NĐ-CP đã được thay bằng 69\/2024\/NĐ-CP từ 2024-07-01/,
    /thanh-toan\/lessons\/bai-mot\.yaml#cards\.0: 40\/2024\/TT-NHNN đã được sửa đổi bởi 41\/2025\/TT-NHNN/,
    /thanh-toan\/lessons\/bai-mot\.yaml#cards\.0: 59\/2022\/NĐ-CP đã được thay bằng 69\/2024\/NĐ-CP; thẻ này phải nêu cả văn bản mới/,
  ]

  it('fails loading with each problem named', () => {
    let message = ''
    try {
      loadAllContent(BAD)
    } catch (e) {
      message = (e as Error).message
    }
    for (const re of expected) expect(message).toMatch(re)
  })

  it('fails the Vite build of virtual:content/index', () => {
    const plugin = contentPlugin({ root: BAD })
    const load = plugin.load as (this: unknown, id: string) => unknown
    const ctx = {
      addWatchFile: () => {},
      warn: () => {},
      error: (msg: string) => {
        throw new Error(msg)
      },
    }
    for (const re of expected) expect(() => load.call(ctx, '\0virtual:content/index')).toThrow(re)
  })
})

describe('the shipped content', () => {
  afterEach(() => vi.useRealTimers())

  it('covers at least two components per module and 12 in the app', () => {
    expect(checkCompetenceCoverage(loadAllContent())).toEqual([])
  })

  it("exports each module's codes for reports as virtual:content/competences", () => {
    const load = contentPlugin().load as (this: unknown, id: string) => unknown
    const code = String(
      load.call(
        {
          addWatchFile: () => {},
          warn: () => {},
          error: (msg: string) => {
            throw new Error(msg)
          },
        },
        '\0virtual:content/competences',
      ),
    )
    const exported = JSON.parse(code.replace(/^export default /, '')) as Record<string, string[]>
    for (const m of loadAllContent()) expect(exported[m.meta.id], m.meta.id).toEqual(moduleCompetences(m))
  })

  it('has every lesson checked within the last 12 months today', () => {
    expect(staleLessons(loadAllContent())).toEqual([])
  })

  it('only warns, and still builds, when its checks have grown old', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2030-01-15T00:00:00Z'))
    const warn = vi.fn()
    const plugin = contentPlugin()
    const load = plugin.load as (this: unknown, id: string) => unknown
    const code = load.call(
      {
        addWatchFile: () => {},
        warn,
        error: (msg: string) => {
          throw new Error(msg)
        },
      },
      '\0virtual:content/index',
    )
    expect(String(code)).toMatch(/export const modules/)
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /dich-vu-cong\/lessons\/vneid-muc-1-2\.yaml: nội dung kiểm tra lần cuối tháng 2026-12, đã hơn 12 tháng/,
      ),
    )
  })
})
