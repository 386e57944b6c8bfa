// The classroom codecs: byte helpers, invites, signed receipts and class summaries, the documented test
// vectors, and the merge rules for imported receipts.
import { createHmac } from 'node:crypto'
import { codecMessage } from '@/i18n/vi-codec'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MODULE_IDS } from '@/content/constants'
import {
  decodeClassInvite,
  decodeReceipt,
  decodeSchoolInvite,
  decodeSummary,
  encodeClassInvite,
  encodeReceipt,
  encodeSchoolInvite,
  encodeSummary,
  summaryBytes,
  extractCode,
  inviteLink,
  isId,
  mergeReceipt,
  newId,
  newKey,
  normalizeName,
  normalizeReceipt,
  normalizeSummary,
  receiptBytes,
  receiptLink,
  vnDate,
  vnMonth,
  type ClassInvite,
  type KeyRing,
  type ClassSummary,
  type Receipt,
  type SchoolInvite,
  type StudentRecord,
} from '@/exchange/codec'
import { ByteReader, ByteWriter, fromBase64url, idBytes, toBase64url } from '@/exchange/codec/bytes'
import { frameHeader } from '@/exchange/codec/frame'
import { fullReceipt, fullReceiptFigures, LONG_NAME, qrVersion } from '@/exchange/codec/figures'
import { dateOnly, EPOCH_MS, fromDay, toDay } from '@/domain/time'
import { questionTag } from '@/domain/quiz/tags'
import { RECEIPT_VERSION } from '@/exchange/codec/receipt'

// ---------------------------------------------------------------------------------------------------
// Fixtures. (A shared makeReceipt() belongs in tests/factories; that file is outside this change.)
// ---------------------------------------------------------------------------------------------------
/** Epoch ms of a wall-clock time in Vietnam (UTC+7). */
const vn = (y: number, mo: number, d: number, h = 0, mi = 0): number => Date.UTC(y, mo - 1, d, h - 7, mi)

const CLASS_A = 'AAECAwQFBgc' // bytes 00..07
const CLASS_B = 'BwYFBAMCAQA' // bytes 07..00
const STUDENT = 'CAkKCwwNDg8' // bytes 08..0f
const SCHOOL = 'EBESExQVFhc' // bytes 10..17
const TEACHER = 'GBkaGxwdHh8' // bytes 18..1f
const KEY_A = Uint8Array.from({ length: 16 }, (_, i) => i)
const KEY_B = Uint8Array.from({ length: 16 }, (_, i) => 0xf0 + i)
const SCHOOL_KEY = Uint8Array.from({ length: 16 }, (_, i) => 0x20 + i)
const KEYS = { [CLASS_A]: KEY_A, [CLASS_B]: KEY_B }

function makeReceipt(over: Partial<Receipt> = {}): Receipt {
  return {
    classId: CLASS_A,
    studentId: STUDENT,
    name: 'Trần Văn An',
    classNumber: 7,
    issuedAt: vn(2026, 3, 15, 9, 30),
    seq: 3,
    modules: {
      'dich-vu-cong': { completedAt: vn(2026, 3, 10, 20, 15), bestScore: 90, attempts: 2 },
      'tu-bao-ve': { bestScore: 60, attempts: 1 },
    },
    ...over,
  }
}

/** R3 (version 2): a module completed with one question missed, one in progress with two, a dangerous answer. */
function makeReceiptV2(): Receipt {
  return makeReceipt({
    issuedAt: vn(2026, 11, 24, 9, 30),
    seq: 4,
    modules: {
      'dich-vu-cong': {
        completedAt: vn(2026, 3, 10, 20, 15),
        bestScore: 90,
        attempts: 2,
        missed: [questionTag('q-dang-nhap-dvc')],
        criticalMissed: false,
      },
      'chong-lua-dao': {
        bestScore: 60,
        attempts: 1,
        missed: [questionTag('q-ba-nhom'), questionTag('q-cong-an-goi')],
        criticalMissed: true,
      },
    },
  })
}

/**
 * SU2 (version 2): class 7A, month 2026-11, 36 students; chong-lua-dao taught in 2 tiết, 35 learned in class,
 * 4 completed on their phones (1 this month), 36 learners counted once; dich-vu-cong 2 completed, no period.
 */
function makeSummaryV2(): ClassSummary {
  return makeSummary({
    className: '7A',
    grade: 7,
    schoolYear: '2026-2027',
    month: '2026-11',
    studentCount: 36,
    seq: 6,
    issuedAt: vn(2026, 12, 2, 16),
    modules: {
      'dich-vu-cong': {
        completedInMonth: 0,
        completedTotal: 2,
        outOf: 36,
        averageBestScore: 80,
        learnedInClass: 0,
        learners: 2,
        periods: 0,
      },
      'chong-lua-dao': {
        completedInMonth: 1,
        completedTotal: 4,
        outOf: 36,
        averageBestScore: 72.5,
        learnedInClass: 35,
        learners: 36,
        periods: 2,
      },
    },
  })
}

/** SU3 (version 3): SU2's class and figures a day later, seq 7, and 34 of its 36 students sent their result. */
function makeSummaryV3(): ClassSummary {
  return { ...makeSummaryV2(), seq: 7, issuedAt: vn(2026, 12, 3, 16), sent: 34 }
}

function makeSummary(over: Partial<ClassSummary> = {}): ClassSummary {
  return {
    schoolId: SCHOOL,
    classId: CLASS_A,
    teacherId: TEACHER,
    teacherName: 'Lê Thị Hoa',
    className: '6A1',
    grade: 6,
    schoolYear: '2025-2026',
    month: '2026-03',
    studentCount: 42,
    modules: {
      'dich-vu-cong': { completedInMonth: 3, completedTotal: 10, outOf: 42, averageBestScore: 85.5 },
      'mua-sam': { completedInMonth: 0, completedTotal: 0, outOf: 42, averageBestScore: null },
    },
    teacherCompleted: ['dich-vu-cong', 'tu-bao-ve'],
    readiness: { vneidLevel2: true, dvcPortal: true, fiveSkills: false },
    issuedAt: vn(2026, 4, 2, 16),
    seq: 5,
    ...over,
  }
}

