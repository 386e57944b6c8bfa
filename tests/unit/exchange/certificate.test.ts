// The certificate's code (issue #24, item 4): it carries what the certificate shows — name, class, school and
// each module's completion date — signed with the class key. The class teacher's phone verifies it; any other
// phone reads it marked unverified; an edit is refused wherever the key is, and a damaged code everywhere.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MODULE_IDS } from '@/content/constants'
import {
  certificateLink,
  decodeReceipt,
  encodeCertificate,
  encodeReceipt,
  inspect,
  normalizeCertificate,
  type Certificate,
  type KeyRing,
} from '@/exchange/codec'
import { fromBase64url, toBase64url } from '@/exchange/codec/bytes'
import { frameHeader, hmacTag } from '@/exchange/codec/frame'
import { BENCH_ORIGIN, LONG_NAME, qrVersion } from '@/exchange/codec/figures'
import { docTypeOf } from '@/exchange/channels'
import { codecMessage } from '@/i18n/vi-codec'
import { compareCertificate, issuedOn } from '@/domain/certificate'
import { toDay } from '@/domain/time'
import type { StudentRecord } from '@/domain/records'

const vn = (y: number, mo: number, d: number, h = 0, mi = 0): number => Date.UTC(y, mo - 1, d, h - 7, mi)
const CLASS = 'AAECAwQFBgc' // bytes 00..07
const STUDENT = 'CAkKCwwNDg8' // bytes 08..0f
const KEY = Uint8Array.from({ length: 16 }, (_, i) => i)
const OTHER_KEY = Uint8Array.from({ length: 16 }, (_, i) => 0xf0 + i)

/** The documented vector C1: all seven modules, nine days apart from 2026-03-01 (at 10:00 Vietnam time). */
function makeCertificate(over: Partial<Certificate> = {}): Certificate {
  return {
    classId: CLASS,
    studentId: STUDENT,
    name: 'Trần Văn An',
    classNumber: 7,
    className: '6A1',
    school: 'Trường THCS Nguyễn Du',
    schoolYear: '2025-2026',
    grade: 6,
    completed: Object.fromEntries(MODULE_IDS.map((id, i) => [id, vn(2026, 3, 1 + 9 * i, 10)])),
    ...over,
  }
}
const C1 =
  'CQFjAAECAwQFBgcICQoLDA0ODwcOVHLhuqduIFbEg24gQW4DNkExGlRyxrDhu51uZyBUSENTIE5ndXnhu4VuIER1GQZ_AagBsQG6AcMBzAHVAd7-ffgzeuJyGrkITOWxaC0e'

/** The code with one byte changed by `edit` (the frame and its length kept). */
function edited(code: string, edit: (bytes: Uint8Array) => void): string {
  const bytes = new Uint8Array(fromBase64url(code)!.bytes)
  edit(bytes)
  return toBase64url(bytes)
}

