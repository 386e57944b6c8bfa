// The values the app starts from before (or without) reading IndexedDB: no idb code here, so the first screen
// can use them without loading the database layer (src/stores/settings.ts loads the repositories on first use).
import type { Preferences } from '@/domain/records'

export const DEFAULT_PREFS: Preferences = { textSize: 'normal', locality: 'dong-nai', locale: 'vi' }

/** The family phone's first learner: the one whose database is the app's original one. */
export const FIRST_LEARNER = 'main'