const CLASS_INVITE: ClassInvite = {
  classId: CLASS_A,
  classKey: KEY_A,
  className: '6A1',
  school: 'Trường THCS Nguyễn Du',
  schoolYear: '2025-2026',
  grade: 6,
}
const SCHOOL_INVITE: SchoolInvite = {
  schoolId: SCHOOL,
  schoolKey: SCHOOL_KEY,
  schoolName: 'Trường THCS Nguyễn Du',
  upperLevel: 'Phòng Văn hóa – Xã hội xã Hòa Bình',
}

const bytesOf = (code: string): Uint8Array => fromBase64url(code)!.bytes
const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ')
/** An independent HMAC (Node's crypto, not Web Crypto) to sign crafted bytes. */
const nodeTag = (key: Uint8Array, data: Uint8Array): Uint8Array =>
  new Uint8Array(createHmac('sha256', key).update(data).digest()).subarray(0, 16)
/** A receipt frame around any body, correctly signed: reaches the checks behind the signature. */
function signedReceipt(body: Uint8Array, key = KEY_A, version = RECEIPT_VERSION): string {
  const head = frameHeader('receipt', version, body.length, 16)
  const data = new Uint8Array([...head, ...body])
  return Buffer.from([...data, ...nodeTag(key, data)]).toString('base64url')
}
/** The body of a real receipt (between header and tag), to edit and re-sign. */
function bodyOf(bytes: Uint8Array): Uint8Array {
  const r = new ByteReader(bytes, 2)
  r.varint()
  return bytes.slice(r.pos, bytes.length - 16)
}
// Offsets in the body of makeReceipt(): ids 16, seq 1, issuedAt 4, class number 1, then the name.
const NAME_LEN_AT = 22
const MASKS_AT = 37
const SCORE_AT = 39
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i

async function expectError(code: unknown, kind: string, keys: KeyRing = KEYS): Promise<string> {
  const res = await decodeReceipt(code, keys)
  expect(res.ok).toBe(false)
  if (res.ok) return ''
  expect(res.error.kind).toBe(kind)
  expect(codecMessage(res.error)).toMatch(VIETNAMESE)
  return codecMessage(res.error)
}

// ---------------------------------------------------------------------------------------------------
describe('byte helpers', () => {
  it('writes minimal varints and reads them back, rejecting non-minimal forms', () => {
    const values = [0, 1, 127, 128, 255, 16_383, 16_384, 2 ** 32 - 1, 2 ** 32, Number.MAX_SAFE_INTEGER]
    const w = new ByteWriter()
    for (const v of values) w.varint(v)
    const r = new ByteReader(w.finish())
    expect(values.map(() => r.varint())).toEqual(values)
    expect(r.remaining).toBe(0)
    expect(Array.from(new ByteWriter().varint(300).finish())).toEqual([0xac, 0x02])
    expect(() => new ByteReader(new Uint8Array([0x80, 0x00])).varint()).toThrow()
    expect(() => new ByteReader(new Uint8Array([0x81])).varint()).toThrow()
    expect(() => new ByteWriter().varint(-1)).toThrow(RangeError)
  })

  it('matches Node for base64url and flags what it does not write', () => {
    for (let n = 0; n < 40; n++) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 89 + n * 7) & 0xff)
      const text = toBase64url(b)
      expect(text).toBe(Buffer.from(b).toString('base64url'))
      expect(fromBase64url(text)).toEqual({ bytes: b, partial: false, canonical: true })
    }
    expect(fromBase64url('AB+/')).toBeNull()
    expect(fromBase64url('AQ==')).toBeNull()
    expect(fromBase64url('AR')?.canonical).toBe(false) // 'R' leaves non-zero unused bits
    expect(fromBase64url('AAAAA')?.partial).toBe(true)
  })

  it('makes random 64-bit ids and 128-bit keys', () => {
    const ids = new Set(Array.from({ length: 200 }, newId))
    expect(ids.size).toBe(200)
    for (const id of ids) expect(isId(id) && id.length === 11).toBe(true)
    expect(isId('not an id')).toBe(false)
    expect(isId('AAECAwQFBgd')).toBe(false) // last character carries bits past 64
    expect(newKey()).toHaveLength(16)
    expect(newKey()).not.toEqual(newKey())
  })

  it('normalises names: NFC, no hidden characters, one space, at most 40 characters', () => {
    const decomposed = 'Nguye\u0302\u0303n Thi\u0323' // e + circumflex + tilde, i + dot below
    expect(normalizeName(decomposed)).toBe('Nguyễn Thị')
    expect(normalizeName('  Lê\u200B Văn\n\t Tám\u202E  ')).toBe('Lê Văn Tám')
    expect(LONG_NAME).toBe('Nguyễn Thị Phương Thảo Ngọc Bích Hồng Nh')
    expect(Array.from(LONG_NAME)).toHaveLength(40)
    expect(normalizeName('a'.repeat(39) + ' b')).toBe('a'.repeat(39)) // no trailing space after the cut
  })

  it('counts days in Vietnam time, whatever the zone of the phone', () => {
    expect(vnDate(vn(2026, 3, 31, 23, 30))).toBe('2026-03-31')
    expect(vnMonth(vn(2026, 4, 1, 0, 30))).toBe('2026-04')
    expect(toDay(vn(2026, 4, 1, 0, 30))).toBe(toDay(vn(2026, 4, 1, 23, 59)))
    expect(fromDay(toDay(vn(2026, 4, 1, 0, 30)))).toBe(vn(2026, 4, 1, 12))
    expect(new Date(dateOnly(vn(2026, 4, 1, 6))).toISOString().slice(0, 10)).toBe('2026-04-01') // UTC reads the same date
    expect(toDay(Date.UTC(2019, 0, 1))).toBe(0) // a phone clock in the past does not break encoding
    expect(EPOCH_MS).toBe(Date.parse('2025-01-01T00:00:00+07:00'))
  })
})

