import { afterEach, describe, expect, it, vi } from 'vitest'
import { useUiStore } from '@/stores/ui'
import { flushPromises } from '@vue/test-utils'
import WelcomePage from '@/features/onboarding/WelcomePage.vue'
import SettingsPage from '@/features/settings/SettingsPage.vue'
import { useSettingsStore } from '@/stores/settings'
import { loadSettings, saveSettings, DEFAULT_PREFS } from '@/db/settingsRepo'
import { mountWith, testingPinia } from './mount'
import { listClasses } from '@/db/classroomRepo'
import { useClassroomStore } from '@/features/classroom/store'
import { decodeClassInvite, encodeSchoolInvite, newId, newKey } from '@/exchange/codec'

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
  it('asks for a role and the province before starting, then saves the roles, name and province and opens the hub', async () => {
    const { wrapper, router } = await mountWith(WelcomePage, {}, '/welcome')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.text()).toContain('Hãy chọn ít nhất một vai trò để bắt đầu.')
    expect((await loadSettings()).profile).toBeUndefined()

    const boxes = wrapper.findAll('input[type=checkbox][name=role]')
    expect(boxes.map((r) => r.element.closest('label')!.textContent)).toEqual([
      expect.stringContaining('Học sinh'),
      expect.stringContaining('Giáo viên'),
      expect.stringContaining('Cán bộ phụ trách báo cáo của trường'),
      expect.stringContaining('Cán bộ xã/phường hoặc Sở GDĐT'),
      expect.stringContaining('Thành viên Tổ công nghệ số cộng đồng'),
    ])
    // Before a role is ticked the form says "bạn"; an adult role keeps it, never "em".
    expect(wrapper.text()).toContain('Bạn ở tỉnh, thành phố nào?')
    await boxes[4]!.setValue(true)
    await wrapper.find('#display-name').setValue('  Anh Tuấn  ')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.text()).toContain('Hãy chọn tỉnh, thành phố.')
    expect(wrapper.text()).not.toMatch(/\bem\b/i)
    expect((await loadSettings()).profile).toBeUndefined()
    // Searchable first: no list of 34 radios until something is typed, then the few that match.
    expect(wrapper.findAll('input[name=province]')).toHaveLength(0)
    expect(wrapper.text()).toContain('Gõ vài chữ của tên tỉnh, thành phố')
    await wrapper.find('#pp-search').setValue('h')
    expect(wrapper.findAll('input[name=province]').length).toBeLessThanOrEqual(6)
    expect(wrapper.text()).toMatch(/Còn \d+ tỉnh, thành phố khớp nữa/)
    await wrapper.find('#pp-search').setValue('ha noi')
    expect(wrapper.findAll('input[name=province]').map((r) => r.element.closest('label')!.textContent!.trim())).toEqual(
      ['Hà Nội'],
    )
    await wrapper.find('input[name=province]').setValue(true)
    // The chosen province stays on screen while another search runs.
    await wrapper.find('#pp-search').setValue('hue')
    expect(wrapper.findAll('input[name=province]').map((r) => r.element.closest('label')!.textContent!.trim())).toEqual(
      ['Hà Nội', 'Huế'],
    )
    // A second role: the first ticked stays first, and its hub is where the app opens.
    await boxes[1]!.setValue(true)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const saved = await loadSettings()
    expect(saved.profile).toMatchObject({ roles: ['outreach', 'teacher'], displayName: 'Anh Tuấn' })
    expect(saved.prefs.locality).toBe('ha-noi')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/outreach'), { timeout: 15_000 })
  })

  it('says "em" to a student only, and a student lands on Home', async () => {
    const { wrapper, router } = await mountWith(WelcomePage, {}, '/welcome')
    await wrapper.findAll('input[name=role]')[0]!.setValue(true)
    expect(wrapper.text()).toContain('Em sống ở tỉnh, thành phố nào?')
    await wrapper.find('#pp-search').setValue('hue')
    await wrapper.find('input[name=province][value=hue]').setValue(true)
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/'), { timeout: 15_000 })
    expect((await loadSettings()).profile?.roles).toEqual(['student'])
  })

  it.each([
    ['teacher', 1, '/teacher'],
    ['schoolOfficer', 2, '/school'],
    ['unitOfficer', 3, '/unit'],
  ] as const)('a %s lands on its own hub', async (role, at, hub) => {
    const { wrapper, router } = await mountWith(WelcomePage, {}, '/welcome')
    await wrapper.findAll('input[name=role]')[at]!.setValue(true)
    await wrapper.find('#pp-search').setValue('hue')
    await wrapper.find('input[name=province][value=hue]').setValue(true)
    // "Bắt đầu"'s form (a teacher also has the class form above it).
    await wrapper.find('[data-testid=welcome-start]').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe(hub), { timeout: 15_000 })
    expect((await loadSettings()).profile?.roles).toEqual([role])
  })

  it('returns to the page the learner first opened', async () => {
    const { wrapper, router } = await mountWith(WelcomePage, {}, '/welcome?next=/modules/mua-sam')
    await wrapper.findAll('input[name=role]')[0]!.setValue(true)
    await wrapper.find('#pp-search').setValue('hue')
    await wrapper.find('input[name=province][value=hue]').setValue(true)
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/modules/mua-sam'), { timeout: 15_000 })
  })
})

