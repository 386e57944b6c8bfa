// The reporting unit (the commune's Phòng Văn hóa – Xã hội or the Sở GDĐT). Unit officer's phone: the units made
// here, their invites, and the school and team summaries received (verified with the unit keys, newest seq
// kept per sender and month). School officer's or team leader's phone: the units joined, and the signed
// summaries sent up. Codes are verified here; chainRepo stores the results.
import { featureStrings } from '@/i18n'
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { ImportChannel, ImportLine, SentCode } from '@/exchange/channels'
import type { UnitInvite } from '@/exchange/codec'
import * as repo from '@/db/chainRepo'
import { chainLevel, keyOf, keysOf } from '@/stores/chainLevel'
import type { OutreachFigures, OutreachSummary, ReportingUnit, SchoolSummary, UnitMembership } from '@/domain/records'
import { showMonth } from '@/domain/format'
import { fillTemplate } from '@/domain/template'
import type { ExpectedResult } from '@/domain/expected'

type Outcome = repo.ChainOutcome

export interface UnitImportLine extends ImportLine {
  /** Of a verified summary: the unit whose report shows it. */
  unitId?: string
  month?: string
  /** The summary is for a unit this browser does not have: the link opened outside the officer's app. */
  elsewhere?: boolean
}

export type { SentCode }

// The codec, the import channels and the codec's Vietnamese lines load in the actions that read or make a code: the
// unit page that only shows the report carries none of them.
const codec = () => import('@/exchange/codec')
const channels = () => import('@/exchange/channels')
const importSteps = () => Promise.all([channels(), codec(), import('@/i18n/vi-codec')])
type Steps = Awaited<ReturnType<typeof importSteps>>