// ---------------------------------------------------------------------------------------------------
describe('receipt round trips', () => {
  it('decodes what it encodes, in the form normalizeReceipt states', async () => {
    const cases: Receipt[] = [
      makeReceipt(),
      makeReceipt({ modules: {} }),
      fullReceipt(),
      makeReceipt({ name: '  Hoàng\u00A0 Thị  Mai ', issuedAt: vn(2026, 5, 1, 7, 0) + 999, seq: 0 }),
      makeReceipt({
        classNumber: 999,
        seq: 2 ** 32 - 1,
        modules: { 'chong-lua-dao': { bestScore: 99.6, attempts: 400 } },
      }),
    ]
    for (const r of cases) {
      const res = await decodeReceipt(await encodeReceipt(r, KEY_A), KEYS)
      expect(res).toEqual({ ok: true, receipt: normalizeReceipt(r) })
    }
    const n = normalizeReceipt(cases[4]!)
    expect(n.modules['chong-lua-dao']).toEqual({ bestScore: 100, attempts: 255 })
    expect(normalizeReceipt(cases[3]!).name).toBe('Hoàng Thị Mai')
  })

  it('finds the code in a link, a fragment, or text a messenger wrapped', async () => {
    const code = await encodeReceipt(makeReceipt(), KEY_A)
    const half = Math.floor(code.length / 2)
    const inputs = [
      receiptLink('https://kynangso.edu.vn/', code),
      `#${code}`,
      `\n  ${code}  \r\n`,
      `${code.slice(0, half)}\n${code.slice(half)}`,
      `\u200B${code}\uFEFF`,
      `Kết quả của em: ${receiptLink('https://kynangso.edu.vn', code)} `,
    ]
    for (const input of inputs) {
      expect(extractCode(input)).toBe(code)
      expect((await decodeReceipt(input, KEYS)).ok).toBe(true)
    }
  })

  it('accepts keys as a Map as well as an object', async () => {
    const code = await encodeReceipt(makeReceipt(), KEY_A)
    expect((await decodeReceipt(code, new Map([[CLASS_A, KEY_A]]))).ok).toBe(true)
  })

  it('reads the receipts of a newer app that added an eighth module, keeping the seven it knows', async () => {
    const body = bodyOf(
      await receiptBytes(
        makeReceipt({
          modules: { 'dich-vu-cong': { bestScore: 80, attempts: 1, missed: [], criticalMissed: false } },
        }),
        KEY_A,
      ),
    )
    // Last part of the body: masks 01 00, the one module (2 bytes), its quiz misses (mask 01, none: 00).
    // Append bit 7 with its 2 bytes, and its misses: one tag, critical (03 + 2 bytes).
    expect([...body.subarray(-6)]).toEqual([0x01, 0x00, 80, 1, 0x01, 0x00])
    const edited = new Uint8Array([
      ...body.subarray(0, -6),
      0x81,
      0x01,
      0x00,
      80,
      1,
      50,
      3,
      0x81,
      0x01,
      0x00,
      0x03,
      0x12,
      0x34,
    ])
    const res = await decodeReceipt(signedReceipt(edited), KEYS)
    expect(res.ok && res.receipt.modules).toEqual({
      'dich-vu-cong': { bestScore: 80, attempts: 1, missed: [], criticalMissed: false },
    })
  })

  it('refuses to encode what no phone should send', async () => {
    await expect(encodeReceipt(makeReceipt(), new Uint8Array(15))).rejects.toThrow(RangeError)
    await expect(encodeReceipt(makeReceipt({ name: ' \u200B ' }), KEY_A)).rejects.toThrow(RangeError)
    await expect(encodeReceipt(makeReceipt({ classNumber: 0 }), KEY_A)).rejects.toThrow(RangeError)
    await expect(encodeReceipt(makeReceipt({ classId: 'lop-6a1' }), KEY_A)).rejects.toThrow(RangeError)
    await expect(encodeReceipt(makeReceipt({ seq: 1.5 }), KEY_A)).rejects.toThrow(RangeError)
    const bad = makeReceipt({ modules: { 'khong-co': { bestScore: 1, attempts: 1 } } as Receipt['modules'] })
    await expect(encodeReceipt(bad, KEY_A)).rejects.toThrow(RangeError)
  })
})

