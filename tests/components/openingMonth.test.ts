// Issue #24, item 6: the unit report and the team's month open on the current month, not on the newest month a
// summary claims (12/3024, signed with a key every school or member holds, or a phone clock set ahead); the
// future month is still offered, flagged. Through the real pages and stores (fake-indexeddb).
import { describe, expect, it, vi } from 'vitest'
import UnitReport from '@/features/unit/UnitReport.vue'
import OutreachTeamPage from '@/features/outreach/OutreachTeamPage.vue'
import { useUnitStore } from '@/features/unit/store'
import { useOutreachStore } from '@/features/outreach/store'
import { encodeOutreachSummary, encodeSchoolSummary, keyOf, newId } from '@/exchange/codec'
import { vnMonth } from '@/domain/time'
import { showMonth } from '@/domain/format'
import { makeOutreachSummary, makeSchoolSummary } from '../factories/chain'
import { mountWith, testingPinia } from './mount'

const FAR = '3024-12'

describe('the month a report opens on (#24 item 6)', () => {
  it('the unit report opens on the newest month not in the future, with a school summary claiming 12/3024', async () => {
    // No figures for the current month: the newest month with figures before it, never the future one.
    const past = vnMonth(Date.now() - 40 * 86_400_000)
    const pinia = testingPinia()
    const units = useUnitStore(pinia)
    const unit = await units.createUnit({ name: 'Phòng VH-XH xã A', level: 'commune', area: 'Xã A' })
    const key = keyOf(unit.keyB64)
    const codes = await Promise.all([
      encodeSchoolSummary(makeSchoolSummary({ unitId: unit.id, month: past }), key),
      encodeSchoolSummary(makeSchoolSummary({ unitId: unit.id, schoolId: newId(), month: FAR, classes: 999 }), key),
    ])
    expect((await units.importCodes(codes)).map((l) => l.ok)).toEqual([true, true])
    await units.settled()
    const { wrapper } = await mountWith(UnitReport, { props: { unit } }, '/unit', pinia)
    const select = wrapper.find<HTMLSelectElement>('#unit-report-month')
    await vi.waitFor(() => expect(select.element.value).toBe(past))
    expect(select.findAll('option').map((o) => o.element.value)).toContain(FAR)
    expect(wrapper.find('[data-testid=future-months]').text()).toContain(showMonth(FAR))
  })

  it("the team's month opens on the current month with a member summary claiming 12/3024", async () => {
    const now = vnMonth(Date.now())
    const pinia = testingPinia()
    const outreach = useOutreachStore(pinia)
    const team = await outreach.createTeam({ name: 'Tổ CNS ấp 3', commune: 'Xã A' })
    const key = keyOf(team.keyB64)
    const codes = await Promise.all([
      encodeOutreachSummary(makeOutreachSummary({ toId: team.id, month: now }), key),
      encodeOutreachSummary(makeOutreachSummary({ toId: team.id, fromId: newId(), month: FAR }), key),
    ])
    expect((await outreach.importSummaries(codes)).map((l) => l.ok)).toEqual([true, true])
    const { wrapper } = await mountWith(
      OutreachTeamPage,
      { props: { teamId: team.id } },
      `/outreach/team/${team.id}`,
      pinia,
    )
    await vi.waitFor(() => expect(wrapper.find('select').exists()).toBe(true))
    const select = wrapper.find<HTMLSelectElement>('select')
    await vi.waitFor(() => expect(select.element.value).toBe(now))
    expect(select.findAll('option').map((o) => o.element.value)).toContain(FAR)
    expect(wrapper.find('[data-testid=future-months]').text()).toContain(showMonth(FAR))
  })
})
