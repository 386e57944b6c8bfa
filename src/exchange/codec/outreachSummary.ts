// A month of outreach figures (sessions, people reached, sessions per kind and per module, times helped per
// outcome — never a citizen's name). A member sends it to the team leader, signed with the team key from
// the team invite; the leader sends the team's total to the reporting unit, signed with the unit key.
// One document type for both: the first id (team or unit) chooses the key. Layout: docs/chain-format.md.
import type { ModuleId } from '@/content/constants'
import { idBytes } from './bytes'
import { int, readStamp, signedBy, writeStamp, type SignedCodec } from './kit'
import { MEMBERS_MAX, OUTCOMES_MAX, PEOPLE_MAX, SEQ_MAX, SESSIONS_MAX } from './limits'
import { eachModule, readModules, writeModules } from './modules'
import { CodecFailure, type CodecError, type UnitSummaryErrorKind } from './problems'
import { isCanonicalText, LONG_NAME_MAX, NAME_MAX, normalizeText, requiredText } from '@/domain/text'
import { monthIndex, secondsOnly } from '@/domain/time'
import type { OutreachFigures, OutreachKind, OutreachSender, OutreachSummary } from '@/domain/records'

export type { OutreachSummary, OutreachFigures }
export const OUTREACH_SUMMARY_VERSION = 1
/** An outcome's label, as the team names it (domain/outreach/outcomes.ts MAX_LABEL). */
export const OUTCOME_LABEL_MAX = 80

/** Sender byte: 1 member (to the team), 2 team (to the unit). Never reuse a number. */
const SENDERS: readonly OutreachSender[] = ['member', 'team']
/** Kinds in the order they are written; a new kind is a new version. */
const KINDS: readonly OutreachKind[] = ['household', 'community', 'parents']

export type OutreachSummaryResult =
  { ok: true; summary: OutreachSummary } | { ok: false; error: CodecError<UnitSummaryErrorKind> }

const nameMax = (from: OutreachSender) => (from === 'member' ? NAME_MAX : LONG_NAME_MAX)

/** The figures exactly as they will decode: outcome labels normalised, equal labels added together, zeros dropped. */
export function normalizeFigures(f: OutreachFigures): OutreachFigures {
  const sessions = int(f.sessions, 0, SESSIONS_MAX, 'sessions')
  const byKind = Object.fromEntries(KINDS.map((k) => [k, int(f.byKind[k] ?? 0, 0, sessions, k)])) as Record<
    OutreachKind,
    number
  >
  if (KINDS.reduce((n, k) => n + byKind[k], 0) !== sessions) throw new RangeError('sessions per kind do not add up')
  const counted = eachModule(f.modules, (n: number, id) => (n ? int(n, 0, sessions, id) : 0))
  // A module with no session is left out, as the decoder never sees it.
  const modules = Object.fromEntries(Object.entries(counted).filter(([, n]) => n)) as Partial<Record<ModuleId, number>>
  const outcomes: Array<{ label: string; count: number }> = []
  for (const o of f.outcomes) {
    const label = normalizeText(o.label, OUTCOME_LABEL_MAX)
    const count = int(o.count, 0, PEOPLE_MAX, 'count')
    if (!label || count === 0) continue
    const known = outcomes.find((x) => x.label === label)
    if (known) known.count = Math.min(PEOPLE_MAX, known.count + count)
    else outcomes.push({ label, count })
  }
  if (outcomes.length > OUTCOMES_MAX) throw new RangeError('too many outcomes')
  return { sessions, people: int(f.people, 0, PEOPLE_MAX, 'people'), byKind, modules, outcomes }
}

export function normalizeOutreachSummary(s: OutreachSummary): OutreachSummary {
  idBytes(s.toId)
  idBytes(s.fromId)
  monthIndex(s.month)
  if (!SENDERS.includes(s.from)) throw new RangeError(`unknown sender: ${s.from}`)
  const members = int(s.members, 1, MEMBERS_MAX, 'members')
  if (s.from === 'member' && members !== 1) throw new RangeError('a member summary is one member')
  return {
    toId: s.toId,
    from: s.from,
    fromId: s.fromId,
    fromName: requiredText(s.fromName, nameMax(s.from), 'fromName'),
    commune: requiredText(s.commune, LONG_NAME_MAX, 'commune'),
    month: s.month,
    members,
    figures: normalizeFigures(s.figures),
    issuedAt: secondsOnly(s.issuedAt),
    seq: int(s.seq, 0, SEQ_MAX, 'seq'),
  }
}

/** Signed with the key of the team or unit it is for; that id comes first. */
export const outreachSummaryCodec: SignedCodec<OutreachSummary> = {
  ...signedBy<OutreachSummary>(OUTREACH_SUMMARY_VERSION, 'unknown-unit', (s) => s.toId),
  normalize: normalizeOutreachSummary,
  write(w, s) {
    const f = s.figures
    w.u8(SENDERS.indexOf(s.from) + 1)
    writeStamp(w, { ...s, id: s.fromId })
      .text(s.fromName)
      .text(s.commune)
      .varint(s.members)
      .varint(f.sessions)
      .varint(f.people)
    for (const k of KINDS) w.varint(f.byKind[k])
    writeModules(w, f.modules, (n) => w.varint(n))
    w.varint(f.outcomes.length)
    for (const o of f.outcomes) w.text(o.label).varint(o.count)
  },
  read(r, { keyId: toId }) {
    const from = SENDERS[r.u8() - 1]
    if (!from) throw new CodecFailure('bad-data')
    const { id: fromId, seq, issuedAt, month } = readStamp(r)
    const fromName = r.text(LONG_NAME_MAX * 4)
    const commune = r.text(LONG_NAME_MAX * 4)
    const members = r.varint(MEMBERS_MAX)
    if (
      !isCanonicalText(fromName, nameMax(from)) ||
      !isCanonicalText(commune, LONG_NAME_MAX) ||
      members < 1 ||
      (from === 'member' && members !== 1)
    ) {
      throw new CodecFailure('bad-data')
    }
    const sessions = r.varint(SESSIONS_MAX)
    const people = r.varint(PEOPLE_MAX)
    const byKind = {} as Record<OutreachKind, number>
    for (const k of KINDS) byKind[k] = r.varint(sessions)
    if (KINDS.reduce((n, k) => n + byKind[k], 0) !== sessions) throw new CodecFailure('bad-data')
    const modules = readModules(r, () => {
      const n = r.varint(sessions)
      if (n === 0) throw new CodecFailure('bad-data')
      return n
    })
    const count = r.varint(OUTCOMES_MAX)
    const outcomes: Array<{ label: string; count: number }> = []
    for (let i = 0; i < count; i++) {
      const label = r.text(OUTCOME_LABEL_MAX * 4)
      const n = r.varint(PEOPLE_MAX)
      if (!isCanonicalText(label, OUTCOME_LABEL_MAX) || n === 0 || outcomes.some((o) => o.label === label))
        throw new CodecFailure('bad-data')
      outcomes.push({ label, count: n })
    }
    return {
      toId,
      from,
      fromId,
      fromName,
      commune,
      month,
      members,
      figures: { sessions, people, byKind, modules, outcomes },
      issuedAt,
      seq,
    }
  },
}