// ---------------------------------------------------------------------------------------------------
describe('documented test vectors (docs/receipt-format.md)', () => {
  const doc = readFileSync('docs/receipt-format.md', 'utf8')
  const R1 = 'AwFAAAECAwQFBgcICQoLDA0ODwOY7YcSBw5UcuG6p24gVsSDbiBBbgkBWgIBsTwBDPX2nxrdMHxBFSn2aFBqbg'
  const R1_HEX =
    '03 01 40 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 03 98 ed 87 12 07 0e 54 72 e1 ba a7 6e 20 56 c4 83 6e 20 41 6e 09 01 5a 02 01 b1 3c 01 0c f5 f6 9f 1a dd 30 7c 41 15 29 f6 68 50 6a 6e'
  const R2 =
    'AwK_AQABAgMEBQYHCAkKCwwNDg-PTvib5RQtNU5ndXnhu4VuIFRo4buLIFBoxrDGoW5nIFRo4bqjbyBOZ-G7jWMgQsOtY2ggSOG7k25nIE5of39kDAGoZAwBsWQMAbpkDAHDZAwBzGQMAdVkDAHefwgAAQACAAMABAgQARACEAMQBAggASACIAMgBAgwATACMAMwBAhAAUACQANABAhQAVACUANQBAlgAWACYANgBNgTihQgXQN37X9fnCoGUwU'
  const R3 = 'AwJJAAECAwQFBgcICQoLDA0ODwSYp8McBw5UcuG6p24gVsSDbiBBbkEBWgIBsTwBQQIRRQVudnEh-_SWorIjNbpmHkufxeDskA'
  const R3_HEX =
    '03 02 49 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 04 98 a7 c3 1c 07 0e 54 72 e1 ba a7 6e 20 56 c4 83 6e 20 41 6e 41 01 5a 02 01 b1 3c 01 41 02 11 45 05 6e 76 71 21 fb f4 96 a2 b2 23 35 ba 66 1e 4b 9f c5 e0 ec 90'
  // CI is a version-1 class invite (no province), as the app wrote it before; CI2 is version 2 (with the province).
  const CI = 'AQFAAAECAwQFBgcAAQIDBAUGBwgJCgsMDQ4PBhkDNkExGlRyxrDhu51uZyBUSENTIE5ndXnhu4VuIER19ClNig'
  const CI2 = 'AQJJAAECAwQFBgcAAQIDBAUGBwgJCgsMDQ4PBhkDNkExGlRyxrDhu51uZyBUSENTIE5ndXnhu4VuIER1CGRvbmctbmFpEZKtaA'
  const SI =
    'AgFoEBESExQVFhcgISIjJCUmJygpKissLS4vGlRyxrDhu51uZyBUSENTIE5ndXnhu4VuIER1LVBow7JuZyBWxINuIGjDs2Eg4oCTIFjDoyBo4buZaSB4w6MgSMOyYSBCw6xuaHf7x0Y'
  const SU =
    'BAFSEBESExQVFhcAAQIDBAUGBxgZGhscHR4fBYCa6BIOGQYDNkExDUzDqiBUaOG7iyBIb2EqAwMKKtgGAAAqAAkDdFEHKzxT4vKN1wD9nWIisw'
  const SU2 =
    'BAJYEBESExQVFhcAAQIDBAUGBxgZGhscHR4fBoD27hwWGgcCN0ENTMOqIFRo4buLIEhvYSRBAAIkoQYAAgABBCTWBSMkAgkDQ3VJcN58nXjahS4phbmKrg'
  const SU2_HEX =
    '04 02 58 10 11 12 13 14 15 16 17 00 01 02 03 04 05 06 07 18 19 1a 1b 1c 1d 1e 1f 06 80 f6 ee 1c 16 1a 07 02 37 41 0d 4c c3 aa 20 54 68 e1 bb 8b 20 48 6f 61 24 41 00 02 24 a1 06 00 02 00 01 04 24 d6 05 23 24 02 09 03 43 75 49 70 de 7c 9d 78 da 85 2e 29 85 b9 8a ae'

  const SU3 =
    'BANZEBESExQVFhcAAQIDBAUGBxgZGhscHR4fB4CZ9BwWGgcCN0ENTMOqIFRo4buLIEhvYSRBAAIkoQYAAgABBCTWBSMkAgkDIzHI25QF7NU9uI-z9R1ccXU'
  const SU3_HEX =
    '04 03 59 10 11 12 13 14 15 16 17 00 01 02 03 04 05 06 07 18 19 1a 1b 1c 1d 1e 1f 07 80 99 f4 1c 16 1a 07 02 37 41 0d 4c c3 aa 20 54 68 e1 bb 8b 20 48 6f 61 24 41 00 02 24 a1 06 00 02 00 01 04 24 d6 05 23 24 02 09 03 23 31 c8 db 94 05 ec d5 3d b8 8f b3 f5 1d 5c 71 75'

  it('encodes each vector byte for byte, and the document shows the same strings', async () => {
    expect(await encodeReceipt(makeReceiptV2(), KEY_A)).toBe(R3)
    expect(hex(await receiptBytes(makeReceiptV2(), KEY_A))).toBe(R3_HEX)
    expect(await encodeReceipt(fullReceipt(), KEY_A)).toBe(R2)
    expect(await encodeClassInvite({ ...CLASS_INVITE, province: 'dong-nai' })).toBe(CI2)
    expect(await encodeSchoolInvite(SCHOOL_INVITE)).toBe(SI)
    // The app writes version 3; SU and SU2 (versions 1 and 2) are read below.
    expect(await encodeSummary(makeSummaryV3(), SCHOOL_KEY)).toBe(SU3)
    expect(hex(await summaryBytes(makeSummaryV3(), SCHOOL_KEY))).toBe(SU3_HEX)
    expect(hex(bytesOf(SU2))).toBe(SU2_HEX)
    for (const v of [R1, R1_HEX, R2, R3, R3_HEX, CI, CI2, SI, SU, SU2, SU2_HEX, SU3, SU3_HEX]) expect(doc).toContain(v)
  })

  it('signs with HMAC-SHA-256 truncated to the first 16 bytes (checked against Node crypto)', () => {
    for (const code of [R1, R3]) {
      const bytes = bytesOf(code)
      expect(bytes.subarray(-16)).toEqual(nodeTag(KEY_A, bytes.subarray(0, -16)))
    }
    for (const code of [SU, SU2, SU3]) {
      const su = bytesOf(code)
      expect(su.subarray(-16)).toEqual(nodeTag(SCHOOL_KEY, su.subarray(0, -16)))
    }
  })

  it('decodes the vectors to their inputs', async () => {
    // R1 is a version-1 receipt (before quiz misses): it still imports, with no misses.
    expect(await decodeReceipt(R1, KEYS)).toEqual({ ok: true, receipt: normalizeReceipt(makeReceipt()) })
    expect(await decodeReceipt(R3, KEYS)).toEqual({ ok: true, receipt: normalizeReceipt(makeReceiptV2()) })
    const r3 = await decodeReceipt(R3, KEYS)
    expect(r3.ok && r3.receipt.modules['chong-lua-dao']).toEqual({
      bestScore: 60,
      attempts: 1,
      missed: [0x6e76, 0x7121],
      criticalMissed: true,
    })
    // An old (version 1) invite still opens: it carries no province, so the welcome asks for it.
    expect(await decodeClassInvite(CI)).toEqual({ ok: true, invite: CLASS_INVITE })
    expect(await decodeClassInvite(CI2)).toEqual({
      ok: true,
      invite: { ...CLASS_INVITE, province: 'dong-nai' },
    })
    // A version-2 invite without a province writes an empty one and reads back without it.
    expect(await decodeClassInvite(await encodeClassInvite(CLASS_INVITE))).toEqual({
      ok: true,
      invite: CLASS_INVITE,
    })
    expect(await decodeSchoolInvite(SI)).toEqual({ ok: true, invite: SCHOOL_INVITE })
    // SU is a version-1 summary: it still imports, read as nobody learned in class, no tiết, learners = completed.
    expect(await decodeSummary(SU, { [SCHOOL]: SCHOOL_KEY })).toEqual({
      ok: true,
      summary: normalizeSummary(makeSummary()),
    })
    const su = await decodeSummary(SU, { [SCHOOL]: SCHOOL_KEY })
    expect(su.ok && su.summary.modules['dich-vu-cong']).toMatchObject({
      completedTotal: 10,
      learnedInClass: 0,
      learners: 10,
      periods: 0,
    })
    expect(await decodeSummary(SU2, { [SCHOOL]: SCHOOL_KEY })).toEqual({
      ok: true,
      summary: normalizeSummary(makeSummaryV2()),
    })
    const su2 = await decodeSummary(SU2, { [SCHOOL]: SCHOOL_KEY })
    expect(su2.ok && su2.summary.modules['chong-lua-dao']).toMatchObject({
      learnedInClass: 35,
      learners: 36,
      periods: 2,
    })
    // Versions 1 and 2 still read, and carry no count of the students who sent: the school shows "chưa rõ".
    expect(su2.ok && 'sent' in su2.summary).toBe(false)
    expect(su.ok && 'sent' in su.summary).toBe(false)
    const su3 = await decodeSummary(SU3, { [SCHOOL]: SCHOOL_KEY })
    expect(su3).toEqual({ ok: true, summary: normalizeSummary(makeSummaryV3()) })
    expect(su3.ok && [su3.summary.sent, su3.summary.studentCount]).toEqual([34, 36])
  })
})

