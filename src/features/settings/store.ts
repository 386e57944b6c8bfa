// Profile, preferences and the state of on-device storage. Loaded once at start-up.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DEFAULT_PREFS, loadSettings, saveSettings } from '@/db/settingsRepo'
import { toStorageError, type StorageErrorKind } from '@/db/index'
import type { Preferences, Profile, Role } from '@/domain/records'

export type PersistState = 'persisted' | 'not-persisted' | 'unsupported'

export const useSettingsStore = defineStore('settings', () => {
  const profile = ref<Profile>()
  const prefs = ref<Preferences>({ ...DEFAULT_PREFS })
  const loaded = ref(false)
  /** Set when the database cannot be opened: the app runs read-only. */
  const storageProblem = ref<StorageErrorKind>()
  const persist = ref<PersistState>('unsupported')

  const role = computed<Role | undefined>(() => profile.value?.role)
  const hasProfile = computed(() => profile.value !== undefined)

  async function load(): Promise<void> {
    try {
      const s = await loadSettings()
      profile.value = s.profile
      prefs.value = s.prefs
      storageProblem.value = undefined
    } catch (e) {
      storageProblem.value = toStorageError(e).kind
    } finally {
      loaded.value = true
    }
  }

  /** Saves, then updates the state: the UI only says "saved" once IndexedDB has committed. */
  async function save(next: { profile?: Profile; prefs?: Preferences }): Promise<void> {
    const p = next.profile ?? profile.value
    const pr = next.prefs ?? prefs.value
    if (storageProblem.value === undefined) await saveSettings(p, pr)
    profile.value = p
    prefs.value = pr
  }

  /** First run: role, name and (when asked) the province, saved in one write. */
  async function chooseRole(r: Role, displayName: string, locality?: string): Promise<void> {
    await save({
      profile: { role: r, displayName: displayName.trim(), createdAt: profile.value?.createdAt ?? Date.now() },
      prefs: locality ? { ...prefs.value, locality } : undefined,
    })
  }

  async function refreshPersist(request = false): Promise<void> {
    const storage = navigator.storage
    if (!storage?.persisted) {
      persist.value = 'unsupported'
      return
    }
    let ok = await storage.persisted()
    if (!ok && request && storage.persist) ok = await storage.persist()
    persist.value = ok ? 'persisted' : 'not-persisted'
  }

  return { profile, prefs, loaded, storageProblem, persist, role, hasProfile, load, save, chooseRole, refreshPersist }
})
