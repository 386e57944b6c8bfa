// The legal registry and the build rules that keep lessons true when a law changes.
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { loadAllContent, loadLegalRegistry } from '../../../build/content-files'
import contentPlugin from '../../../build/vite-plugin-content'
import {
  checkCitations,
  checkRegistry,
  citationIndex,
  contentUpdated,
  findCitations,
  type LegalRegistry,
} from '@/content/legal'
import { validateModule } from '@/content/validate'
import { makeLesson, makeModuleFiles } from '../../factories'

const BAD = join(import.meta.dirname, '..', '..', 'fixtures', 'content', 'bad-laws')

const registry: LegalRegistry = {
  documents: [
    {
      number: '69/2024/NĐ-CP',
      title: 'NĐ mới',
      aliases: [],
      amendedBy: [],
      inForce: '2024-07-01',
      status: 'in-force',
      source: { title: 'S', url: 'https://example.gov.vn/1' },
      checked: '2026-11-30',
    },
    {
      number: '59/2022/NĐ-CP',
      title: 'NĐ cũ',
      aliases: [],
      amendedBy: [],
      inForce: '2022-10-20',
      status: 'replaced',
      replacedBy: '69/2024/NĐ-CP',
      source: { title: 'S', url: 'https://example.gov.vn/2' },
      checked: '2026-11-30',
    },
    {
      number: '116/2025/QH15',
      title: 'Luật mới',
      aliases: ['Luật An ninh mạng 2025'],
      amendedBy: [],
      inForce: '2026-07-01',
      status: 'in-force',
      source: { title: 'S', url: 'https://example.gov.vn/3' },
      checked: '2026-12-01',
    },
    {
      number: '24/2018/QH14',
      title: 'Luật cũ',
      aliases: ['Luật An ninh mạng 2018'],
      amendedBy: [],
      inForce: '2019-01-01',
      status: 'replaced',
      replacedBy: '116/2025/QH15',
      source: { title: 'S', url: 'https://example.gov.vn/4' },
      checked: '2026-11-30',
    },
  ],
}

/** A module whose one lesson has these card bodies, then a closing card that cites nothing. */
function moduleWith(...bodies: string[]) {
  const cards = [...bodies, 'Hết bài.'].map((body) => ({ type: 'text' as const, body }))
  const r = validateModule(makeModuleFiles({ lessons: { 'bai-mot': makeLesson({ cards }) } }))
  if (!r.ok) throw new Error(r.errors.join('\n'))
  return r.content
}

describe('finding legal numbers in text', () => {
  it('finds full numbers, numbers without a year, short forms and registry names', () => {
    const text =
      'Theo Nghị định 69/2024/NĐ-CP và Quyết định 2345/QĐ-NHNN, Thông tư 23/2019 (nay là TT 40/2024), NQ 1662/NQ-UBTVQH15; Luật An ninh mạng 2018.'
    expect(findCitations(text, registry).sort()).toEqual(
      ['1662/NQ-UBTVQH15', '23/2019', '2345/QĐ-NHNN', '40/2024', '69/2024/NĐ-CP', 'Luật An ninh mạng 2018'].sort(),
    )
  })

  it('does not take dates, prices or phone numbers for legal numbers', () => {
    expect(
      findCitations('Từ 1/7/2024, tháng 4/2026, 30/4/2026, giá 35.000 đ, gọi 0912xxx123, 24/7, 8–20 ký tự.'),
    ).toEqual([])
  })
})