// ---------------------------------------------------------------------------------------------------
describe('receipt signature', () => {
  it('rejects every single-bit change anywhere in the code, and changes in the data as bad signatures', async () => {
    const bytes = await receiptBytes(makeReceipt(), KEY_A)
    const scoreAt = 3 + SCORE_AT
    expect(bytes[scoreAt]).toBe(90)
    for (let i = 0; i < bytes.length * 8; i++) {
      const flipped = bytes.slice()
      flipped[i >> 3]! ^= 1 << (i & 7)
      const res = await decodeReceipt(toBase64url(flipped), KEYS)
      expect(res.ok, `bit ${i}`).toBe(false)
      if (i >> 3 >= 11 && !res.ok) expect(res.error.kind, `bit ${i}`).toBe('bad-signature') // past the class id
    }
    const better = bytes.slice()
    better[scoreAt] = 100
    const msg = await expectError(toBase64url(better), 'bad-signature')
    expect(msg).toContain('Chữ ký')
  })

  it("rejects a receipt signed with another class's key", async () => {
    await expectError(await encodeReceipt(makeReceipt(), KEY_B), 'bad-signature')
  })

  it('names the class problem for a receipt of a class not on this phone, or signed for another class', async () => {
    const msg = await expectError(await encodeReceipt(makeReceipt(), KEY_A), 'unknown-class', {
      [CLASS_B]: KEY_B,
    })
    expect(msg).toContain('lớp không có trên máy này')
    // Claims class B but was signed with class A's key (a student of A trying to post into B).
    await expectError(await encodeReceipt(makeReceipt({ classId: CLASS_B }), KEY_A), 'bad-signature')
  })
})

