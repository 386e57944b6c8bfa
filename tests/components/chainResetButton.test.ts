// Issue #24, item 7, on screen: a school row frozen at the unit by a summary forged with sequence 2³²−1 (signed
// with the unit key every school holds) has its own "Đặt lại" in the unit report; after it, the school's next
// real summary is taken. The store half is tests/unit/features/chainReset.test.ts.
import { describe, expect, it, vi } from 'vitest'
import UnitReport from '@/features/unit/UnitReport.vue'
import { useUnitStore } from '@/features/unit/store'
import { encodeSchoolSummary, keyOf } from '@/exchange/codec'
import { makeSchoolSummary } from '../factories/chain'
import { mountWith, testingPinia } from './mount'

describe('"Đặt lại" per school row at the unit', () => {
  it('clears a row frozen at 2³²−1, and the next real summary is taken', async () => {
    const pinia = testingPinia()
    const units = useUnitStore(pinia)
    const unit = await units.createUnit({ name: 'Phòng VH-XH xã A', level: 'commune', area: 'Xã A' })
    const key = keyOf(unit.keyB64)
    const month = '2026-11'
    const forged = await encodeSchoolSummary(makeSchoolSummary({ unitId: unit.id, month, seq: 2 ** 32 - 1 }), key)
    const real = await encodeSchoolSummary(makeSchoolSummary({ unitId: unit.id, month, seq: 7 }), key)
    await units.importCodes([forged])
    await units.settled()
    const { wrapper } = await mountWith(UnitReport, { props: { unit } }, '/unit', pinia)
    await wrapper.find<HTMLSelectElement>('#unit-report-month').setValue(month)
    const button = () => wrapper.find('[aria-label="Đặt lại báo cáo của Trường THCS Nguyễn Du"]')
    await vi.waitFor(() => expect(button().exists()).toBe(true))
    expect((await units.importCodes([real]))[0]!.changed).toBe(false)

    window.confirm = () => true
    await button().trigger('click')
    await vi.waitFor(() => expect(units.schoolSummaries[unit.id]).toEqual([]))
    expect((await units.importCodes([real]))[0]!.changed).toBe(true)
  })
})
