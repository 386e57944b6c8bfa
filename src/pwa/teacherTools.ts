// An adult's tools offline: the spreadsheet reader and writer and the QR reader's fallbacks are not in the
// precache (a student's phone would fetch them for nothing), so a teacher's, officer's or team member's phone
// fetches them once while online into the cache the service worker serves them from (vite.config.ts
// runtimeCaching 'kns-teacher-tools'). A school with bad Wi-Fi then still exports and scans offline.

/** The cache the service worker's CacheFirst route for /assets/teacher/ reads (vite.config.ts). */
export const TEACHER_CACHE = 'kns-teacher-tools'
/** Written by the build: the teacher-only files of this version. */
const LIST = '/teacher-tools.json'

/** Fetches the teacher-only files not yet cached. Offline, or without the Cache API, it does nothing. */
export async function keepTeacherToolsOffline(): Promise<number> {
  if (!('caches' in window) || !navigator.onLine) return 0
  try {
    const res = await fetch(LIST, { cache: 'no-cache' })
    if (!res.ok) return 0
    const files = (await res.json()) as unknown
    if (!Array.isArray(files)) return 0
    const cache = await caches.open(TEACHER_CACHE)
    const wanted = files.filter((f): f is string => typeof f === 'string' && f.startsWith('/assets/teacher/'))
    const missing: string[] = []
    for (const f of wanted) if (!(await cache.match(f))) missing.push(f)
    await cache.addAll(missing)
    return missing.length
  } catch {
    // A dropped link: the next start tries again; the tools still load online on first use.
    return 0
  }
}