describe("first run: a teacher's class on the welcome", () => {
  /** Ticks Giáo viên alone and waits for the class form (an async component) to be drawn. */
  async function teacherOnly(path = '/welcome') {
    const mounted = await mountWith(WelcomePage, {}, path)
    await mounted.wrapper.findAll('input[name=role]')[1]!.setValue(true)
    await vi.waitFor(() => expect(mounted.wrapper.find('#c-name').exists()).toBe(true))
    return mounted
  }

  it('Giáo viên alone: the class form under the roles; "Tạo lớp" saves the profile and the class, then opens the class', async () => {
    const { wrapper, router, pinia } = await teacherOnly()
    expect(wrapper.text()).toContain('Thầy cô tạo lớp ngay tại đây, tỉnh/thành có thể chọn sau trong Cài đặt.')
    expect(wrapper.text()).not.toMatch(/\bem\b/i)
    // No form inside another: the roles sit outside both.
    expect(wrapper.findAll('form form')).toHaveLength(0)
    expect(wrapper.find('form input[name=role]').exists()).toBe(false)
    // An empty class name: refused, nothing saved (the profile neither).
    await wrapper.find('[data-testid=welcome-class] form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role=alert]').text()).toContain('Hãy điền đủ tên lớp')
    expect(document.activeElement?.id).toBe('c-name')
    expect((await loadSettings()).profile).toBeUndefined()

    await wrapper.find('#display-name').setValue('Cô Lan')
    await wrapper.find('#c-name').setValue('8A2')
    await wrapper.find('#c-school').setValue('Trường THCS Thử Nghiệm')
    await wrapper.find('[data-testid=welcome-class] form').trigger('submit')
    // Said once both are in IndexedDB: the profile (no province asked) and the class.
    const ui = useUiStore(pinia)
    await vi.waitFor(() => expect(ui.toasts.map((x) => x.text)).toContain('Đã tạo lớp 8A2.'))
    const saved = await loadSettings()
    expect(saved.profile).toMatchObject({ roles: ['teacher'], displayName: 'Cô Lan' })
    // No province chosen is saved as none, not the default one: the invite carries none, each student is asked.
    expect(saved.prefs.locality).toBe('')
    const classes = await listClasses()
    expect(classes).toMatchObject([{ className: '8A2', school: 'Trường THCS Thử Nghiệm', grade: 8 }])
    const invite = await decodeClassInvite(await useClassroomStore(pinia).invite(classes[0]!))
    expect(invite.ok && invite.invite.province).toBeUndefined()
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe(`/teacher/class/${classes[0]!.id}`), {
      timeout: 15_000,
    })
  })

  it('a province chosen before is saved with the class', async () => {
    const { wrapper } = await mountWith(WelcomePage, {}, '/welcome')
    await wrapper.find('#pp-search').setValue('hue')
    await wrapper.find('input[name=province][value=hue]').setValue(true)
    await wrapper.findAll('input[name=role]')[1]!.setValue(true)
    await vi.waitFor(() => expect(wrapper.find('#c-name').exists()).toBe(true))
    await wrapper.find('#c-name').setValue('6A1')
    await wrapper.find('#c-school').setValue('Trường THCS Thử Nghiệm')
    await wrapper.find('[data-testid=welcome-class] form').trigger('submit')
    await vi.waitFor(async () => expect(await listClasses()).toHaveLength(1))
    expect((await loadSettings()).prefs.locality).toBe('hue')
    const invite = await decodeClassInvite(await useClassroomStore().invite((await listClasses())[0]!))
    expect(invite.ok && invite.invite.province).toBe('hue')
  })

  it('when the profile cannot be saved, no class is made and the error is said', async () => {
    const { wrapper, router, pinia } = await teacherOnly()
    const settings = useSettingsStore(pinia)
    vi.mocked(settings.chooseRole).mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'))
    await wrapper.find('#c-name').setValue('6A1')
    await wrapper.find('#c-school').setValue('Trường THCS Thử Nghiệm')
    await wrapper.find('[data-testid=welcome-class] form').trigger('submit')
    const ui = useUiStore(pinia)
    await vi.waitFor(() => expect(ui.toasts.some((x) => x.tone === 'error')).toBe(true))
    expect(ui.toasts.map((x) => x.text)).not.toContain('Đã tạo lớp 6A1.')
    expect(await listClasses()).toEqual([])
    expect(router.currentRoute.value.path).toBe('/welcome')
  })

  it("a school's invite ticks Giáo viên but keeps its own way in: no class form", async () => {
    const hash = await encodeSchoolInvite({
      schoolId: newId(),
      schoolKey: newKey(),
      schoolName: 'Trường THCS Nguyễn Du',
      upperLevel: 'Phòng Văn hóa – Xã hội xã Hòa Bình',
    })
    const { wrapper } = await mountWith(WelcomePage, {}, `/welcome?next=${encodeURIComponent(`/join#${hash}`)}`)
    await vi.waitFor(() => expect(wrapper.find('[data-testid=welcome-invite]').exists()).toBe(true))
    expect((wrapper.findAll('input[name=role]')[1]!.element as HTMLInputElement).checked).toBe(true)
    await flushPromises()
    expect(wrapper.find('#c-name').exists()).toBe(false)
    expect(wrapper.find('[data-testid=welcome-start] button[type=submit]').classes()).toContain('btn--primary')
  })

  it('another role ticked too: no class form, "Bắt đầu" as before', async () => {
    const { wrapper } = await teacherOnly()
    await wrapper.findAll('input[name=role]')[2]!.setValue(true)
    await flushPromises()
    expect(wrapper.find('#c-name').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('Thầy cô tạo lớp ngay tại đây')
    expect(wrapper.find('[data-testid=welcome-start] button[type=submit]').classes()).toContain('btn--primary')
    await wrapper.findAll('input[name=role]')[2]!.setValue(false)
    await vi.waitFor(() => expect(wrapper.find('#c-name').exists()).toBe(true))
    // Giáo viên alone again: "Bắt đầu" stays, the way on without a class, no longer the pinned primary.
    expect(wrapper.find('[data-testid=welcome-start] button[type=submit]').classes()).toContain('btn--secondary')
  })
})

