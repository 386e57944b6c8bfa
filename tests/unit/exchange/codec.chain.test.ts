// The chain documents (docs/chain-format.md): test vectors byte for byte, round trips, and every problem a
// person can meet — a tampered code, a code of another unit or team, a newer app, a cut, the wrong kind of code.
import { createHash, createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { codecMessage } from '@/i18n/vi-codec'
import {
  decodeOutreachSummary,
  decodeSchoolSummary,
  decodeTeamInvite,
  decodeUnitInvite,
  decodeSummary,
  encodeOutreachSummary,
  encodeSchoolSummary,
  encodeTeamInvite,
  encodeUnitInvite,
  fromBase64url,
  normalizeOutreachSummary,
  normalizeSchoolSummary,
  toBase64url,
} from '@/exchange/codec'
import { docTypeOf, LINK_PATH } from '@/exchange/channels'
import { DOC_BYTE } from '@/exchange/codec/frame'
import { SCHOOL_SUMMARY_VERSION } from '@/exchange/codec/schoolSummary'
import {
  makeOutreachSummary,
  makeSchoolSummary,
  makeSchoolSummaryV2,
  MEMBER,
  TEAM,
  TEAM_INVITE,
  TEAM_KEY,
  UNIT,
  UNIT_INVITE,
  UNIT_KEY,
} from '../../factories/chain'

const UI =
  'BQFxMDEyMzQ1NjdAQUJDREVGR0hJSktMTU5PAS1QaMOybmcgVsSDbiBow7NhIOKAkyBYw6MgaOG7mWkgeMOjIEjDsmEgQsOsbmgiWMOjIEjDsmEgQsOsbmgsIHThu4luaCDEkOG7k25nIE5haciEYdc'
const UI_HEX =
  '05 01 71 30 31 32 33 34 35 36 37 40 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f 01 2d 50 68 c3 b2 6e 67 20 56 c4 83 6e 20 68 c3 b3 61 20 e2 80 93 20 58 c3 a3 20 68 e1 bb 99 69 20 78 c3 a3 20 48 c3 b2 61 20 42 c3 ac 6e 68 22 58 c3 a3 20 48 c3 b2 61 20 42 c3 ac 6e 68 2c 20 74 e1 bb 89 6e 68 20 c4 90 e1 bb 93 6e 67 20 4e 61 69 c8 84 61 d7'
const TI = 'BwFMUFFSU1RVVldgYWJjZGVmZ2hpamtsbW5vHVThu5UgY8O0bmcgbmdo4buHIHPhu5Eg4bqlcCAzDljDoyBIw7JhIELDrG5o_OBmSQ'
const SS =
  'BgFWMDEyMzQ1NjcQERITFBUWFwKQ1PIcFhpUcsaw4budbmcgVEhDUyBOZ3V54buFbiBEdQzgA0EorAIMDB4cGRQSAwRVeD3SeNwP1nwYajSXWWJ7eMU'
/** Version 2 (issue 18): the same month with what the logged periods add. SS (version 1) must still import. */
const SS2 =
  'BgJeMDEyMzQ1NjcQERITFBUWFwOQ1PIcFhpUcsaw4budbmcgVEhDUyBOZ3V54buFbiBEdQzgA0EorAIArAIADAwjLgIeHBkUEgMCBFV4vW4eLeNuBSzW4OICIU6OzQ'
const SS2_HEX =
  '06 02 5e 30 31 32 33 34 35 36 37 10 11 12 13 14 15 16 17 03 90 d4 f2 1c 16 1a 54 72 c6 b0 e1 bb 9d 6e 67 20 54 48 43 53 20 4e 67 75 79 e1 bb 85 6e 20 44 75 0c e0 03 41 28 ac 02 00 ac 02 00 0c 0c 23 2e 02 1e 1c 19 14 12 03 02 04 55 78 bd 6e 1e 2d e3 6e 05 2c d6 e0 e2 02 21 4e 8e cd'
const SS_HEX =
  '06 01 56 30 31 32 33 34 35 36 37 10 11 12 13 14 15 16 17 02 90 d4 f2 1c 16 1a 54 72 c6 b0 e1 bb 9d 6e 67 20 54 48 43 53 20 4e 67 75 79 e1 bb 85 6e 20 44 75 0c e0 03 41 28 ac 02 0c 0c 1e 1c 19 14 12 03 04 55 78 3d d2 78 dc 0f d6 7c 18 6a 34 97 59 62 7b 78 c5'
const OS =
  'CAF_UFFSU1RVVlcBcHFyc3R1dncBgPLnHBYQVHLhuqduIFRo4buLIE1haQ5Yw6MgSMOyYSBCw6xuaAEDKgECAEECAQIRQ8OgaSDEkeG6t3QgVk5lSUQPFkLDoW8gY8OhbyBs4burYSDEkeG6o28EiHRO5MkD2M7imENtu2nqOA'
const OS_HEX =
  '08 01 7f 50 51 52 53 54 55 56 57 01 70 71 72 73 74 75 76 77 01 80 f2 e7 1c 16 10 54 72 e1 ba a7 6e 20 54 68 e1 bb 8b 20 4d 61 69 0e 58 c3 a3 20 48 c3 b2 61 20 42 c3 ac 6e 68 01 03 2a 01 02 00 41 02 01 02 11 43 c3 a0 69 20 c4 91 e1 ba b7 74 20 56 4e 65 49 44 0f 16 42 c3 a1 6f 20 63 c3 a1 6f 20 6c e1 bb ab 61 20 c4 91 e1 ba a3 6f 04 88 74 4e e4 c9 03 d8 ce e2 98 43 6d bb 69 ea 38'
const TS =
  'CAGNATAxMjM0NTY3AlBRUlNUVVZXAYDy5xwWHVThu5UgY8O0bmcgbmdo4buHIHPhu5Eg4bqlcCAzDljDoyBIw7JhIELDrG5oAgMqAQIAQQIBAhFDw6BpIMSR4bq3dCBWTmVJRA8WQsOhbyBjw6FvIGzhu6thIMSR4bqjbwQUoY0jbpsRV5zRxNwLGmov'
const teamSummary = () =>
  makeOutreachSummary({
    toId: UNIT,
    from: 'team',
    fromId: TEAM,
    fromName: 'Tổ công nghệ số ấp 3',
    members: 2,
  })
const bytes = (code: string) => fromBase64url(code)!.bytes
const hex = (code: string) => [...bytes(code)].map((b) => b.toString(16).padStart(2, '0')).join(' ')
const nodeTag = (key: Uint8Array, data: Uint8Array) =>
  new Uint8Array(createHmac('sha256', key).update(data).digest().subarray(0, 16))
const OTHER_KEY = new Uint8Array(16).fill(9)
/** The code with one byte of the body changed and re-encoded (a "better" figure). */
const tamper = (code: string, at = 40) => {
  const b = bytes(code).slice()
  b[at]! ^= 1
  return toBase64url(b)
}

describe('documented test vectors (docs/chain-format.md)', () => {
  const doc = readFileSync('docs/chain-format.md', 'utf8')

  it('encodes each vector byte for byte, and the document shows the same strings', async () => {
    expect(await encodeUnitInvite(UNIT_INVITE)).toBe(UI)
    expect(await encodeTeamInvite(TEAM_INVITE)).toBe(TI)
    expect(await encodeSchoolSummary(makeSchoolSummaryV2(), UNIT_KEY)).toBe(SS2)
    expect(await encodeOutreachSummary(makeOutreachSummary(), TEAM_KEY)).toBe(OS)
    expect(await encodeOutreachSummary(teamSummary(), UNIT_KEY)).toBe(TS)
    expect([hex(UI), hex(SS), hex(SS2), hex(OS)]).toEqual([UI_HEX, SS_HEX, SS2_HEX, OS_HEX])
    for (const v of [UI, UI_HEX, TI, SS, SS_HEX, SS2, SS2_HEX, OS, OS_HEX, TS]) expect(doc).toContain(v)
  })

  it('signs with HMAC-SHA-256 truncated to 16 bytes (checked against Node crypto)', () => {
    for (const [code, key] of [
      [SS, UNIT_KEY],
      [SS2, UNIT_KEY],
      [OS, TEAM_KEY],
      [TS, UNIT_KEY],
    ] as const) {
      const b = bytes(code)
      expect(b.subarray(-16)).toEqual(nodeTag(key, b.subarray(0, -16)))
    }
  })

  it('decodes the vectors to their inputs', async () => {
    expect(await decodeUnitInvite(UI)).toEqual({ ok: true, invite: UNIT_INVITE })
    expect(await decodeTeamInvite(TI)).toEqual({ ok: true, invite: TEAM_INVITE })
    // SS is version 1: it imports as nobody learned in class, learners = completed, no tiết, no teacher taught.
    expect(await decodeSchoolSummary(SS, { [UNIT]: UNIT_KEY })).toEqual({
      ok: true,
      summary: normalizeSchoolSummary(makeSchoolSummary()),
    })
    const v1 = await decodeSchoolSummary(SS, { [UNIT]: UNIT_KEY })
    expect(v1.ok && [v1.summary.modules['dich-vu-cong'], v1.summary.staff.taught]).toEqual([
      { inMonth: 40, total: 300, learnedInClass: 0, learners: 300, periods: 0 },
      0,
    ])
    expect(await decodeSchoolSummary(SS2, { [UNIT]: UNIT_KEY })).toEqual({
      ok: true,
      summary: normalizeSchoolSummary(makeSchoolSummaryV2()),
    })
    expect(await decodeOutreachSummary(OS, { [TEAM]: TEAM_KEY })).toEqual({
      ok: true,
      summary: normalizeOutreachSummary(makeOutreachSummary()),
    })
    expect(await decodeOutreachSummary(TS, new Map([[UNIT, UNIT_KEY]]))).toEqual({
      ok: true,
      summary: normalizeOutreachSummary(teamSummary()),
    })
  })

  it('gives each new document the next free type byte, a link path, and is told apart by docTypeOf', () => {
    expect(DOC_BYTE).toMatchObject({ unitInvite: 5, schoolSummary: 6, teamInvite: 7, outreachSummary: 8 })
    expect(new Set(Object.values(DOC_BYTE)).size).toBe(Object.keys(DOC_BYTE).length)
    expect([UI, SS, TI, OS].map((c) => docTypeOf(`https://x.vn/y#${c}`))).toEqual([
      'unitInvite',
      'schoolSummary',
      'teamInvite',
      'outreachSummary',
    ])
    expect([LINK_PATH.unitInvite, LINK_PATH.schoolSummary, LINK_PATH.teamInvite, LINK_PATH.outreachSummary]).toEqual([
      '/join',
      '/u',
      '/join',
      '/o',
    ])
  })
})

describe('school summary problems', () => {
  const keys = { [UNIT]: UNIT_KEY }
  it('refuses a tampered summary as a bad signature, anywhere in the signed bytes', async () => {
    for (let at = 3; at < bytes(SS).length; at += 7) {
      const r = await decodeSchoolSummary(tamper(SS, at), keys)
      expect(r.ok).toBe(false)
    }
    const r = await decodeSchoolSummary(tamper(SS), keys)
    expect(!r.ok && r.error.kind).toBe('bad-signature')
    expect(!r.ok && codecMessage(r.error)).toContain('Chữ ký của bản tổng hợp của trường không đúng')
  })
  it('refuses a summary of another unit (unknown) or signed with another key (bad signature)', async () => {
    const foreign = await decodeSchoolSummary(SS, { AAAAAAAAAAA: UNIT_KEY })
    expect(!foreign.ok && foreign.error.kind).toBe('unknown-unit')
    expect(!foreign.ok && codecMessage(foreign.error)).toContain('không có trên máy này')
    const forged = await decodeSchoolSummary(await encodeSchoolSummary(makeSchoolSummary(), OTHER_KEY), keys)
    expect(!forged.ok && forged.error.kind).toBe('bad-signature')
  })
  it('says what a code of another kind is, and tells a newer app from a cut code', async () => {
    const wrong = await decodeSchoolSummary(OS, keys)
    expect(!wrong.ok && codecMessage(wrong.error)).toBe(
      'Đây là số liệu của tổ công nghệ số, không phải bản tổng hợp của trường. Số liệu này được nhập ở trang của tổ trưởng hoặc của đơn vị nhận báo cáo.',
    )
    const classSummary = await decodeSummary(SS, keys)
    expect(!classSummary.ok && classSummary.error.problem).toBe('wrong-doc:schoolSummary')
    const newer = bytes(SS).slice()
    newer[1] = SCHOOL_SUMMARY_VERSION + 1
    const n = await decodeSchoolSummary(toBase64url(newer), keys)
    expect(!n.ok && n.error.problem).toBe('newer-version')
    const cut = await decodeSchoolSummary(SS.slice(0, 60), keys)
    expect(!cut.ok && cut.error.kind).toBe('truncated')
  })
  it('refuses to encode figures that contradict each other', async () => {
    await expect(encodeSchoolSummary(makeSchoolSummary({ studentCount: 100 }), UNIT_KEY)).rejects.toThrow(RangeError)
    await expect(
      encodeSchoolSummary(
        makeSchoolSummary({
          staff: {
            teachers: 2,
            vneidLevel2: 3,
            dvcPortal: 0,
            fiveSkills: 0,
            completedAny: 0,
            completedAll: 0,
          },
        }),
        UNIT_KEY,
      ),
    ).rejects.toThrow(RangeError)
  })
})

describe('outreach summary', () => {
  it('adds equal outcome labels together and drops empty ones, as it will decode', async () => {
    const s = makeOutreachSummary({
      figures: {
        ...makeOutreachSummary().figures,
        outcomes: [
          { label: ' Cài  VNeID ', count: 2 },
          { label: 'Cài VNeID', count: 3 },
          { label: 'x', count: 0 },
        ],
      },
    })
    const r = await decodeOutreachSummary(await encodeOutreachSummary(s, TEAM_KEY), { [TEAM]: TEAM_KEY })
    expect(r.ok && r.summary.figures.outcomes).toEqual([{ label: 'Cài VNeID', count: 5 }])
  })
  it("refuses a member's summary at the unit and a team's summary at another unit", async () => {
    const atUnit = await decodeOutreachSummary(OS, { [UNIT]: UNIT_KEY })
    expect(!atUnit.ok && atUnit.error.kind).toBe('unknown-unit')
    const forged = await decodeOutreachSummary(await encodeOutreachSummary(teamSummary(), TEAM_KEY), {
      [UNIT]: UNIT_KEY,
    })
    expect(!forged.ok && forged.error.kind).toBe('bad-signature')
    const tampered = await decodeOutreachSummary(tamper(OS), { [TEAM]: TEAM_KEY })
    expect(!tampered.ok && codecMessage(tampered.error)).toContain('Chữ ký của số liệu tổ công nghệ số không đúng')
  })
  it('refuses kinds that do not add up and a member summary of several members', async () => {
    const f = makeOutreachSummary().figures
    await expect(
      encodeOutreachSummary(
        makeOutreachSummary({ figures: { ...f, byKind: { household: 0, community: 0, parents: 0 } } }),
        TEAM_KEY,
      ),
    ).rejects.toThrow(RangeError)
    await expect(encodeOutreachSummary(makeOutreachSummary({ members: 2 }), TEAM_KEY)).rejects.toThrow(RangeError)
    expect(MEMBER).toHaveLength(11)
  })
})

describe('invites', () => {
  it('catch copy damage with the checksum and say the kind of a wrong code', async () => {
    const damaged = await decodeUnitInvite(tamper(UI, 30))
    expect(!damaged.ok && damaged.error.kind).toBe('bad-checksum')
    const wrong = await decodeTeamInvite(UI)
    expect(!wrong.ok && codecMessage(wrong.error)).toContain(
      'Đây là mã mời của đơn vị nhận báo cáo, không phải mã mời vào tổ công nghệ số.',
    )
    // A level byte no app writes, with a correct checksum (the checksum is not a security measure).
    const level = bytes(UI).slice()
    level[27] = 3 // after the header (3), the id (8) and the key (16)
    level.set(createHash('sha256').update(level.subarray(0, -4)).digest().subarray(0, 4), level.length - 4)
    const r = await decodeUnitInvite(toBase64url(level))
    expect(!r.ok && r.error.kind).toBe('bad-data')
  })
})
