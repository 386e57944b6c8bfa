// The chain through the stores with fake-indexeddb: a unit is created, a school joins with its invite and
// sends its month up, a member's month reaches the leader and the team's the unit; then over 10,000 random and
// mutated codes of each new document type go through the import boundaries without a throw and without
// changing what is stored.
import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import {
  decodeUnitInvite,
  decodeTeamInvite,
  encodeOutreachSummary,
  encodeSchoolSummary,
  encodeTeamInvite,
  encodeUnitInvite,
  extractCode,
} from '@/exchange/codec'
import { BASE64URL_ALPHABET, fromBase64url, toBase64url } from '@/exchange/codec/bytes'
import { useUnitStore } from '@/features/unit/store'
import { useOutreachStore } from '@/features/outreach/store'
import { getDB } from '@/db/index'
import {
  makeOutreachSummary,
  makeSchoolSummary,
  TEAM_INVITE,
  TEAM_KEY,
  UNIT_INVITE,
  UNIT_KEY,
} from '../../factories/chain'
import { setFeatureMessages } from '@/i18n'
import features from '@/i18n/features'

// The router loads the feature strings before any page opens: the stores word their import lines with them.
setFeatureMessages(features)

beforeEach(() => setActivePinia(createPinia()))
const origin = 'https://kynangso.edu.vn'

/** Every record of the chain's stores, for "nothing changed". */
async function snapshot(): Promise<string> {
  const db = await getDB()
  const stores = [
    'units',
    'unitMemberships',
    'schoolSummaries',
    'teams',
    'teamMemberships',
    'outreachSummaries',
  ] as const
  return JSON.stringify(await Promise.all(stores.map((s) => db.getAll(s))))
}

