// The certificate: locked until all seven modules are complete; then the name, every module with its
// date and the date of issue, on one SVG page that prints and becomes a PNG.
import { describe, expect, it, vi } from 'vitest'
import CertificatePage from '@/features/learn/CertificatePage.vue'
import ProgressPage from '@/features/learn/ProgressPage.vue'
import { getDB } from '@/db/index'
import { saveSettings, DEFAULT_PREFS } from '@/db/settingsRepo'
import { MODULE_IDS } from '@/content/constants'
import { useSettingsStore } from '@/stores/settings'
import { mountWith, testingPinia } from '../../mount'

async function complete(ids: readonly string[]): Promise<void> {
  const db = await getDB()
  for (const [i, moduleId] of ids.entries()) {
    const at = Date.UTC(2026, 10, 10 + i, 5)
    await db.put('moduleStatus', {
      moduleId,
      bestScore: 100,
      attempts: 1,
      quizPassedAt: at,
      completedAt: at,
      updatedAt: at,
    })
  }
}

describe('certificate', () => {
  it('is locked with six of seven modules, and the badges say which are earned', async () => {
    await complete(MODULE_IDS.slice(0, 6))
    const { wrapper } = await mountWith(CertificatePage, {}, '/progress/certificate')
    await vi.waitFor(() => expect(wrapper.find('[data-testid=certificate-locked]').text()).toContain('6/7 mô-đun'))
    // The next step is the one module left.
    const next = wrapper.find('[data-testid=certificate-next]')
    expect(next.attributes('href')).toBe(`/modules/${MODULE_IDS[6]}`)
    expect(next.text()).toContain('Học tiếp: Mô-đun 7.')
    const progress = (await mountWith(ProgressPage, {}, '/progress')).wrapper
    await vi.waitFor(() => expect(progress.findAll('[data-testid=badges] .earned')).toHaveLength(6))
    expect(progress.find('[data-testid=badges]').text()).toContain('chưa có huy hiệu')
    expect(progress.find('[data-testid=open-certificate]').exists()).toBe(false)
  })

  it('shows name, the seven modules with dates and the issue date once all are complete', async () => {
    await saveSettings({ roles: ['student'], displayName: 'Nguyễn Minh An', createdAt: 1 }, DEFAULT_PREFS)
    await complete(MODULE_IDS)
    const pinia = testingPinia()
    await useSettingsStore(pinia).load()
    const { wrapper } = await mountWith(CertificatePage, {}, '/progress/certificate', pinia)
    await vi.waitFor(() => expect(wrapper.find('[data-testid=certificate]').exists()).toBe(true))
    const svg = wrapper.find('[data-testid=certificate]')
    await vi.waitFor(() => expect(svg.text()).toContain('Nguyễn Minh An'))
    expect(svg.findAll('g text').filter((x) => x.text().startsWith('hoàn thành ngày'))).toHaveLength(7)
    expect(svg.text()).toContain('Cấp ngày 16/11/2026')
    expect(svg.attributes('role')).toBe('img')
    // Not in a class: no QR, and the page says how to get one.
    expect(wrapper.text()).toContain('Khi em tham gia lớp')
  })
})