export const useUnitStore = defineStore('unit', () => {
  const units = ref<ReportingUnit[]>([])
  const memberships = ref<UnitMembership[]>([])
  /** Received school summaries and team summaries, by unit id (all months). */
  const schoolSummaries = shallowRef<Record<string, SchoolSummary[]>>({})
  const teamSummaries = shallowRef<Record<string, OutreachSummary[]>>({})
  /** The report's reload after the last import (tests await it). */
  let lastReload: Promise<unknown> = Promise.resolve()

  async function loadUnits(): Promise<void> {
    units.value = await repo.listUnits()
  }
  async function loadMemberships(): Promise<void> {
    memberships.value = await repo.listUnitMemberships()
  }
  async function loadSummaries(unitId: string): Promise<void> {
    const [s, t] = await Promise.all([repo.listSchoolSummaries(unitId), repo.listOutreachSummaries(unitId)])
    schoolSummaries.value = { ...schoolSummaries.value, [unitId]: s }
    teamSummaries.value = { ...teamSummaries.value, [unitId]: t }
  }
  /** Keys of the units made on this phone, by unit id (team summaries arriving at /o use them too). */
  async function keys(): Promise<Record<string, Uint8Array>> {
    if (!units.value.length) await loadUnits()
    return keysOf(units.value)
  }

  const level = chainLevel<ReportingUnit, UnitMembership>({
    names: ['name', 'area'],
    holders: () => units.value,
    save: repo.saveUnit,
    encodeInvite: async (u, unitKey) =>
      (await codec()).encodeUnitInvite({ unitId: u.id, unitKey, level: u.level, unitName: u.name, area: u.area }),
    saveMembership: repo.saveUnitMembership,
    reload: () => Promise.all([loadUnits(), loadMemberships()]),
  })

  async function joinUnit(inv: UnitInvite): Promise<UnitMembership> {
    return level.join(inv.unitKey, { unitId: inv.unitId, name: inv.unitName, level: inv.level, area: inv.area })
  }

  /** Adds a school that reported from outside the list to it ("ngoài danh sách" → "Thêm vào danh sách"). */
  async function addExpected(unitId: string, name: string): Promise<ExpectedResult> {
    const u = units.value.find((x) => x.id === unitId)
    return level.setExpected(unitId, [...(u?.expected?.names ?? []), name].join('\n'))
  }

  /** "Đặt lại" of one school's month (a frozen row); the list is read again. */
  async function resetSchool(unitId: string, schoolId: string, month: string): Promise<void> {
    await repo.resetSchoolSummary(unitId, schoolId, month)
    await loadSummaries(unitId)
  }

  /** The result line of a received summary: what it did, from whom, and which unit's report shows it. */
  function received(
    [{ isChange }]: Steps,
    template: string,
    o: Outcome,
    name: string,
    unitId: string,
    month: string,
  ): UnitImportLine {
    return {
      ok: true,
      changed: isChange(o),
      text: fillTemplate(template, { name, month: showMonth(month) }),
      unitId,
      month,
    }
  }

  /** School summaries: verified with this phone's unit keys, the newest seq per school and month kept. */
  function schoolChannel(
    steps: Steps,
    k: Record<string, Uint8Array>,
  ): ImportChannel<SchoolSummary, Outcome> & { describe(s: SchoolSummary, o: Outcome): UnitImportLine } {
    const [{ documentDecoder }, , { refusedLine }] = steps
    return {
      kind: 'schoolSummary',
      decode: documentDecoder('schoolSummary', () => k),
      store: (items) => repo.storeSchoolSummaries(items),
      describe: (s, o) => received(steps, featureStrings().unit.import.school[o], o, s.schoolName, s.unitId, s.month),
      refuse: refusedLine,
    }
  }

  /** Team summaries (outreach summaries from a team): verified with the unit keys; a member's is refused here. */
  function teamChannel(
    steps: Steps,
    k: Record<string, Uint8Array>,
  ): ImportChannel<OutreachSummary, Outcome> & { describe(s: OutreachSummary, o: Outcome): UnitImportLine } {
    const [, { decodeOutreachSummary }, { refusedLine }] = steps
    return {
      kind: 'outreachSummary',
      decode: async (code) => {
        const d = await decodeOutreachSummary(code, k)
        // Only a team signs with the unit key; a member's summary signed so is someone else's mistake.
        if (d.ok && d.summary.from !== 'team')
          return { ok: false, error: { kind: 'bad-data', doc: 'outreachSummary', problem: 'bad-data' } }
        return d.ok ? { ok: true, item: d.summary } : d
      },
      store: (items) => repo.storeOutreachSummaries(items),
      describe: (s, o) => received(steps, featureStrings().unit.import.team[o], o, s.fromName, s.toId, s.month),
      refuse: refusedLine,
    }
  }

  /** School and team summaries, in one paste or many files: each verified, then stored in one write per kind. */
  async function importCodes(codes: readonly string[]): Promise<UnitImportLine[]> {
    const [k, steps] = await Promise.all([keys(), importSteps()])
    const channelList = [schoolChannel(steps, k), teamChannel(steps, k)]
    const lines = (await steps[0].runImports(channelList as never, codes)) as UnitImportLine[]
    // Stored already (one transaction per kind): the result lines show at once, and the report (a province's
    // 1,000 rows) is read again and redrawn right after, not before them.
    const reload = Promise.all([...new Set(lines.flatMap((l) => (l.unitId ? [l.unitId] : [])))].map(loadSummaries))
    void reload.catch(() => undefined)
    lastReload = reload
    return lines
  }

  /** Raises the membership's seq in its own transaction first, so the newest summary always wins at the unit. */
  async function seqFor(unitId: string): Promise<{ seq: number; key: Uint8Array }> {
    if (!memberships.value.length) await loadMemberships()
    const m = memberships.value.find((x) => x.unitId === unitId)
    if (!m) throw new Error('not a member of this unit')
    const seq = await repo.nextUnitSeq(unitId)
    await loadMemberships()
    return { seq, key: keyOf(m.keyB64) }
  }

  /** A new signed school summary for the unit (figures from the school report: report/school.ts schoolFigures). */
  async function sendSchoolSummary(
    unitId: string,
    s: Omit<SchoolSummary, 'unitId' | 'seq' | 'issuedAt'>,
    origin = location.origin,
  ): Promise<SentCode> {
    const [{ seq, key }, { encodeSchoolSummary }, { docLink }] = await Promise.all([
      seqFor(unitId),
      codec(),
      channels(),
    ])
    const code = await encodeSchoolSummary({ ...s, unitId, seq, issuedAt: Date.now() }, key)
    return { code, link: docLink('schoolSummary', origin.replace(/\/+$/, ''), code) }
  }

  /** The team's month, signed with the unit key the leader joined with. */
  async function sendTeamSummary(
    unitId: string,
    team: { id: string; name: string; commune: string },
    month: string,
    members: number,
    figures: OutreachFigures,
    origin = location.origin,
  ): Promise<SentCode> {
    const [{ seq, key }, { encodeOutreachSummary }, { docLink }] = await Promise.all([
      seqFor(unitId),
      codec(),
      channels(),
    ])
    const code = await encodeOutreachSummary(
      {
        toId: unitId,
        from: 'team',
        fromId: team.id,
        fromName: team.name,
        commune: team.commune,
        month,
        members: Math.max(1, members),
        figures,
        issuedAt: Date.now(),
        seq,
      },
      key,
    )
    return { code, link: docLink('outreachSummary', origin.replace(/\/+$/, ''), code) }
  }

  return {
    units,
    memberships,
    schoolSummaries,
    teamSummaries,
    loadUnits,
    loadMemberships,
    loadSummaries,
    keys,
    createUnit: level.create,
    invite: level.invite,
    joinUnit,
    importCodes,
    setExpected: level.setExpected,
    addExpected,
    resetSchool,
    sendSchoolSummary,
    sendTeamSummary,
    settled: () => lastReload,
  }
})