describe('receipt problems other than the signature', () => {
  it('reports every cut-off prefix as truncated, as a code and as a link', async () => {
    const code = await encodeReceipt(fullReceipt(), KEY_A)
    await expectError('', 'empty')
    await expectError('  \n', 'empty')
    await expectError('https://kynangso.edu.vn/r#', 'empty')
    for (let n = 1; n < code.length; n++) {
      const msg = await expectError(code.slice(0, n), 'truncated')
      expect(msg).toBe('Mã kết quả bị thiếu một phần (có thể bị cắt khi sao chép). Hãy nhờ học sinh gửi lại.')
      await expectError(receiptLink('https://kynangso.edu.vn', code.slice(0, n)), 'truncated')
    }
  })

  it('reports a code pasted twice or with extra characters', async () => {
    const code = await encodeReceipt(makeReceipt(), KEY_A)
    expect(await expectError(code + code, 'bad-data')).toContain('dài hơn bình thường')
    await expectError(`${code}A`, 'bad-data')
    await expectError(`${code}AAAA`, 'bad-data')
  })

  it('reports an unknown format version, telling apart a newer app', async () => {
    const bytes = await receiptBytes(makeReceipt(), KEY_A)
    const v3 = bytes.slice()
    v3[1] = RECEIPT_VERSION + 1
    expect(await expectError(toBase64url(v3), 'unknown-version')).toContain('phiên bản mới hơn của ứng dụng')
    v3[1] = 0
    expect(await expectError(toBase64url(v3), 'unknown-version')).toContain('không còn được hỗ trợ')
    // The version is read before the signature: a newer layout must not read as a forgery.
    expect(await expectError(signedReceipt(bodyOf(bytes), KEY_A, 9), 'unknown-version')).toBeTruthy()
  })

  it('reports characters that cannot be in a code', async () => {
    const code = await encodeReceipt(makeReceipt(), KEY_A)
    await expectError(code.replace(/-/g, '+').replace(/_/g, '/') + '+/', 'bad-encoding')
    await expectError('Kết quả của em đây ạ', 'bad-encoding')
    await expectError(`${code}.`, 'bad-encoding')
  })

  it('says which kind of code it is when an invite or a summary is pasted instead', async () => {
    expect(await expectError(await encodeClassInvite(CLASS_INVITE), 'bad-data')).toContain('Đây là mã mời vào lớp')
    expect(await expectError(await encodeSummary(makeSummary(), SCHOOL_KEY), 'bad-data')).toContain(
      'bản tổng hợp của lớp',
    )
    expect(await expectError(Buffer.from([0x50, 1, 2, 3, 4]).toString('base64url'), 'bad-data')).toContain(
      'Đây không phải',
    )
  })

  it('rejects signed but impossible data (only a key holder can make these)', async () => {
    const body = bodyOf(await receiptBytes(makeReceipt(), KEY_A))
    expect([body[NAME_LEN_AT], body[MASKS_AT], body[MASKS_AT + 1], body[SCORE_AT]]).toEqual([14, 0b1001, 0b0001, 90])
    const score101 = body.slice()
    score101[SCORE_AT] = 101
    const completedNotStarted = body.slice()
    completedNotStarted[MASKS_AT + 1] = 0b0011
    const badUtf8 = body.slice()
    badUtf8[NAME_LEN_AT + 1] = 0xff
    const id = idBytes(CLASS_A)
    const decomposedName = new ByteWriter()
      .bytes(id)
      .bytes(idBytes(STUDENT))
      .varint(1)
      .varint(1)
      .varint(1)
      .text('Thi\u0323')
      .varint(0)
      .varint(0)
      .finish()
    // Version 2's quiz misses: for a module not started, tags out of order or twice, more than the cap.
    const head = body.subarray(0, -1)
    const missNotStarted = new Uint8Array([...head, 0b0010, 0x02, 0, 1])
    const unordered = new Uint8Array([...head, 0b0001, 0x04, 0, 9, 0, 3])
    const twice = new Uint8Array([...head, 0b0001, 0x04, 0, 9, 0, 9])
    const tooMany = new Uint8Array([...head, 0b0001, 2 * 9, ...Array.from({ length: 18 }, (_, i) => i)])
    expect(await decodeReceipt(signedReceipt(new Uint8Array([...head, 0b0001, 0x04, 0, 3, 0, 9])), KEYS)).toMatchObject(
      { ok: true },
    )
    const cases = [
      score101,
      completedNotStarted,
      badUtf8,
      new Uint8Array([...body, 0]),
      decomposedName,
      id,
      missNotStarted,
      unordered,
      twice,
      tooMany,
    ]
    for (const c of cases) await expectError(signedReceipt(c), 'bad-data')
  })

  it('never throws, whatever it is given', async () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('x'), 'AwE', '#', '####']) {
      const res = await decodeReceipt(input, KEYS)
      expect(res.ok).toBe(false)
    }
    const code = await encodeReceipt(makeReceipt(), KEY_A)
    for (const keys of [null, 42, { [CLASS_A]: 'not bytes' }, { [CLASS_A]: new Uint8Array(0) }]) {
      const res = await decodeReceipt(code, keys as never)
      expect(res.ok).toBe(false)
    }
  })
})

// ---------------------------------------------------------------------------------------------------
describe('receipt size', () => {
  it('fits a QR code of version 15 at level M with all seven modules and a 40-character name', async () => {
    const figures = await fullReceiptFigures()
    expect(figures.qrVersion).toBeLessThanOrEqual(15)
    expect(figures).toEqual({ bytes: 191, chars: 255, linkChars: 281, qrVersion: 12, qrVersionCode: 12 })
  })

  it('still fits in the worst case: every character three bytes, largest numbers, a long origin', async () => {
    const worst = fullReceipt({
      name: 'Ỗ'.repeat(45),
      seq: 2 ** 32 - 1,
      classNumber: 999,
      issuedAt: Date.UTC(2100, 0, 1),
    })
    const link = receiptLink('https://truong-thcs-nguyen-du.github.io/ky-nang-so', await encodeReceipt(worst, KEY_A))
    expect(qrVersion(link)).toBeLessThanOrEqual(15)
  })
})

// ---------------------------------------------------------------------------------------------------
describe('invites', () => {
  it('round-trips class and school invites, and builds the join link', async () => {
    const code = await encodeClassInvite({ ...CLASS_INVITE, className: ' 6A1 ', classKey: newKey() })
    const res = await decodeClassInvite(inviteLink('https://kynangso.edu.vn', code))
    expect(res.ok && res.invite.className).toBe('6A1')
    expect(inviteLink('https://x.vn/', 'C')).toBe('https://x.vn/join#C')
    expect(await decodeSchoolInvite(`#${await encodeSchoolInvite(SCHOOL_INVITE)}\n`)).toEqual({
      ok: true,
      invite: SCHOOL_INVITE,
    })
  })

  it('catches copy damage with the checksum and names every other problem', async () => {
    const bytes = bytesOf(await encodeClassInvite(CLASS_INVITE))
    const damaged = bytes.slice()
    damaged[30]! ^= 4
    const res = await decodeClassInvite(toBase64url(damaged))
    expect(!res.ok && res.error).toMatchObject({ kind: 'bad-checksum' })
    expect(!res.ok && codecMessage(res.error)).toContain('Mã mời vào lớp bị hỏng')
    const code = toBase64url(bytes)
    for (let n = 1; n < code.length; n++) expect((await decodeClassInvite(code.slice(0, n))).ok).toBe(false)
    const cut = await decodeClassInvite(code.slice(0, -3))
    expect(!cut.ok && cut.error.kind).toBe('truncated')
    const empty = await decodeClassInvite('')
    expect(!empty.ok && empty.error.kind).toBe('empty')
    const receipt = await decodeClassInvite(await encodeReceipt(makeReceipt(), KEY_A))
    expect(!receipt.ok && codecMessage(receipt.error)).toContain('Đây là mã kết quả của học sinh')
    const school = await decodeClassInvite(await encodeSchoolInvite(SCHOOL_INVITE))
    expect(!school.ok && codecMessage(school.error)).toContain('Đây là mã mời của trường')
  })

  it('refuses to encode invites with bad keys, grades or school years', async () => {
    await expect(encodeClassInvite({ ...CLASS_INVITE, classKey: new Uint8Array(8) })).rejects.toThrow(RangeError)
    await expect(encodeClassInvite({ ...CLASS_INVITE, grade: 13 })).rejects.toThrow(RangeError)
    await expect(encodeClassInvite({ ...CLASS_INVITE, province: 'Đồng Nai' })).rejects.toThrow(RangeError)
    await expect(encodeClassInvite({ ...CLASS_INVITE, schoolYear: '2025-2027' })).rejects.toThrow(RangeError)
    await expect(encodeSchoolInvite({ ...SCHOOL_INVITE, upperLevel: '' })).rejects.toThrow(RangeError)
  })
})

