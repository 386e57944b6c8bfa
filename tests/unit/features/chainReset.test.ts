// #24 item 7 and the unit's denominator, through the stores with fake-indexeddb: a school row (or a team
// member's row) frozen by a summary forged with sequence 2³²−1 — signed with the key every school (member)
// holds — refuses every real summary as older until "Đặt lại"; then the next real one is taken. The unit's
// school list is kept in its own record, and a refused list changes nothing.
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { encodeOutreachSummary, encodeSchoolSummary, keyOf } from '@/exchange/codec'
import { useUnitStore } from '@/features/unit/store'
import { useOutreachStore } from '@/features/outreach/store'
import { listUnits } from '@/db/chainRepo'
import { makeOutreachSummary, makeSchoolSummary, MEMBER, SCHOOL } from '../../factories/chain'
import { setFeatureMessages } from '@/i18n'
import features from '@/i18n/features'

// The router loads the feature strings before any page opens: the stores word their import lines with them.
setFeatureMessages(features)

beforeEach(() => setActivePinia(createPinia()))
const FROZEN = 2 ** 32 - 1

describe('"Đặt lại" above the class', () => {
  it('unfreezes a school row at the unit: the next real summary is taken', async () => {
    const units = useUnitStore()
    const unit = await units.createUnit({ name: 'Phòng VH-XH xã A', level: 'commune', area: 'Xã A' })
    const key = keyOf(unit.keyB64)
    const forged = await encodeSchoolSummary(makeSchoolSummary({ unitId: unit.id, seq: FROZEN, classes: 999 }), key)
    const real = await encodeSchoolSummary(makeSchoolSummary({ unitId: unit.id, seq: 7, classes: 12 }), key)
    expect((await units.importCodes([forged]))[0]!.ok).toBe(true)
    await units.settled()
    expect((await units.importCodes([real]))[0]!.changed).toBe(false)
    await units.settled()
    expect(units.schoolSummaries[unit.id]!.map((s) => s.classes)).toEqual([999])

    await units.resetSchool(unit.id, SCHOOL, '2026-11')
    expect(units.schoolSummaries[unit.id]).toEqual([])
    expect((await units.importCodes([real]))[0]).toMatchObject({ ok: true, changed: true })
    await units.settled()
    expect(units.schoolSummaries[unit.id]!.map((s) => [s.classes, s.seq])).toEqual([[12, 7]])
  })

  it("unfreezes a member's row at the team leader", async () => {
    const outreach = useOutreachStore()
    const team = await outreach.createTeam({ name: 'Tổ CNS ấp 3', commune: 'Xã A' })
    const key = keyOf(team.keyB64)
    const member = (seq: number, people: number) =>
      encodeOutreachSummary(
        makeOutreachSummary({
          toId: team.id,
          seq,
          figures: { ...makeOutreachSummary().figures, people },
        }),
        key,
      )
    await outreach.importSummaries([await member(FROZEN, 99)])
    expect((await outreach.importSummaries([await member(3, 2)]))[0]!.changed).toBe(false)
    await outreach.loadMemberSummaries(team.id)
    expect(outreach.memberSummaries[team.id]!.map((s) => s.figures.people)).toEqual([99])

    await outreach.resetMember(team.id, MEMBER, '2026-11')
    expect(outreach.memberSummaries[team.id]).toEqual([])
    expect((await outreach.importSummaries([await member(3, 2)]))[0]!.changed).toBe(true)
    await outreach.loadMemberSummaries(team.id)
    expect(outreach.memberSummaries[team.id]!.map((s) => s.figures.people)).toEqual([2])
  })
})

describe("the unit's schools", () => {
  it('keeps a cleaned list in the unit record; a refused one changes nothing', async () => {
    const units = useUnitStore()
    const unit = await units.createUnit({ name: 'Phòng VH-XH xã A', level: 'commune', area: 'Xã A' })
    expect(await units.setExpected(unit.id, 'Trường A\nTrường B\ntrường a\n')).toMatchObject({
      ok: true,
      duplicates: 1,
    })
    expect((await listUnits())[0]!.expected).toEqual({ names: ['Trường A', 'Trường B'] })
    expect(await units.setExpected(unit.id, '\n \n')).toEqual({ ok: false, problem: 'empty' })
    expect(await units.setExpected(unit.id, '0')).toEqual({ ok: false, problem: 'badNumber' })
    expect((await listUnits())[0]!.expected).toEqual({ names: ['Trường A', 'Trường B'] })
    await units.addExpected(unit.id, 'Trường C')
    expect((await listUnits())[0]!.expected).toEqual({ names: ['Trường A', 'Trường B', 'Trường C'] })
  })
})
