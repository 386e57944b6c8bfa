// The community team's sessions and outcome list. Every action writes to IndexedDB first and changes the
// state only once the transaction has committed, so the screen never shows a count that is not saved.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { loadFeatureMessages, translate, featureStrings } from '@/i18n'
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
import type { ImportChannel, ImportLine, SentCode } from '@/exchange/channels'

export type { SentCode }
import type { TeamInvite } from '@/exchange/codec'
import { newId as newCodeId } from '@/exchange/codec/bytes'
import { normalizeName } from '@/domain/text'
import * as chain from '@/db/chainRepo'
import { chainLevel, keyOf, keysOf } from '@/stores/chainLevel'
import type { OutreachSummary, OutreachTeam, TeamMembership } from '@/domain/records'
import { outcomeLabel } from '@/domain/outreach/outcomes'
import { outreachFigures, outreachMonthTotals } from '@/report/outreach'
import { teamMonth } from '@/report/team'
import { useUnitStore } from '@/features/unit/store'
import { showMonth } from '@/domain/format'
import { fillTemplate } from '@/domain/template'

export interface OutreachImportLine extends ImportLine {
  /** Where the verified summary shows: the team's page (a member's) or the unit's report (a team's). */
  teamId?: string
  unitId?: string
  /** For a team or unit this browser does not have: the link opened outside the app that holds it. */
  elsewhere?: boolean
}

