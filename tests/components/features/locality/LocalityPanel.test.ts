// Module 5 for every province: the national channels always; a province without a verified pack gets its
// local rows as "đang cập nhật" instead of nothing; the default pack's national rows are not repeated.
import { describe, expect, it } from 'vitest'
import LocalityPanel from '@/features/locality/embed/LocalityPanel.vue'
import { useSettingsStore } from '@/stores/settings'
import { NATIONAL_CHANNEL_IDS } from '@/content/national'
import { loadLocalityPacks } from '../../../../build/content-files'
import { mountWith, testingPinia } from '../../mount'

async function panelFor(locality: string) {
  const pinia = testingPinia()
  const settings = useSettingsStore(pinia)
  settings.prefs = { ...settings.prefs, locality }
  return (await mountWith(LocalityPanel, {}, '/modules/nen-tang-dia-phuong', pinia)).wrapper
}

describe('LocalityPanel', () => {
  it('shows the national channels and "đang cập nhật" local rows for a province without a pack', async () => {
    const w = await panelFor('ha-noi')
    expect(w.find('h2').text()).toBe('Địa phương của em: Hà Nội')
    const national = w.find('[data-testid=national-channels]').text()
    for (const s of ['dichvucong.gov.vn', 'VNeID', '156 hoặc 5656', '111']) expect(national).toContain(s)
    expect(w.findAll('[data-testid=local-updating] li')).toHaveLength(3)
    expect(w.find('[data-testid=local-updating]').text()).toContain('đang cập nhật')
    expect(w.text()).not.toContain('Đồng Nai')
  })

  it('takes every national channel from the default pack and does not repeat them under the province', async () => {
    const pack = loadLocalityPacks().find((p) => p.id === 'dong-nai')!
    for (const id of NATIONAL_CHANNEL_IDS) expect(pack.channels.map((c) => c.id)).toContain(id)
    const w = await panelFor('dong-nai')
    expect(w.findAll('[data-testid=national-channels] li')).toHaveLength(NATIONAL_CHANNEL_IDS.length)
    expect(w.text().split('dichvucong.gov.vn').length - 1).toBe(1)
    expect(w.text()).toContain('Cổng dịch vụ công của thành phố Đồng Nai')
    expect(w.find('[data-testid=local-updating]').exists()).toBe(false)
  })
})
