// The profile (role, name), preferences (text size, province, language), the family phone's learners and the
// state of on-device storage. Loaded once at start-up. Every feature reads the profile here, below the features;
// the settings feature is its editor, not its owner.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DEFAULT_PREFS, FIRST_LEARNER } from '@/db/defaults'
import { toStorageError, type StorageErrorKind } from '@/db/errors'
import type { Learner, Preferences, Profile, Role } from '@/domain/records'
import { cleanRoles, isAdult } from '@/domain/roles'

// The repositories (and idb) load on the first read or save: a newcomer's welcome is drawn and hydrated without
// the database layer on the first paint (issue 25). A returning user's shell.html preloads them with Home.
const settingsRepo = () => import('@/db/settingsRepo')
const learnersRepoModule = () => import('@/db/learnersRepo')

export type PersistState = 'persisted' | 'not-persisted' | 'unsupported'

/**
 * A hint kept in localStorage while a profile exists, so the first screen knows without opening IndexedDB
 * that this is not a first visit (src/app/firstVisit.ts, and the inline script of index.html that hides the
 * welcome snapshot from a returning user). IndexedDB stays the source of truth: load() rewrites the hint.
 */
export const ONBOARDED_KEY = 'kns-onboarded'

function rememberOnboarded(on: boolean): void {
  try {
    if (on) localStorage.setItem(ONBOARDED_KEY, '1')
    else localStorage.removeItem(ONBOARDED_KEY)
  } catch {
    /* no localStorage (private mode, storage off): IndexedDB alone decides, at the cost of opening it */
  }
}

/** Each role's hub: where the person lands, with its one next step on the first screen. */
export const HUBS: Record<Role, string> = {
  student: '/',
  teacher: '/teacher',
  schoolOfficer: '/school',
  unitOfficer: '/unit',
  outreach: '/outreach',
}

export const useSettingsStore = defineStore('settings', () => {
  const profile = ref<Profile>()
  const prefs = ref<Preferences>({ ...DEFAULT_PREFS })
  const loaded = ref(false)
  /** Set when the database cannot be opened: the app runs read-only. */
  const storageProblem = ref<StorageErrorKind>()
  const persist = ref<PersistState>('unsupported')
  /** The family phone's learners (empty until a second one is added) and the one using the app now. */
  const learners = ref<Learner[]>([])
  const activeLearner = ref(FIRST_LEARNER)

  /** Every role held, the first chosen first. */
  const roles = computed<Role[]>(() => profile.value?.roles ?? [])
  /** The first role chosen: its hub is where the app opens. */
  const role = computed<Role | undefined>(() => roles.value[0])
  const hasRole = (r: Role): boolean => roles.value.includes(r)
  /** "thầy cô"/"bạn" for anyone holding an adult role; "em" for a student only. */
  const adult = computed(() => isAdult(roles.value))
  /** Where the app opens for this person: the first role's hub (a student's is Home). */
  const hub = computed(() => (role.value ? HUBS[role.value] : '/'))
  const hasProfile = computed(() => profile.value !== undefined)

  async function load(): Promise<void> {
    try {
      // Which learner's database: read first, so every repository opens the right one.
      const [learnersRepo, { loadSettings }] = await Promise.all([learnersRepoModule(), settingsRepo()])
      const l = await learnersRepo.loadLearners()
      learners.value = l.learners
      activeLearner.value = l.active
      await learnersRepo.selectLearner(l.active)
      const s = await loadSettings()
      profile.value = s.profile
      prefs.value = s.prefs
      storageProblem.value = undefined
      rememberOnboarded(s.profile !== undefined)
    } catch (e) {
      storageProblem.value = toStorageError(e).kind
    } finally {
      loaded.value = true
    }
  }

  /**
   * A first visit (no database of the app exists yet): the defaults, without opening IndexedDB to read them;
   * the database is created by the first save.
   */
  function assumeNewcomer(): void {
    loaded.value = true
  }

  /** Saves, then updates the state: the UI only says "saved" once IndexedDB has committed. */
  async function save(next: { profile?: Profile; prefs?: Preferences }): Promise<void> {
    const p = next.profile ?? profile.value
    const pr = next.prefs ?? prefs.value
    if (storageProblem.value === undefined) await (await settingsRepo()).saveSettings(p, pr)
    profile.value = p
    prefs.value = pr
    if (storageProblem.value === undefined) rememberOnboarded(p !== undefined)
  }

  /**
   * First run: the roles, name and (when asked) the province, saved in one write. An empty province is saved as
   * "not chosen yet" (a teacher's first visit may leave it for Settings): the class invites then carry none and
   * each student is asked their own, rather than being given the default province.
   */
  async function chooseRole(r: Role | readonly Role[], displayName: string, locality?: string): Promise<void> {
    const list = cleanRoles(typeof r === 'string' ? [r] : r)
    if (!list.length) throw new Error('chooseRole: no role')
    await save({
      profile: {
        roles: list,
        displayName: displayName.trim(),
        createdAt: profile.value?.createdAt ?? Date.now(),
      },
      prefs: locality !== undefined ? { ...prefs.value, locality } : undefined,
    })
  }

  /** Settings: another set of roles (never empty). Only the profile changes: no class, school or session is touched. */
  async function setRoles(next: readonly Role[], displayName = profile.value?.displayName ?? ''): Promise<void> {
    const list = cleanRoles(next)
    if (!list.length || !profile.value) return
    await save({ profile: { ...profile.value, roles: list, displayName: displayName.trim() } })
  }

  /** The list as shown: once a second learner exists, the first is listed too (by their name). */
  function fullList(): Learner[] {
    if (learners.value.length) return learners.value
    return [
      {
        id: FIRST_LEARNER,
        name: profile.value?.displayName ?? '',
        createdAt: profile.value?.createdAt ?? Date.now(),
      },
    ]
  }

  /** Adds a learner and makes them active; the page then reloads into their empty database (first run). */
  async function addLearner(
    name: string,
    id = `l${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
  ): Promise<void> {
    const list = [...fullList(), { id, name: name.trim(), createdAt: Date.now() }]
    await (await learnersRepoModule()).saveLearners(list, id)
    learners.value = list
    activeLearner.value = id
  }

  /** Makes another learner active; the page then reloads so every store reads their database. */
  async function switchLearner(id: string): Promise<void> {
    const list = fullList()
    if (!list.some((l) => l.id === id)) return
    await (await learnersRepoModule()).saveLearners(list, id)
    activeLearner.value = id
  }

  /** Erases the active learner's data; another learner's entry goes too and the first becomes active. */
  async function eraseActiveLearner(): Promise<void> {
    const id = activeLearner.value
    const learnersRepo = await learnersRepoModule()
    await learnersRepo.eraseLearner(id)
    if (id !== FIRST_LEARNER) {
      const list = learners.value.filter((l) => l.id !== id)
      await learnersRepo.saveLearners(list, FIRST_LEARNER)
      learners.value = list
      activeLearner.value = FIRST_LEARNER
    }
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

  /** Another store saved new preferences in its own transaction (a locality pack picks its province). */
  function adoptPrefs(next: Preferences): void {
    prefs.value = next
  }

  return {
    adoptPrefs,
    profile,
    prefs,
    loaded,
    storageProblem,
    persist,
    role,
    roles,
    hasRole,
    adult,
    hub,
    hasProfile,
    learners,
    activeLearner,
    load,
    assumeNewcomer,
    save,
    chooseRole,
    setRoles,
    refreshPersist,
    addLearner,
    switchLearner,
    eraseActiveLearner,
  }
})