// ---------------------------------------------------------------------------------------------------
describe('class summary', () => {
  const SCHOOL_KEYS = { [SCHOOL]: SCHOOL_KEY }

  it('round-trips, with no modules and with all of them', async () => {
    const all = Object.fromEntries(
      MODULE_IDS.map((id, i) => [
        id,
        { completedInMonth: i, completedTotal: 2 * i, outOf: 40, averageBestScore: 70 + i / 3 },
      ]),
    )
    for (const s of [
      makeSummary(),
      makeSummary({ modules: {}, teacherCompleted: [], studentCount: 0 }),
      makeSummary({ modules: all, teacherCompleted: [...MODULE_IDS].reverse() }),
    ]) {
      const res = await decodeSummary(await encodeSummary(s, SCHOOL_KEY), SCHOOL_KEYS)
      expect(res).toEqual({ ok: true, summary: normalizeSummary(s) })
    }
    expect(normalizeSummary(makeSummary({ modules: all })).modules['mua-sam']?.averageBestScore).toBe(70.3)
  })

  it('round-trips how many students sent (v3), none to all of the class, and reads none from a summary without it', async () => {
    for (const sent of [0, 1, 41, 42]) {
      const res = await decodeSummary(await encodeSummary(makeSummary({ sent }), SCHOOL_KEY), SCHOOL_KEYS)
      expect(res.ok && res.summary.sent).toBe(sent)
    }
    const none = await decodeSummary(await encodeSummary(makeSummary(), SCHOOL_KEY), SCHOOL_KEYS)
    expect(none.ok && 'sent' in none.summary).toBe(false)
  })

  it('refuses more students who sent than the class has, at the encoder and behind a valid signature', async () => {
    await expect(encodeSummary(makeSummary({ sent: 43 }), SCHOOL_KEY)).rejects.toThrow(RangeError)
    await expect(encodeSummary(makeSummary({ sent: 1.5 }), SCHOOL_KEY)).rejects.toThrow(RangeError)
    // SU3's body ends with sent + 1 (0x23: 34 sent of 36); re-signed with 36 (all) and with 37 (one too many).
    const body = (await summaryBytes(makeSummaryV3(), SCHOOL_KEY)).slice(0, -16)
    expect(body.at(-1)).toBe(34 + 1)
    const resigned = (sentPlusOne: number) => {
      const b = body.slice()
      b[b.length - 1] = sentPlusOne
      return toBase64url(Uint8Array.from([...b, ...nodeTag(SCHOOL_KEY, b)]))
    }
    const all = await decodeSummary(resigned(36 + 1), SCHOOL_KEYS)
    expect(all.ok && all.summary.sent).toBe(36)
    const tooMany = await decodeSummary(resigned(37 + 1), SCHOOL_KEYS)
    expect(!tooMany.ok && tooMany.error.kind).toBe('bad-data')
  })

  it('refuses a version-3 summary cut anywhere, the count of who sent included', async () => {
    const code = await encodeSummary(makeSummaryV3(), SCHOOL_KEY)
    const bytes = bytesOf(code)
    // Without its last body byte (the count) and re-signed: the reader runs out where the count should be.
    const short = bytes.slice(0, -17)
    const cut = await decodeSummary(
      toBase64url(Uint8Array.from([...short, ...nodeTag(SCHOOL_KEY, short)])),
      SCHOOL_KEYS,
    )
    expect(!cut.ok && cut.error.kind).toBe('truncated')
    for (let n = 1; n < code.length; n++) {
      const res = await decodeSummary(code.slice(0, n), SCHOOL_KEYS)
      expect(!res.ok && res.error.kind).toBe('truncated')
    }
  })

  it('rejects another school, another key, edits and cuts', async () => {
    const code = await encodeSummary(makeSummary(), SCHOOL_KEY)
    const other = await decodeSummary(code, { [CLASS_B]: KEY_B })
    expect(!other.ok && other.error.kind).toBe('unknown-school')
    const wrongKey = await decodeSummary(await encodeSummary(makeSummary(), KEY_B), SCHOOL_KEYS)
    expect(!wrongKey.ok && wrongKey.error.kind).toBe('bad-signature')
    const bytes = bytesOf(code)
    for (let i = 11; i < bytes.length; i++) {
      const edited = bytes.slice()
      edited[i]! ^= 0x10
      const res = await decodeSummary(toBase64url(edited), SCHOOL_KEYS)
      expect(!res.ok && codecMessage(res.error)).toMatch(VIETNAMESE)
    }
    for (let n = 1; n < code.length; n++) {
      const res = await decodeSummary(code.slice(0, n), SCHOOL_KEYS)
      expect(!res.ok && res.error.kind).toBe('truncated')
    }
    const receipt = await decodeSummary(await encodeReceipt(makeReceipt(), KEY_A), SCHOOL_KEYS)
    expect(!receipt.ok && receipt.error.kind).toBe('bad-data')
  })

  it('refuses figures that contradict each other', async () => {
    const bad = (f: Partial<NonNullable<ClassSummary['modules']['mua-sam']>>): ClassSummary =>
      makeSummary({
        modules: {
          'mua-sam': { completedInMonth: 1, completedTotal: 2, outOf: 42, averageBestScore: 50, ...f },
        },
      })
    for (const s of [
      bad({ completedInMonth: 3 }),
      bad({ completedTotal: 43 }),
      bad({ outOf: 43 }),
      bad({ averageBestScore: 101 }),
      makeSummary({ month: '2026-13' }),
      makeSummary({ month: '2024-12' }),
    ]) {
      await expect(encodeSummary(s, SCHOOL_KEY)).rejects.toThrow(RangeError)
    }
  })
})

