import { afterEach, describe, expect, it, vi } from 'vitest'
import { useUiStore } from '@/stores/ui'
import { flushPromises } from '@vue/test-utils'
import WelcomePage from '@/features/onboarding/WelcomePage.vue'
import SettingsPage from '@/features/settings/SettingsPage.vue'
import { useSettingsStore } from '@/stores/settings'
import { loadSettings, saveSettings, DEFAULT_PREFS } from '@/db/settingsRepo'
import { mountWith, testingPinia } from './mount'

// Settings loads its lower cards on their own (defineAsyncComponent): let those modules finish loading before
// the test environment is torn down, or their late import is reported as an unhandled error.
afterEach(async () => {
  await Promise.all([
    import('@/features/settings/SettingsLearners.vue'),
    import('@/features/settings/SettingsLocality.vue'),
    import('@/features/backup/embed/BackupCard.vue'),
  ])
  await flushPromises()
})

describe('first run: role choice', () => {
  it('asks for a role and the province before starting, then saves role, name and province and goes home', async () => {
    const { wrapper, router } = await mountWith(WelcomePage, {}, '/welcome')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.text()).toContain('Hãy chọn một vai trò để bắt đầu.')
    expect((await loadSettings()).profile).toBeUndefined()

    const radios = wrapper.findAll('input[type=radio]:not([name=province])')
    expect(radios.map((r) => r.element.closest('label')!.textContent)).toEqual([
      expect.stringContaining('Học sinh'),
      expect.stringContaining('Giáo viên'),
      expect.stringContaining('Tổ công nghệ số cộng đồng'),
    ])
    await radios[2]!.setValue(true)
    await wrapper.find('#display-name').setValue('  Anh Tuấn  ')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.text()).toContain('Hãy chọn tỉnh, thành phố của em.')
    expect((await loadSettings()).profile).toBeUndefined()
    // All 34 are listed; typing without accents narrows the list.
    expect(wrapper.findAll('input[name=province]')).toHaveLength(34)
    await wrapper.find('#pp-search').setValue('ha noi')
    expect(wrapper.findAll('input[name=province]').map((r) => r.element.closest('label')!.textContent!.trim())).toEqual(
      ['Hà Nội'],
    )
    await wrapper.find('input[name=province]').setValue(true)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const saved = await loadSettings()
    expect(saved.profile).toMatchObject({ role: 'outreach', displayName: 'Anh Tuấn' })
    expect(saved.prefs.locality).toBe('ha-noi')
    expect(router.currentRoute.value.path).toBe('/')
  })

  it('returns to the page the learner first opened', async () => {
    const { wrapper, router } = await mountWith(WelcomePage, {}, '/welcome?next=/modules/mua-sam')
    await wrapper.findAll('input[type=radio]')[0]!.setValue(true)
    await wrapper.find('input[name=province][value=hue]').setValue(true)
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/modules/mua-sam'))
  })
})

describe('settings', () => {
  it('shows saved values and saves role, name, text size, locality and language together', async () => {
    await saveSettings({ role: 'student', displayName: 'Minh', createdAt: 1 }, { ...DEFAULT_PREFS })
    const pinia = testingPinia()
    await useSettingsStore(pinia).load()
    const { wrapper: page } = await mountWith(SettingsPage, {}, '/settings', pinia)
    expect((page.find('#settings-name').element as HTMLInputElement).value).toBe('Minh')
    const sizes = page.findAll('input[name=text-size]')
    expect((sizes[0]!.element as HTMLInputElement).checked).toBe(true)
    await sizes[1]!.setValue(true)
    await page.find('#settings-name').setValue('Minh Anh')
    await page.find('#settings-locality').setValue('ha-noi')
    await page.findAll('input[name=role]')[1]!.setValue(true)
    await page.find('form').trigger('submit')
    await flushPromises()
    const saved = await loadSettings()
    expect(saved.profile).toMatchObject({ role: 'teacher', displayName: 'Minh Anh', createdAt: 1 })
    expect(saved.prefs).toMatchObject({ textSize: 'large', locality: 'ha-noi', locale: 'vi' })
    expect(useUiStore(pinia).toasts.map((t) => t.text)).toContain('Đã lưu cài đặt.')
  })

  it('lists all 34 provinces and cities for the locality', async () => {
    const { wrapper } = await mountWith(SettingsPage)
    expect(wrapper.findAll('#settings-locality option')).toHaveLength(34)
  })
})
