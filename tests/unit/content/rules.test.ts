// The safety rules for mock addresses and report syntax, on made-up modules and on the shipped content.
import { describe, expect, it } from 'vitest'
import { checkTextRules, domainsIn } from '@/content/rules'
import { validateModule } from '@/content/validate'
import { loadAllContent } from '../../../build/content-files'
import { makeLesson, makeModuleFiles } from '../../factories'
import type { Card } from '@/content/schema'

function moduleWith(...cards: Card[]) {
  const r = validateModule(
    makeModuleFiles({
      lessons: { 'bai-mot': makeLesson({ cards: [...cards, { type: 'text', body: 'Hết.' }] }) },
    }),
  )
  if (!r.ok) throw new Error(r.errors.join('\n'))
  return r.content
}

describe('made-up web addresses', () => {
  it('finds domains in text, but not e-mail-free words, prices or dates', () => {
    expect(domainsIn('Vào dichvucong-gov.top/dang-nhap hoặc abc.example, giá 35.000đ ngày 1.7.2026')).toEqual([
      'dichvucong-gov.top',
      'abc.example',
    ])
  })

  it('refuses a registrable fake domain, accepts reserved names and the real portals', () => {
    const bad = moduleWith({ type: 'text', body: 'Link: vneid-capnhat.com/VNeID.apk' })
    expect(checkTextRules([bad])).toEqual([
      'dich-vu-cong/lessons/bai-mot.yaml#cards.0: địa chỉ giả "vneid-capnhat.com" phải dùng đuôi .example hoặc .invalid (không ai đăng ký được)',
    ])
    const good = moduleWith({
      type: 'text',
      body: 'Thật: dichvucong.gov.vn, thisinh.thitotnghiepthpt.edu.vn. Giả: vneid-capnhat.example, abc.invalid',
    })
    expect(checkTextRules([good])).toEqual([])
  })

  it('requires a visible "(mô phỏng)" in every mock browser bar', () => {
    const mock = {
      kind: 'web' as const,
      url: 'dichvucong-gov.example',
      secure: false,
      blocks: [{ text: 'x' }],
    }
    expect(checkTextRules([moduleWith({ type: 'mock', mock })])).toEqual([
      'dich-vu-cong: thanh địa chỉ "dichvucong-gov.example" phải có dấu "(mô phỏng)"',
    ])
    expect(
      checkTextRules([moduleWith({ type: 'mock', mock: { ...mock, url: 'dichvucong-gov.example (mô phỏng)' } })]),
    ).toEqual([])
  })
})

describe('report syntax', () => {
  it('refuses a phone number with spaces after LD, V or S, and accepts it written together', () => {
    expect(
      checkTextRules([moduleWith({ type: 'text', body: 'Nhắn "LD 09xx xxx 123 gia danh cong an" tới 156.' })]),
    ).toEqual([
      'dich-vu-cong/lessons/bai-mot.yaml#cards.0: "LD 09xx xxx": số điện thoại trong cú pháp báo cáo phải viết liền',
    ])
    expect(
      checkTextRules([moduleWith({ type: 'text', body: 'Nhắn "LD 0912xxx123 gia danh cong an" tới 156.' })]),
    ).toEqual([])
  })
})

describe('the shipped content', () => {
  it('follows the address and report rules', () => {
    expect(checkTextRules(loadAllContent())).toEqual([])
  })
})