describe('settings', () => {
  it('shows saved values and saves role, name, text size, locality and language together', async () => {
    await saveSettings({ roles: ['student'], displayName: 'Minh', createdAt: 1 }, { ...DEFAULT_PREFS })
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
    expect(saved.profile).toMatchObject({ roles: ['student', 'teacher'], displayName: 'Minh Anh', createdAt: 1 })
    expect(saved.prefs).toMatchObject({ textSize: 'large', locality: 'ha-noi', locale: 'vi' })
    expect(useUiStore(pinia).toasts.map((t) => t.text)).toContain('Đã lưu cài đặt.')
  })

  it('lists all 34 provinces and cities for the locality', async () => {
    const { wrapper } = await mountWith(SettingsPage)
    expect(wrapper.findAll('#settings-locality option')).toHaveLength(34)
  })

  it("a province left for later (a teacher's first visit) is said so, and can be chosen here", async () => {
    await saveSettings({ roles: ['teacher'], displayName: '', createdAt: 1 }, { ...DEFAULT_PREFS, locality: '' })
    const pinia = testingPinia()
    await useSettingsStore(pinia).load()
    const { wrapper: page } = await mountWith(SettingsPage, {}, '/settings', pinia)
    const select = page.find('#settings-locality')
    expect((select.element as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(
      'Chưa chọn — hãy chọn tỉnh, thành phố',
    )
    expect(page.findAll('#settings-locality option:not([disabled])')).toHaveLength(34)
    await select.setValue('hue')
    await page.find('form').trigger('submit')
    await flushPromises()
    expect((await loadSettings()).prefs.locality).toBe('hue')
    expect(page.findAll('#settings-locality option')).toHaveLength(34)
  })

  it('switches roles without deleting data, and refuses to keep none', async () => {
    await saveSettings({ roles: ['teacher'], displayName: 'Cô Lan', createdAt: 1 }, { ...DEFAULT_PREFS })
    const pinia = testingPinia()
    const cls = await useClassroomStore(pinia).createClass({
      className: '6A1',
      school: 'Trường THCS Thử Nghiệm',
      schoolYear: '2026-2027',
      grade: 6,
    })
    const settings = useSettingsStore(pinia)
    await settings.load()
    expect(settings.hub).toBe('/teacher')
    const { wrapper: page } = await mountWith(SettingsPage, {}, '/settings', pinia)
    const boxes = page.findAll('input[name=role]')
    expect(boxes.map((b) => (b.element as HTMLInputElement).checked)).toEqual([false, true, false, false, false])
    // None kept: a clear message, nothing saved.
    await boxes[1]!.setValue(false)
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(page.text()).toContain('Hãy giữ ít nhất một vai trò.')
    expect((await loadSettings()).profile?.roles).toEqual(['teacher'])
    // Outreach instead: the profile changes, the teacher's class stays.
    await boxes[4]!.setValue(true)
    await page.find('form').trigger('submit')
    await flushPromises()
    expect((await loadSettings()).profile?.roles).toEqual(['outreach'])
    expect(settings.hub).toBe('/outreach')
    expect(settings.hasRole('teacher')).toBe(false)
    expect((await listClasses()).map((c) => c.id)).toEqual([cls.id])
  })
})