// The codec, the import channels and the codec's Vietnamese lines load in the actions that read or make a code: the
// outreach pages that count and show carry none of them.
const codec = () => import('@/exchange/codec')
const channels = () => import('@/exchange/channels')
const importSteps = () => Promise.all([channels(), codec(), import('@/i18n/vi-codec')])

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
  const openSession = computed(
    () => sessions.value.filter((s) => s.endedAt === undefined).sort((a, b) => b.startedAt - a.startedAt)[0],
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
    return replaceOutcome(
      await saveOutcome({ ...old, label: label.trim().replace(/\s+/g, ' '), updatedAt: Date.now() }),
    )
  }

  async function setHidden(id: string, hidden: boolean): Promise<OutreachOutcome | undefined> {
    const old = outcomes.value.find((o) => o.id === id)
    if (!old) return undefined
    return replaceOutcome(await saveOutcome({ ...old, hidden, updatedAt: Date.now() }))
  }

  // ---- The team: a leader's teams and the summaries their members send; a member's teams and what they send.
  const teams = ref<OutreachTeam[]>([])
  const teamMemberships = ref<TeamMembership[]>([])
  const memberSummaries = ref<Record<string, OutreachSummary[]>>({})

  async function loadTeams(): Promise<void> {
    ;[teams.value, teamMemberships.value] = await Promise.all([chain.listTeams(), chain.listTeamMemberships()])
  }
  async function loadMemberSummaries(teamId: string): Promise<void> {
    memberSummaries.value = { ...memberSummaries.value, [teamId]: await chain.listOutreachSummaries(teamId) }
  }

  /** "Đặt lại" of one member's month at the leader (a row frozen by a forged sequence); the month is read again. */
  async function resetMember(teamId: string, memberId: string, month: string): Promise<void> {
    await chain.resetOutreachSummary(teamId, memberId, month)
    await loadMemberSummaries(teamId)
  }

  const teamLevel = chainLevel<OutreachTeam, TeamMembership>({
    names: ['name', 'commune'],
    holders: () => teams.value,
    save: chain.saveTeam,
    encodeInvite: async (team, teamKey) =>
      (await codec()).encodeTeamInvite({ teamId: team.id, teamKey, teamName: team.name, commune: team.commune }),
    saveMembership: chain.saveTeamMembership,
    reload: loadTeams,
  })

  async function joinTeam(inv: TeamInvite, memberName: string): Promise<TeamMembership> {
    const name = normalizeName(memberName)
    if (!name) throw new RangeError('member name is required')
    const fields = { teamId: inv.teamId, name: inv.teamName, commune: inv.commune, memberId: newCodeId() }
    return teamLevel.join(inv.teamKey, { ...fields, memberName: name })
  }

  /** This phone's month as a signed summary for the team leader; the sequence is raised (and saved) first. */
  async function sendMemberSummary(teamId: string, month: string, origin = location.origin): Promise<SentCode> {
    await load()
    const m = teamMemberships.value.find((x) => x.teamId === teamId)
    if (!m) throw new Error('not a member of this team')
    const figures = outreachFigures(outreachMonthTotals(sessions.value, month), (id) =>
      outcomeLabel(outcomes.value, id),
    )
    const seq = await chain.nextTeamSeq(teamId)
    await loadTeams()
    const [{ encodeOutreachSummary }, { docLink }] = await Promise.all([codec(), channels()])
    const code = await encodeOutreachSummary(
      {
        toId: teamId,
        from: 'member',
        fromId: m.memberId,
        fromName: m.memberName,
        commune: m.commune,
        month,
        members: 1,
        figures,
        issuedAt: Date.now(),
        seq,
      },
      keyOf(m.keyB64),
    )
    return { code, link: docLink('outreachSummary', origin.replace(/\/+$/, ''), code) }
  }

  /** The team's month (members' newest summaries added up), sent to the unit the leader joined. */
  async function sendTeamUp(
    team: OutreachTeam,
    unitId: string,
    month: string,
    origin = location.origin,
  ): Promise<SentCode> {
    await loadMemberSummaries(team.id)
    const m = teamMonth(memberSummaries.value[team.id] ?? [], month)
    return useUnitStore().sendTeamSummary(unitId, team, month, m.members.length, m.total, origin)
  }

  /** Outreach summaries: a member's to one of this phone's teams, or a team's to one of this phone's units. */
  function outreachChannel(
    [{ isChange }, { decodeOutreachSummary }, { refusedLine }]: Awaited<ReturnType<typeof importSteps>>,
    teamKeys: Record<string, Uint8Array>,
    unitKeys: Record<string, Uint8Array>,
  ): ImportChannel<OutreachSummary, chain.ChainOutcome> & {
    describe(s: OutreachSummary, o: chain.ChainOutcome): OutreachImportLine
  } {
    const words = featureStrings().team.import
    return {
      kind: 'outreachSummary',
      decode: async (code) => {
        const d = await decodeOutreachSummary(code, { ...unitKeys, ...teamKeys })
        if (!d.ok) return d
        // A member signs for a team, a team for a unit; anything else is not what the key was given for.
        const fits = Object.hasOwn(d.summary.from === 'member' ? teamKeys : unitKeys, d.summary.toId)
        return fits
          ? { ok: true, item: d.summary }
          : { ok: false, error: { kind: 'bad-data', doc: 'outreachSummary', problem: 'bad-data' } }
      },
      store: (items) => chain.storeOutreachSummaries(items),
      describe: (s, o) => ({
        ok: true,
        changed: isChange(o),
        text: fillTemplate(words[o], { name: s.fromName, month: showMonth(s.month) }),
        ...(s.from === 'member' ? { teamId: s.toId } : { unitId: s.toId }),
      }),
      refuse: refusedLine,
    }
  }

  async function importSummaries(codes: readonly string[]): Promise<OutreachImportLine[]> {
    await loadTeams()
    const teamKeys = keysOf(teams.value)
    const [unitKeys, steps] = await Promise.all([useUnitStore().keys(), importSteps()])
    const lines = await steps[0].runImport(outreachChannel(steps, teamKeys, unitKeys), codes)
    for (const id of new Set(lines.flatMap((l) => ('teamId' in l && l.teamId ? [l.teamId] : []))))
      await loadMemberSummaries(id)
    return lines
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
    teams,
    teamMemberships,
    memberSummaries,
    loadTeams,
    loadMemberSummaries,
    createTeam: teamLevel.create,
    teamInvite: teamLevel.invite,
    joinTeam,
    sendMemberSummary,
    sendTeamUp,
    resetMember,
    /** The team's members (a list or how many), kept in the team's record: the leader's "x/y thành viên". */
    setTeamExpected: teamLevel.setExpected,
    importSummaries,
  }
})