describe('the chain through the stores', () => {
  it('school → unit and member → leader → unit, newest sequence winning; foreign and tampered codes refused', async () => {
    const units = useUnitStore()
    const outreach = useOutreachStore()
    // The unit officer (this phone) creates the unit; the school officer (the same phone here) joins it.
    const unit = await units.createUnit({
      name: 'Phòng Văn hóa – Xã hội xã Hòa Bình',
      level: 'commune',
      area: 'Xã Hòa Bình',
    })
    const inv = await decodeUnitInvite(await units.invite(unit, origin))
    if (!inv.ok) throw new Error('invite')
    await units.joinUnit(inv.invite)
    const figures = {
      classes: 2,
      studentCount: 70,
      modules: { 'dich-vu-cong': { inMonth: 3, total: 10 } },
      staff: { teachers: 2, vneidLevel2: 1, dvcPortal: 1, fiveSkills: 0, completedAny: 1, completedAll: 0 },
    }
    const first = await units.sendSchoolSummary(
      unit.id,
      {
        schoolId: 'EBESExQVFhc',
        schoolName: 'Trường THCS A',
        month: '2026-11',
        ...figures,
        outreach: { sessions: 1, people: 9, helped: 9 },
      },
      origin,
    )
    const second = await units.sendSchoolSummary(
      unit.id,
      {
        schoolId: 'EBESExQVFhc',
        schoolName: 'Trường THCS A',
        month: '2026-11',
        ...figures,
        classes: 3,
        outreach: { sessions: 1, people: 9, helped: 9 },
      },
      origin,
    )
    expect(first.link).toMatch(/^https:\/\/kynangso\.edu\.vn\/u#/)
    const lines = await units.importCodes([second.link, first.link, second.code])
    expect(lines.map((l) => l.text)).toEqual([
      'Đã nhận báo cáo của Trường THCS A tháng 11/2026.',
      'Trường THCS A tháng 11/2026: bản này cũ hơn bản đã có, không thay đổi gì.',
      'Trường THCS A tháng 11/2026: báo cáo này đã nhập rồi, không thay đổi gì.',
    ])
    await units.settled()
    expect(units.schoolSummaries[unit.id]!.map((s) => s.classes)).toEqual([3])

    // A team: the leader creates it, a member joins and sends; the leader imports and sends the team's month up.
    const team = await outreach.createTeam({ name: 'Tổ CNS ấp 3', commune: 'Xã Hòa Bình' })
    const tinv = await decodeTeamInvite(await outreach.teamInvite(team, origin))
    if (!tinv.ok) throw new Error('team invite')
    await outreach.joinTeam(tinv.invite, 'Trần Thị Mai')
    const member = await outreach.sendMemberSummary(team.id, '2026-11', origin)
    expect((await outreach.importSummaries([member.link]))[0]).toMatchObject({
      ok: true,
      teamId: team.id,
      text: 'Đã nhận số liệu của Trần Thị Mai tháng 11/2026.',
    })
    // A member's summary is refused at the unit's import box (it is signed with the team key).
    expect((await units.importCodes([member.code]))[0]!.ok).toBe(false)
    const up = await outreach.sendTeamUp(team, unit.id, '2026-11', origin)
    expect(up.link).toMatch(/\/o#/)
    const [teamLine] = await units.importCodes([up.link])
    expect(teamLine).toMatchObject({
      ok: true,
      unitId: unit.id,
      text: 'Đã nhận số liệu của Tổ CNS ấp 3 tháng 11/2026.',
    })
    await units.settled()
    expect(units.teamSummaries[unit.id]!.map((s) => [s.fromName, s.members])).toEqual([['Tổ CNS ấp 3', 1]])

    // Tampered and foreign summaries change nothing.
    const before = await snapshot()
    const b = fromBase64url(second.code)!.bytes.slice()
    b[30]! ^= 4
    const foreign = await encodeSchoolSummary(makeSchoolSummary({ unitId: unit.id }), new Uint8Array(16).fill(1))
    const bad = await units.importCodes([
      toBase64url(b),
      foreign,
      await encodeSchoolSummary(makeSchoolSummary(), UNIT_KEY),
    ])
    expect(bad.map((l) => l.ok)).toEqual([false, false, false])
    expect(bad[0]!.text).toContain('Chữ ký của bản tổng hợp của trường không đúng')
    expect(bad[2]!.text).toContain('không có trên máy này')
    expect(await snapshot()).toBe(before)
  })
})

describe('import boundary fuzz', () => {
  const ALPHABET = BASE64URL_ALPHABET.split('')
  const mutationArb = fc.record({
    op: fc.constantFrom('flip', 'cut', 'insert', 'double', 'wrap'),
    at: fc.nat(400),
    bit: fc.nat(7),
    text: fc.constantFrom(...ALPHABET, ' ', '\n', '#', '😀'),
  })
  function mutate(code: string, m: { op: string; at: number; bit: number; text: string }): string {
    const i = m.at % (code.length + 1)
    if (m.op === 'flip') {
      const b = fromBase64url(code)?.bytes.slice()
      if (!b?.length) return code
      b[i % b.length]! ^= 1 << m.bit
      return toBase64url(b)
    }
    if (m.op === 'cut') return code.slice(0, i)
    if (m.op === 'insert') return code.slice(0, i) + m.text + code.slice(i)
    if (m.op === 'double') return code + code.slice(i)
    return `Gửi anh chị: ${origin}/u#${code} ạ`
  }

  it('over 10,000 codes of each new type, through both import boundaries: no throw, nothing changed', async () => {
    const units = useUnitStore()
    const outreach = useOutreachStore()
    // This phone holds the vector unit and team (the codes below are signed with their keys).
    const db = await getDB()
    await db.put('units', {
      id: UNIT_INVITE.unitId,
      keyB64: toBase64url(UNIT_KEY),
      name: 'Phòng VH-XH',
      level: 'commune',
      area: 'Xã A',
      createdAt: 1,
    })
    await db.put('teams', {
      id: TEAM_INVITE.teamId,
      keyB64: toBase64url(TEAM_KEY),
      name: 'Tổ 3',
      commune: 'Xã A',
      createdAt: 1,
    })
    const valid = {
      schoolSummary: await encodeSchoolSummary(makeSchoolSummary(), UNIT_KEY),
      outreachSummary: await encodeOutreachSummary(makeOutreachSummary(), TEAM_KEY),
      unitInvite: await encodeUnitInvite(UNIT_INVITE),
      teamInvite: await encodeTeamInvite(TEAM_INVITE),
    }
    await units.importCodes([valid.schoolSummary])
    await outreach.importSummaries([valid.outreachSummary])
    const before = await snapshot()
    for (const [kind, code] of Object.entries(valid)) {
      const codes = [
        ...fc.sample(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), 7_000).map((ms) => ms.reduce(mutate, code)),
        ...fc.sample(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 200 }), 3_000),
      ]
      for (let i = 0; i < codes.length; i += 1_000) {
        const batch = codes.slice(i, i + 1_000)
        const a = await units.importCodes(batch)
        const b = await outreach.importSummaries(batch)
        expect(a).toHaveLength(batch.length)
        expect(b).toHaveLength(batch.length)
        // Whatever was accepted is the stored summary again (a duplicate): it changes nothing.
        for (const l of [...a, ...b]) if (l.ok) expect(l.changed, `${kind}: ${extractCode(batch[0]!)}`).toBe(false)
      }
      expect(await snapshot()).toBe(before)
    }
  }, 300_000)
})
