// Is this a first visit? Decided without opening IndexedDB: opening it creates the whole schema (~20 stores, a
// 110 ms task on a slow phone) that a newcomer's welcome screen does not need.
import { DB_NAME } from '@/db/schema'
import { ONBOARDED_KEY } from '@/stores/settings'

/**
 * true: no database of the app exists on this device (nothing to read: the defaults apply); false: a profile
 * was saved here (the hint settings.ts keeps in localStorage); undefined: cannot tell cheaply (no
 * `indexedDB.databases()`, e.g. Firefox before 126) — then the settings are read from IndexedDB as before.
 */
export async function isFirstVisit(): Promise<boolean | undefined> {
  try {
    if (localStorage.getItem(ONBOARDED_KEY)) return false
  } catch {
    /* no localStorage: ask IndexedDB */
  }
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return undefined
  try {
    const dbs = await indexedDB.databases()
    return !dbs.some((d) => d.name === DB_NAME || d.name?.startsWith(`${DB_NAME}--`))
  } catch {
    return undefined
  }
}
