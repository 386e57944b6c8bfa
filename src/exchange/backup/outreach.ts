// Backup of all outreach data (sessions + the team's outcome list) as a JSON file, and its restore on
// another phone. Restore merges: records from both phones are kept; for the same id the newer `updatedAt`
// wins. Anything broken or foreign is refused as a whole, with a reason the page explains in Vietnamese.
import type { OutreachKind, OutreachOutcome, OutreachSession, OutreachTap } from '@/domain/records'
import { MAX_UNDO, OUTREACH_KINDS } from '@/domain/outreach/tally'
import { showableTime } from '@/domain/time'
import { arr, dataKey, int, Invalid, obj, readJsonObject, str, text, time } from '@/exchange/checks'
import { dict } from '@/domain/keys'

export const BACKUP_FORMAT = 'kns-outreach-backup'
export const BACKUP_VERSION = 1
/** Years of sessions fit in far less; a bigger file is not ours. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024

export interface OutreachBackup {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  exportedAt: number
  sessions: OutreachSession[]
  outcomes: OutreachOutcome[]
}

export type BackupProblem = 'tooLarge' | 'notJson' | 'foreign' | 'newer' | 'invalid'
export type ParsedBackup = { ok: true; backup: OutreachBackup } | { ok: false; problem: BackupProblem }

export function makeBackup(
  sessions: readonly OutreachSession[],
  outcomes: readonly OutreachOutcome[],
  now: number,
): OutreachBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    sessions: [...sessions],
    outcomes: [...outcomes],
  }
}

export function backupFileName(now: number): string {
  const d = new Date(showableTime(now))
  const p = (n: number) => String(n).padStart(2, '0')
  return `to-cns-sao-luu-${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}.json`
}

// ---- validation: build clean records field by field, so nothing foreign is ever written ----

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const ID = 120

export function session(v: unknown): OutreachSession {
  const o = obj(v)
  const date = str(o.date, 10)
  if (!DATE.test(date)) throw new Invalid()
  if (!OUTREACH_KINDS.includes(o.kind as OutreachKind)) throw new Invalid()
  // Outcome ids are keys from the file: none may be a name every object inherits (`toString`), and the map
  // has no prototype, so nothing but the file's own counts can be read from it.
  const counts = dict<number>()
  for (const [k, n] of Object.entries(obj(o.counts))) counts[dataKey(k, ID)] = int(n, 0, 1e7)
  const taps: OutreachTap[] =
    o.taps === undefined
      ? []
      : arr(o.taps, MAX_UNDO).map((t) => {
          const x = obj(t)
          if (x.delta !== 1 && x.delta !== -1) throw new Invalid()
          return { key: dataKey(x.key, ID), delta: x.delta, at: time(x.at) }
        })
  const s: OutreachSession = {
    id: dataKey(o.id, ID),
    date,
    commune: text(o.commune, 200),
    hamlet: text(o.hamlet, 200, true),
    kind: o.kind as OutreachKind,
    moduleIds: arr(o.moduleIds, 50).map((m) => dataKey(m, ID)),
    people: int(o.people, 0, 1e7),
    counts,
    taps,
    startedAt: time(o.startedAt),
    updatedAt: time(o.updatedAt),
  }
  if (o.endedAt !== undefined) s.endedAt = time(o.endedAt)
  return s
}

export function outcome(v: unknown): OutreachOutcome {
  const o = obj(v)
  if (typeof o.hidden !== 'boolean') throw new Invalid()
  return {
    id: dataKey(o.id, ID),
    label: text(o.label, 200),
    hidden: o.hidden,
    order: int(o.order, 0, 1e6),
    updatedAt: time(o.updatedAt),
  }
}

function uniqueIds(list: ReadonlyArray<{ id: string }>): void {
  if (new Set(list.map((x) => x.id)).size !== list.length) throw new Invalid()
}

/** Reads a backup file's text. Never throws. */
export function parseBackup(text: string): ParsedBackup {
  const read = readJsonObject(text, MAX_BACKUP_BYTES)
  if (!read.ok) return read
  const o = read.o
  if (o.format !== BACKUP_FORMAT) return { ok: false, problem: 'foreign' }
  if (typeof o.version === 'number' && o.version > BACKUP_VERSION) return { ok: false, problem: 'newer' }
  if (o.version !== BACKUP_VERSION) return { ok: false, problem: 'invalid' }
  try {
    const sessions = arr(o.sessions, 100_000).map(session)
    const outcomes = arr(o.outcomes, 1000).map(outcome)
    uniqueIds(sessions)
    uniqueIds(outcomes)
    return {
      ok: true,
      backup: {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: time(o.exportedAt),
        sessions,
        outcomes,
      },
    }
  } catch {
    return { ok: false, problem: 'invalid' }
  }
}
