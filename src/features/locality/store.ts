// The active locality pack for module 5: a pack the school loaded for the chosen province, else the
// shipped pack for it, else none. Loading a new pack validates it first; a bad one changes nothing.
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import shipped from 'virtual:content/localities'
import { PROVINCES } from '@/content/provinces'
import { loadLocalityPack, removeLocalityPack, saveLocalityPack } from '@/db/settingsRepo'
import type { StoredLocalityPack } from '@/domain/records'
import { useSettingsStore } from '@/stores/settings'
import { parsePack, type Channel, type LocalityPack, type PackResult } from '@/content/locality'
import { DEFAULT_PACK_ID, NATIONAL_CHANNEL_IDS } from '@/content/national'

export const useLocalityStore = defineStore('locality', () => {
  const settings = useSettingsStore()
  const stored = shallowRef<StoredLocalityPack>()
  const custom = computed(() => {
    const r = stored.value ? parsePack(stored.value.pack) : undefined
    return r?.ok ? r.pack : undefined
  })
  const province = computed(() => PROVINCES.find((p) => p.id === settings.prefs.locality))
  const active = computed<LocalityPack | undefined>(() =>
    custom.value?.id === settings.prefs.locality ? custom.value : shipped.find((p) => p.id === settings.prefs.locality),
  )
  /** The national channels, from the default pack: shown for every province. */
  const national = computed<Channel[]>(() => {
    const base = shipped.find((p) => p.id === DEFAULT_PACK_ID)
    return NATIONAL_CHANNEL_IDS.flatMap((id): Channel[] => base?.channels.filter((c: Channel) => c.id === id) ?? [])
  })
  /** The active pack's own channels, without the national ones shown above them. */
  const local = computed<Channel[]>(
    () => active.value?.channels.filter((c) => !(NATIONAL_CHANNEL_IDS as readonly string[]).includes(c.id)) ?? [],
  )
  const isCustom = computed(() => active.value !== undefined && active.value === custom.value)

  // Bumped by every change, so that a read started before it never overwrites what it changed.
  let revision = 0
  async function load(): Promise<void> {
    const at = ++revision
    try {
      const pack = await loadLocalityPack()
      if (at === revision) stored.value = pack
    } catch {
      if (at === revision) stored.value = undefined
    }
  }
  let first: Promise<void> | undefined
  /** The saved pack, read once: module 5 content may be the first page opened (a shared link, a reload). */
  function ready(): Promise<void> {
    first ??= load()
    return first
  }
  void ready()

  /** Checks a pack from a file or a link; returns the problem in Vietnamese, or the pack. */
  function check(data: unknown): PackResult {
    const r = parsePack(data)
    if (r.ok && !PROVINCES.some((p) => p.id === r.pack.id)) {
      return {
        ok: false,
        message: `Mã tỉnh "${r.pack.id}" không có trong danh sách 34 tỉnh, thành phố. Gói cũ vẫn được giữ nguyên.`,
      }
    }
    return r
  }

  async function use(pack: LocalityPack, source: string): Promise<void> {
    const next: StoredLocalityPack = {
      pack: JSON.parse(JSON.stringify(pack)) as unknown,
      source,
      loadedAt: Date.now(),
    }
    const prefs = { ...settings.prefs, locality: pack.id }
    await saveLocalityPack(next, prefs)
    revision++
    stored.value = next
    settings.adoptPrefs(prefs)
  }

  async function reset(): Promise<void> {
    await removeLocalityPack()
    revision++
    stored.value = undefined
  }

  return { stored, custom, active, isCustom, province, national, local, load, ready, check, use, reset }
})