// ---------------------------------------------------------------------------------------------------
describe('merging receipts into the class record', () => {
  const r = (seq: number, modules: Receipt['modules'], over: Partial<Receipt> = {}): Receipt =>
    normalizeReceipt(makeReceipt({ seq, modules, issuedAt: vn(2026, 3, 1) + seq * 3_600_000, ...over }))
  const done = (d: number, bestScore: number, attempts: number) => ({
    completedAt: dateOnly(vn(2026, 3, d)),
    bestScore,
    attempts,
  })

  it('makes a record from the first receipt of a student', () => {
    const first = r(1, { 'mua-sam': done(2, 80, 1) })
    const out = mergeReceipt(undefined, first)
    expect(out).toEqual({
      changed: true,
      record: {
        classId: CLASS_A,
        studentId: STUDENT,
        name: 'Trần Văn An',
        classNumber: 7,
        lastSeq: 1,
        lastReceiptAt: first.issuedAt,
        modules: { 'mua-sam': done(2, 80, 1) },
      },
    })
  })

  it('changes nothing for the same receipt twice, or an older one', () => {
    const { record } = mergeReceipt(undefined, r(5, { 'mua-sam': done(2, 80, 1) }))
    const again = mergeReceipt(record, r(5, { 'mua-sam': done(2, 80, 1) }))
    expect(again).toEqual({ record, changed: false, reason: 'duplicate' })
    expect(again.record).toBe(record)
    const older = mergeReceipt(
      record,
      r(4, { 'mua-sam': done(1, 100, 9), 'tu-bao-ve': done(1, 100, 1) }, { name: 'Cũ' }),
    )
    expect(older).toEqual({ record, changed: false, reason: 'older' })
  })

  it('takes name and class number from a newer receipt and the best of both per module', () => {
    const { record } = mergeReceipt(
      undefined,
      r(1, { 'mua-sam': done(5, 80, 3), 'thanh-toan': { bestScore: 40, attempts: 2 } }),
    )
    const out = mergeReceipt(
      record,
      r(
        2,
        {
          'mua-sam': done(9, 70, 1),
          'thanh-toan': done(7, 90, 1),
          'an-ninh-mang': { bestScore: 10, attempts: 1 },
        },
        { name: 'Trần Văn Ân', classNumber: 8 },
      ),
    )
    expect(out.changed).toBe(true)
    expect(out.record).toMatchObject({ name: 'Trần Văn Ân', classNumber: 8, lastSeq: 2 })
    expect(out.record.modules).toEqual({
      'mua-sam': done(5, 80, 3), // earliest date, best score, most attempts
      'thanh-toan': done(7, 90, 2),
      'an-ninh-mang': { bestScore: 10, attempts: 1 },
    })
  })

  it('never loses a recorded completion, even when a newer receipt lacks it (phone reset)', () => {
    const { record } = mergeReceipt(undefined, r(3, { 'dich-vu-cong': done(4, 95, 2), 'mua-sam': done(6, 85, 1) }))
    const out = mergeReceipt(record, r(4, { 'dich-vu-cong': { bestScore: 30, attempts: 1 } }))
    expect(out.record.modules).toEqual({ 'dich-vu-cong': done(4, 95, 2), 'mua-sam': done(6, 85, 1) })
  })

  it('does not modify the stored record or the receipt, and refuses another student', () => {
    const stored: StudentRecord = mergeReceipt(undefined, r(1, { 'mua-sam': done(5, 80, 3) })).record
    const snapshot = structuredClone(stored)
    const next = r(2, { 'mua-sam': done(2, 60, 1) })
    const nextSnapshot = structuredClone(next)
    mergeReceipt(stored, next)
    expect(stored).toEqual(snapshot)
    expect(next).toEqual(nextSnapshot)
    expect(() => mergeReceipt(stored, { ...next, studentId: newId() })).toThrow()
    expect(() => mergeReceipt(stored, { ...next, classId: CLASS_B })).toThrow()
  })

  it('works end to end: decode, merge, import the same code again', async () => {
    const codes = await Promise.all(
      [1, 2, 3].map((seq) =>
        encodeReceipt(makeReceipt({ seq, modules: { 'mua-sam': done(seq, 60 + seq, seq) } }), KEY_A),
      ),
    )
    let stored: StudentRecord | undefined
    const reasons: (string | undefined)[] = []
    for (const code of [codes[1], codes[0], codes[2], codes[2]]) {
      const res = await decodeReceipt(code, KEYS)
      if (!res.ok) throw new Error(codecMessage(res.error))
      const out = mergeReceipt(stored, res.receipt)
      reasons.push(out.reason)
      stored = out.record
    }
    expect(reasons).toEqual([undefined, 'older', undefined, 'duplicate'])
    expect(stored?.modules['mua-sam']).toEqual(done(2, 63, 3))
  })
})
