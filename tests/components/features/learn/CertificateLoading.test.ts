// The certificate before progress is read says "Đang tải…", never "0/7" to a student who has all seven;
// the name on it is the name the receipt in its QR signs, with no free field (issue #24, item 4).
import { describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import CertificatePage from '@/features/learn/CertificatePage.vue'
import { getDB } from '@/db/index'
import { MODULE_IDS } from '@/content/constants'
import { createI18n } from '@/i18n'
import { makeRouter } from '@/app/router'
import { createMemoryHistory } from 'vue-router'
import { testingPinia } from '../../mount'
import * as overview from '@/db/progressOverviewRepo'

describe('certificate while progress loads', () => {
  it('shows a loading state, not "0/7", until the seven completions are read', async () => {
    const db = await getDB()
    for (const moduleId of MODULE_IDS)
      await db.put('moduleStatus', { moduleId, bestScore: 100, attempts: 1, completedAt: 5, updatedAt: 5 })
    const real = overview.getAllProgress
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const spy = vi.spyOn(overview, 'getAllProgress').mockImplementation(async () => {
      await gate
      return real()
    })
    const router = makeRouter(createMemoryHistory())
    await router.push('/progress/certificate')
    const wrapper = mount(CertificatePage, { global: { plugins: [testingPinia(), createI18n(), router] } })
    await flushPromises()
    expect(wrapper.find('[data-testid=certificate-loading]').text()).toBe('Đang tải…')
    expect(wrapper.find('[data-testid=certificate-locked]').exists()).toBe(false)
    release()
    await vi.waitFor(() => expect(wrapper.find('[data-testid=certificate]').exists()).toBe(true))
    expect(wrapper.find('[data-testid=certificate-locked]').exists()).toBe(false)
    // No field to type another name than the signed one.
    expect(wrapper.find('input').exists()).toBe(false)
    spy.mockRestore()
  })
})
