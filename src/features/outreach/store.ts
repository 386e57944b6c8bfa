// The community team's sessions and outcome list. Every action writes to IndexedDB first and changes the
// state only once the transaction has committed, so the screen never shows a count that is not saved.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { loadFeatureMessages, translate } from '@/i18n'
import type { OutreachOutcome, OutreachSession } from '@/domain/records'
import {
  createSession,
  finishSession,
  loadOutreach,
  restoreOutreach,
  saveOutcome,
  seedOutcomes,
  tallySession,
  undoSessionTally,
  type RestoreResult,
} from '@/db/outreachRepo'
import { defaultOutcomes, labelProblem, makeOutcome, sortOutcomes, type LabelProblem } from '@/domain/outreach/outcomes'
import { makeSession, newId, type NewSession } from '@/domain/outreach/tally'
import { makeBackup, parseBackup, type BackupProblem } from '@/exchange/backup/outreach'

export type RestoreOutcome = { ok: true; result: RestoreResult } | { ok: false; problem: BackupProblem }

export const useOutreachStore = defineStore('outreach', () => {
  const sessions = ref<OutreachSession[]>([])
  const outcomes = ref<OutreachOutcome[]>([])
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle')
  // Taps are written one after another, in the order they were made.
  let queue: Promise<unknown> = Promise.resolve()

  const sortedOutcomes = computed(() => sortOutcomes(outcomes.value))
  const visibleOutcomes = computed(() => sortedOutcomes.value.filter((o) => !o.hidden))
  /** The most recently started session that has not ended. */
  const openSession = computed(() =>
    sessions.value.filter((s) => s.endedAt === undefined).sort((a, b) => b.startedAt - a.startedAt)[0],
  )

  function byId(id: string): OutreachSession | undefined {
    return sessions.value.find((s) => s.id === id)
  }

  function replace(next: OutreachSession): OutreachSession {
    sessions.value = sessions.value.some((s) => s.id === next.id)
      ? sessions.value.map((s) => (s.id === next.id ? next : s))
      : [...sessions.value, next]
    return next
  }

  let loading: Promise<void> | undefined

  /** Reads everything once; the default outcomes are written on first use. Safe to call from every page. */
  function load(force = false): Promise<void> {
    if (state.value === 'ready' && !force) return Promise.resolve()
    loading ??= (async () => {
      state.value = 'loading'
      try {
        const data = await loadOutreach()
        // The default outcome names are feature strings: make sure they are loaded before seeding.
        if (!data.outcomes.length) await loadFeatureMessages()
        const list = data.outcomes.length
          ? data.outcomes
          : await seedOutcomes(defaultOutcomes((id) => translate('vi', `outreach.defaultOutcomes.${id}`)))
        sessions.value = data.sessions
        outcomes.value = list
        state.value = 'ready'
      } catch {
        state.value = 'error'
      } finally {
        loading = undefined
      }
    })()
    return loading
  }

  async function start(input: NewSession): Promise<OutreachSession> {
    return replace(await createSession(makeSession(input, newId('s-'), Date.now())))
  }

  function serial<T>(job: () => Promise<T>): Promise<T> {
    const run = queue.then(job)
    queue = run.catch(() => undefined)
    return run
  }

  function tally(id: string, key: string, delta: 1 | -1): Promise<OutreachSession> {
    return serial(async () => replace(await tallySession(id, key, delta)))
  }

  function undo(id: string): Promise<OutreachSession> {
    return serial(async () => replace(await undoSessionTally(id)))
  }

  function end(id: string): Promise<OutreachSession> {
    return serial(async () => replace(await finishSession(id)))
  }

  function replaceOutcome(next: OutreachOutcome): OutreachOutcome {
    outcomes.value = outcomes.value.some((o) => o.id === next.id)
      ? outcomes.value.map((o) => (o.id === next.id ? next : o))
      : [...outcomes.value, next]
    return next
  }

  /** Adds an outcome; returns the problem with the label instead when there is one. */
  async function addOutcome(label: string): Promise<LabelProblem | OutreachOutcome> {
    const problem = labelProblem(label, outcomes.value)
    if (problem) return problem
    return replaceOutcome(await saveOutcome(makeOutcome(label, outcomes.value, newId('o-'), Date.now())))
  }

  async function renameOutcome(id: string, label: string): Promise<LabelProblem | OutreachOutcome> {
    const old = outcomes.value.find((o) => o.id === id)
    if (!old) return 'empty'
    const problem = labelProblem(label, outcomes.value, id)
    if (problem) return problem
    return replaceOutcome(await saveOutcome({ ...old, label: label.trim().replace(/\s+/g, ' '), updatedAt: Date.now() }))
  }

  async function setHidden(id: string, hidden: boolean): Promise<OutreachOutcome | undefined> {
    const old = outcomes.value.find((o) => o.id === id)
    if (!old) return undefined
    return replaceOutcome(await saveOutcome({ ...old, hidden, updatedAt: Date.now() }))
  }

  function backupJson(now = Date.now()): string {
    return JSON.stringify(makeBackup(sessions.value, outcomes.value, now), null, 1)
  }

  /** Validates first: a broken or foreign file changes nothing. */
  async function restore(text: string): Promise<RestoreOutcome> {
    const parsed = parseBackup(text)
    if (!parsed.ok) return parsed
    const result = await restoreOutreach(parsed.backup)
    await load()
    await load(true)
    return { ok: true, result }
  }

  return {
    sessions,
    outcomes,
    state,
    sortedOutcomes,
    visibleOutcomes,
    openSession,
    byId,
    load,
    start,
    tally,
    undo,
    end,
    addOutcome,
    renameOutcome,
    setHidden,
    backupJson,
    restore,
  }
})