describe('certificate code', () => {
  it('encodes the documented vector C1, and the document shows it', async () => {
    expect(await encodeCertificate(makeCertificate(), KEY)).toBe(C1)
    expect(readFileSync('docs/receipt-format.md', 'utf8')).toContain(C1)
  })

  it('is verified with the class key: the name, class, school and every completion day as signed', async () => {
    const r = await inspect('certificate', certificateLink('https://kns.example', C1), { [CLASS]: KEY })
    expect(r).toEqual({ ok: true, verified: true, value: normalizeCertificate(makeCertificate()) })
    if (!r.ok) return
    expect(Object.values(r.value.completed).map((at) => toDay(at!))).toEqual(
      MODULE_IDS.map((_, i) => toDay(vn(2026, 3, 1 + 9 * i, 10))),
    )
    expect(issuedOn(r.value)).toBe(r.value.completed['chong-lua-dao'])
  })

  it('is the same code for the same progress (a certificate opened twice prints the same QR)', async () => {
    const later = makeCertificate({ completed: { 'dich-vu-cong': vn(2026, 3, 1, 23, 59) } })
    const earlier = makeCertificate({ completed: { 'dich-vu-cong': vn(2026, 3, 1, 0, 1) } })
    expect(await encodeCertificate(later, KEY)).toBe(await encodeCertificate(earlier, KEY))
  })

  it('is read on a phone without the class key, marked unverified', async () => {
    expect(await inspect('certificate', C1, {})).toEqual({
      ok: true,
      verified: false,
      keyId: CLASS,
      value: normalizeCertificate(makeCertificate()),
    })
  })

  it('refuses an edited name on the class phone (bad signature); without the key it can only show it unverified', async () => {
    // "Trần Văn An" → "Trần Văn Ân"? Keep it one byte: the last letter 'n' (0x6e) becomes 'h'.
    const bytes = fromBase64url(C1)!.bytes
    const at = bytes.indexOf(0x6e, 30)
    const forged = edited(C1, (b) => (b[at] = 0x68))
    const onClassPhone = await inspect('certificate', forged, { [CLASS]: KEY })
    expect(onClassPhone.ok).toBe(false)
    if (onClassPhone.ok) return
    expect(onClassPhone.error.problem).toBe('bad-signature')
    expect(codecMessage(onClassPhone.error)).toContain('Chữ ký của giấy chứng nhận không đúng')
    // Signed with another class's key: refused as well, never shown as verified.
    const other = await encodeCertificate(makeCertificate(), OTHER_KEY)
    expect(await inspect('certificate', other, { [CLASS]: KEY })).toMatchObject({
      ok: false,
      error: { problem: 'bad-signature' },
    })
    // No key: nothing can tell a careful edit from the original; it is shown only as unverified.
    expect(await inspect('certificate', forged, {})).toMatchObject({ ok: true, verified: false })
  })

  it('refuses a cut, padded or malformed code on any phone', async () => {
    for (const keys of [{}, { [CLASS]: KEY }] as KeyRing[]) {
      expect(await inspect('certificate', C1.slice(0, -10), keys)).toMatchObject({
        ok: false,
        error: { problem: 'truncated' },
      })
      expect(await inspect('certificate', C1 + C1, keys)).toMatchObject({ ok: false, error: { problem: 'too-long' } })
      expect(await inspect('certificate', '', keys)).toMatchObject({ ok: false, error: { problem: 'empty' } })
    }
    // Well signed but no module completed: no app writes that.
    const body = [...fromBase64url(C1)!.bytes.subarray(3, -16)]
    const mask = body.length - 8 * 2 - 1
    const empty = [...body.slice(0, mask), 0]
    const head = frameHeader('certificate', 1, empty.length, 16)
    const data = Uint8Array.from([...head, ...empty])
    const code = toBase64url(Uint8Array.from([...data, ...(await hmacTag(KEY, data))]))
    expect(await inspect('certificate', code, { [CLASS]: KEY })).toMatchObject({
      ok: false,
      error: { problem: 'bad-data' },
    })
    expect(await inspect('certificate', code, {})).toMatchObject({ ok: false, error: { problem: 'bad-data' } })
  })

  it('is told apart from a receipt both ways, and old receipt links still decode', async () => {
    expect(docTypeOf(certificateLink(BENCH_ORIGIN, C1))).toBe('certificate')
    const receipt = await decodeReceipt(C1, { [CLASS]: KEY })
    expect(receipt.ok).toBe(false)
    if (!receipt.ok) expect(codecMessage(receipt.error)).toContain('Đây là mã giấy chứng nhận, không phải mã kết quả')
    const r = await encodeReceipt(
      { classId: CLASS, studentId: STUDENT, name: 'An', classNumber: 1, issuedAt: vn(2026, 3, 1), seq: 1, modules: {} },
      KEY,
    )
    expect(await inspect('certificate', r, { [CLASS]: KEY })).toMatchObject({
      ok: false,
      error: { problem: 'wrong-doc:receipt' },
    })
    expect((await decodeReceipt(r, { [CLASS]: KEY })).ok).toBe(true)
  })

  it('refuses to make a certificate of nothing, or with an unknown module', async () => {
    await expect(encodeCertificate(makeCertificate({ completed: {} }), KEY)).rejects.toThrow(RangeError)
    await expect(encodeCertificate(makeCertificate({ completed: { x: 1 } as never }), KEY)).rejects.toThrow(RangeError)
    await expect(encodeCertificate(makeCertificate({ name: ' \u200B ' }), KEY)).rejects.toThrow(RangeError)
  })

  it('fits one QR code: a typical link at version ≤ 10, the longest class and school names ≤ 15 (the receipt budget)', async () => {
    const typical = certificateLink(BENCH_ORIGIN, await encodeCertificate(makeCertificate({ name: LONG_NAME }), KEY))
    const school = 'Trường Trung học cơ sở và Trung học phổ thông Nguyễn Thị Minh Khai, xã Hòa Bình, tỉnh Đồng Nai mớ'
    const long = certificateLink(
      BENCH_ORIGIN,
      await encodeCertificate(makeCertificate({ name: LONG_NAME, className: '6A1 – Lớp chọn Tiếng Anh', school }), KEY),
    )
    expect(qrVersion(typical)).toBeLessThanOrEqual(10)
    expect(qrVersion(long)).toBeLessThanOrEqual(15)
  })
})

describe('a certificate against the class record', () => {
  const c = normalizeCertificate(makeCertificate())
  const record = (over: Partial<StudentRecord> = {}): StudentRecord => ({
    classId: CLASS,
    studentId: STUDENT,
    name: c.name,
    classNumber: c.classNumber,
    lastSeq: 4,
    lastReceiptAt: vn(2026, 6, 1),
    // The record holds the receipt's own times of day: the same calendar day is a match.
    modules: Object.fromEntries(
      MODULE_IDS.map((id, i) => [id, { completedAt: vn(2026, 3, 1 + 9 * i, 21, 30), bestScore: 90, attempts: 2 }]),
    ),
    ...over,
  })

  it('matches the record of that student (same name, number and days)', () => {
    expect(compareCertificate(c, record())).toEqual([])
  })

  it('names each difference: no record, name, number, a module not completed, another day', () => {
    expect(compareCertificate(c, undefined)).toEqual([{ kind: 'no-record' }])
    const r = record({ name: 'Trần Văn Ân', classNumber: 8 })
    delete r.modules['an-ninh-mang']!.completedAt
    r.modules['mua-sam'] = { completedAt: vn(2026, 3, 11, 10), bestScore: 80, attempts: 1 }
    expect(compareCertificate(c, r)).toEqual([
      { kind: 'name', recorded: 'Trần Văn Ân' },
      { kind: 'class-number', recorded: 8 },
      { kind: 'date', moduleId: 'mua-sam', recorded: vn(2026, 3, 11, 10) },
      { kind: 'not-completed', moduleId: 'an-ninh-mang' },
    ])
  })

  it('is no disagreement when the record has more than the certificate claims', () => {
    const fewer = normalizeCertificate(makeCertificate({ completed: { 'dich-vu-cong': vn(2026, 3, 1, 10) } }))
    expect(compareCertificate(fewer, record())).toEqual([])
  })
})
