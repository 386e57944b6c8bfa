// Module 5's practice is built from a locality pack that anyone can write: its text is never lesson markup
// (no link can be planted in it), and the school's saved pack is used even when the practice is the first
// page opened, from a shared link or a reload (issue #15, defects 6 and 7).
import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { setActivePinia } from 'pinia'
import { mountWith, testingPinia } from './mount'
import LocalityPractice from '@/features/practice/types/locality/LocalityPractice.vue'
import { packTemplate } from '@/content/localityTemplate'
import { saveLocalityPack } from '@/db/settingsRepo'
import { loadSettings } from '@/db/settingsRepo'
import { useSettingsStore } from '@/stores/settings'
import { useLocalityStore } from '@/features/locality/store'
import type { Practice } from '@/content/schema'

const practice = {
  id: 'dia-phuong',
  type: 'custom',
  component: 'locality-practice',
  title: 'Việc nào tìm đến đâu',
  intro: 'Giới thiệu',
  minutes: 3,
} as unknown as Extract<Practice, { type: 'custom' }>

async function savedPack(province: string) {
  const pack = { ...packTemplate('ha-noi', province, '2026-11-27') }
  const prefs = { ...(await loadSettings()).prefs, locality: 'ha-noi' }
  await saveLocalityPack({ pack, source: 'Đường link', loadedAt: 1 }, prefs)
  return pack
}

describe('the locality practice', () => {
  it('uses the school’s saved pack when it is the first page opened', async () => {
    const pack = await savedPack('Hà Nội')
    const pinia = testingPinia()
    setActivePinia(pinia)
    await useSettingsStore().load()
    const { wrapper } = await mountWith(LocalityPractice, { props: { practice } }, '/', pinia)
    await flushPromises()
    expect(wrapper.text()).toContain(pack.needs[0]!.need)
  })

  it('shows pack text as plain text: a markdown link in it is not a link', async () => {
    const pack = await savedPack('[Nhận quà tại đây](https://lua-dao.example/qua)')
    const pinia = testingPinia()
    setActivePinia(pinia)
    await useSettingsStore().load()
    await useLocalityStore().load()
    const { wrapper } = await mountWith(LocalityPractice, { props: { practice } }, '/', pinia)
    await flushPromises()
    for (const n of pack.needs) {
      const group = pack.groups.find((g) => g.id === n.group)!
      const item = wrapper.findAll('fieldset').find((f) => f.find('legend').text() === n.need)!
      await item
        .findAll('label')
        .find((l) => l.text() === group.label)!
        .find('input')
        .setValue(true)
    }
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Kiểm tra')!
      .trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('[Nhận quà tại đây](https://lua-dao.example/qua)')
    expect(wrapper.findAll('a').filter((a) => (a.attributes('href') ?? '').includes('lua-dao'))).toHaveLength(0)
  })
})