describe('the citation rules', () => {
  it('accepts a replaced law named as history next to what replaced it', () => {
    const m = moduleWith(
      'Nghị định 59/2022/NĐ-CP đã được thay bằng Nghị định 69/2024/NĐ-CP.',
      'Luật An ninh mạng 2018 được thay bằng Luật An ninh mạng 2025.',
    )
    expect(checkCitations([m], registry)).toEqual([])
  })

  it('refuses a number missing from the registry', () => {
    expect(checkCitations([moduleWith('Theo Thông tư 99/2099/TT-XYZ.')], registry)).toEqual([
      'dich-vu-cong/lessons/bai-mot.yaml#cards.0: "99/2099/TT-XYZ" không có trong danh mục văn bản (src/content/legal.yaml)',
    ])
  })

  it('refuses a replaced document in a card that does not name its replacement, even by short form', () => {
    const errors = checkCitations(
      [moduleWith('Ghi chú.', 'Theo Nghị định 59/2022, trẻ dưới 14 tuổi…', 'Luật An ninh mạng 2018 cấm…')],
      registry,
    )
    expect(errors).toEqual([
      'dich-vu-cong/lessons/bai-mot.yaml#cards.1: 59/2022/NĐ-CP đã được thay bằng 69/2024/NĐ-CP; thẻ này phải nêu cả văn bản mới',
      'dich-vu-cong/lessons/bai-mot.yaml#cards.2: 24/2018/QH14 đã được thay bằng 116/2025/QH15; thẻ này phải nêu cả văn bản mới',
    ])
  })

  it('refuses an expired document and a registry that names a replacement it does not hold', () => {
    const reg: LegalRegistry = {
      documents: [
        { ...registry.documents[0]!, status: 'expired' },
        { ...registry.documents[1]!, replacedBy: '1/2030/NĐ-CP' },
      ],
    }
    expect(checkRegistry(reg)).toEqual([
      'legal.yaml: 59/2022/NĐ-CP được thay bằng 1/2030/NĐ-CP, văn bản này chưa có trong danh mục',
    ])
    expect(checkCitations([moduleWith('Nghị định 69/2024/NĐ-CP.')], reg)).toContain(
      'dich-vu-cong/lessons/bai-mot.yaml#cards.0: 69/2024/NĐ-CP đã hết hiệu lực',
    )
  })

  it('indexes which cards cite each document, and dates the module from sources and cited laws', () => {
    const m = moduleWith('Luật An ninh mạng 2025 có hiệu lực từ 1/7/2026.')
    expect(citationIndex([m], registry).get('116/2025/QH15')).toEqual(['dich-vu-cong/lessons/bai-mot.yaml#cards.0'])
    expect(citationIndex([m], registry).get('69/2024/NĐ-CP')).toEqual([])
    // The lesson's source was checked 2026-11-27; the cited law's entry 2026-12-01.
    expect(contentUpdated([m], registry)).toEqual({
      app: { year: 2026, month: 12 },
      modules: { 'dich-vu-cong': { year: 2026, month: 12 } },
    })
    expect(contentUpdated([moduleWith('Không trích luật.')], registry).modules['dich-vu-cong']).toEqual({
      year: 2026,
      month: 11,
    })
  })
})

describe('the build on a deliberately bad content tree', () => {
  const expected = [
    /dich-vu-cong\/lessons\/bai-mot\.yaml#cards\.0: 59\/2022\/NĐ-CP đã được thay bằng 69\/2024\/NĐ-CP/,
    /dich-vu-cong\/lessons\/bai-mot\.yaml#cards\.1: "99\/2099\/TT-XYZ" không có trong danh mục/,
  ]

  it('fails loading, naming each bad card and nothing else about the laws', () => {
    let message = ''
    try {
      loadAllContent(BAD)
    } catch (e) {
      message = (e as Error).message
    }
    for (const re of expected) expect(message).toMatch(re)
    expect(message).not.toMatch(/cards\.2/)
  })

  it('fails the Vite build of virtual:content/index', () => {
    const plugin = contentPlugin({ root: BAD })
    const load = plugin.load as (this: unknown, id: string) => unknown
    const ctx = {
      addWatchFile: () => {},
      error: (m: string) => {
        throw new Error(m)
      },
    }
    expect(() => load.call(ctx, '\0virtual:content/index')).toThrow(expected[1]!)
  })
})

describe('the shipped registry', () => {
  it('is consistent, and every legal number in the content is in it', () => {
    expect(() => loadAllContent()).not.toThrow()
  })

  it('shows a content date per module and for the app', () => {
    const u = contentUpdated(loadAllContent(), loadLegalRegistry())
    expect(Object.keys(u.modules)).toHaveLength(7)
    for (const ym of Object.values(u.modules))
      expect(ym.year * 12 + ym.month).toBeLessThanOrEqual(u.app.year * 12 + u.app.month)
    expect(u.app.year).toBeGreaterThanOrEqual(2026)
  })
})
