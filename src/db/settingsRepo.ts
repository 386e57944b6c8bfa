// Profile and preferences: the only records the first run writes.
import { getDB, plain, write } from './index'
import type { Preferences, Profile, StoredLocalityPack } from '@/domain/records'
import { readProfile } from '@/domain/roles'
import { DEFAULT_PREFS } from './defaults'

export { DEFAULT_PREFS }

export async function loadSettings(): Promise<{ profile?: Profile; prefs: Preferences }> {
  const db = await getDB()
  const tx = db.transaction('settings')
  const [profile, prefs] = await Promise.all([tx.store.get('profile'), tx.store.get('prefs'), tx.done])
  return {
    // An old profile kept one `role`: it is read as `roles: [role]` (and saved so at the next change).
    profile: readProfile(profile),
    prefs: { ...DEFAULT_PREFS, ...(prefs as Partial<Preferences> | undefined) },
  }
}

/** Saves profile and preferences together: one user action, one transaction. */
export function saveSettings(profile: Profile | undefined, prefs: Preferences): Promise<void> {
  return write(async (db) => {
    const tx = db.transaction('settings', 'readwrite')
    await Promise.all([
      profile ? tx.store.put(plain(profile), 'profile') : undefined,
      tx.store.put(plain(prefs), 'prefs'),
      tx.done,
    ])
  })
}

export async function loadLocalityPack(): Promise<StoredLocalityPack | undefined> {
  const db = await getDB()
  return (await db.get('settings', 'localityPack')) as StoredLocalityPack | undefined
}

/** Saves a (validated) pack and selects its province, in one transaction. */
export function saveLocalityPack(stored: StoredLocalityPack, prefs: Preferences): Promise<void> {
  return write(async (db) => {
    const tx = db.transaction('settings', 'readwrite')
    await Promise.all([
      tx.store.put(structuredClone(stored), 'localityPack'),
      tx.store.put(plain(prefs), 'prefs'),
      tx.done,
    ])
  })
}

export function removeLocalityPack(): Promise<void> {
  return write(async (db) => {
    const tx = db.transaction('settings', 'readwrite')
    await Promise.all([tx.store.delete('localityPack'), tx.done])
  })
}
