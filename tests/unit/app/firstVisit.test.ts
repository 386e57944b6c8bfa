// Issue 25: a newcomer's first screen is drawn without opening IndexedDB. "First visit" is decided from a hint
// in localStorage and the list of databases; IndexedDB stays the source of truth (load() rewrites the hint).
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { isFirstVisit } from '@/app/firstVisit'
import { ONBOARDED_KEY, useSettingsStore } from '@/stores/settings'

const names = async (): Promise<string[]> => (await indexedDB.databases()).map((d) => d.name ?? '')

describe('isFirstVisit', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('a newcomer: true, and asking creates no database; the first save creates it and sets the hint', async () => {
    expect(await isFirstVisit()).toBe(true)
    expect(await names()).toEqual([])
    const settings = useSettingsStore()
    settings.assumeNewcomer()
    expect(settings.loaded).toBe(true)
    expect(settings.hasProfile).toBe(false)
    expect(await names()).toEqual([])
    await settings.chooseRole('student', 'Minh', 'dong-nai')
    expect(await names()).toContain('ky-nang-so')
    expect(localStorage.getItem(ONBOARDED_KEY)).toBe('1')
    expect(await isFirstVisit()).toBe(false)
  })

  it('a database without the hint (saved before it existed): not a first visit, and load() writes the hint', async () => {
    await useSettingsStore().chooseRole('teacher', 'Cô Lan', 'ha-noi')
    localStorage.clear()
    expect(await isFirstVisit()).toBe(false)
    setActivePinia(createPinia())
    const settings = useSettingsStore()
    await settings.load()
    expect(settings.hasProfile).toBe(true)
    expect(localStorage.getItem(ONBOARDED_KEY)).toBe('1')
  })

  it('a stale hint with no profile behind it is removed by load()', async () => {
    localStorage.setItem(ONBOARDED_KEY, '1')
    const settings = useSettingsStore()
    await settings.load()
    expect(settings.hasProfile).toBe(false)
    expect(localStorage.getItem(ONBOARDED_KEY)).toBeNull()
  })

  it('cannot tell without indexedDB.databases() (older engines): undefined, so the settings are read', async () => {
    const original = indexedDB.databases
    try {
      Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true })
      expect(await isFirstVisit()).toBeUndefined()
    } finally {
      Object.defineProperty(indexedDB, 'databases', { value: original, configurable: true })
    }
  })
})
