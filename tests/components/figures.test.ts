// Issue 21: figures on screen the Vietnamese way, through the one formatter (domain/format.ts fmt): the report
// paper (every level's document), the coverage line and the unit's school count. "62,5" and "1.234", never
// "62.5" or "1234"; a figure that does not exist is a dash.
import { describe, expect, it, vi } from 'vitest'
import ReportPaper from '@/components/ReportPaper.vue'
import ChainCoverage from '@/components/ChainCoverage.vue'
import UnitForm from '@/features/unit/UnitForm.vue'
import { fmt } from '@/domain/format'
import { bareDocument } from '@/report/export'
import { mountWith } from './mount'

describe('figures on screen', () => {
  it('fmt: decimal comma, dot groups, one decimal, nothing for a non-number', () => {
    expect([fmt(5.7), fmt(62.5), fmt(1234), fmt(1_234_567), fmt(0), fmt(33.333), fmt(Number.NaN)]).toEqual([
      '5,7',
      '62,5',
      '1.234',
      '1.234.567',
      '0',
      '33,3',
      '',
    ])
  })

  it('the report paper shows 62,5 and 1.234, and the dash of a missing average', async () => {
    const doc = bareDocument('x', [
      ['Mô-đun', 'Sĩ số', 'Tỉ lệ (%)', 'Điểm TB'],
      ['MĐ1', 1234, 62.5, 90],
      ['MĐ2', 40, 0, '—'],
    ])
    const { wrapper } = await mountWith(ReportPaper, { props: { doc, scrollHint: '' } })
    const cells = wrapper.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text()))
    expect(cells).toEqual([
      ['MĐ1', '1.234', '62,5', '90'],
      ['MĐ2', '40', '0', '—'],
    ])
    wrapper.unmount()
  })

  it('the coverage line says 1.200/1.500 for a province', async () => {
    const { wrapper } = await mountWith(ChainCoverage, {
      props: {
        level: 'unit',
        coverage: { reported: 1200, expected: 1500, notReported: [], outside: [], received: [] },
      },
    })
    expect(wrapper.get('[data-testid="unit-coverage-count"]').text()).toBe('1.200/1.500 trường đã báo cáo tháng này')
    wrapper.unmount()
  })

  it("the unit's form line shows 2.400 (62,5%) and its copy button copies 2400", async () => {
    const writeText = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { wrapper } = await mountWith(UnitForm, {
      props: { lines: [{ label: 'Tổng sĩ số học sinh', value: '2.400 (62,5%)', copy: '2400' }] },
    })
    expect(wrapper.get('[data-testid="unit-form-lines"]').text()).toContain('Tổng sĩ số học sinh: 2.400 (62,5%)')
    await wrapper.get('button').trigger('click')
    expect(writeText).toHaveBeenCalledWith('2400')
    wrapper.unmount()
  })
})
