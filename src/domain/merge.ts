// How an imported receipt changes what the teacher has recorded for a student. Pure; the caller stores
// the returned record (when `changed`) in one transaction. Rules: docs/receipt-format.md, "Merging".
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import type { ModuleResult, Receipt } from '@/exchange/codec/receipt'

export type ModuleRecord = ModuleResult

/** What the teacher's phone keeps per student of a class (key: classId + studentId). */
export interface StudentRecord {
  classId: string
  studentId: string
  name: string
  classNumber: number
  /** `seq` of the newest receipt merged; a receipt with a lower or equal seq changes nothing. */
  lastSeq: number
  /** Issue time (epoch ms) of that receipt. */
  lastReceiptAt: number
  modules: Partial<Record<ModuleId, ModuleRecord>>
}

export interface MergeOutcome {
  record: StudentRecord
  changed: boolean
  /** Why nothing changed: the same receipt again, or one older than what is recorded. */
  reason?: 'duplicate' | 'older'
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return Math.min(a, b)
}

function mergeModule(had: ModuleRecord | undefined, got: ModuleResult | undefined): ModuleRecord | undefined {
  if (!had || !got) return had ?? (got && { ...got })
  const completedAt = minDefined(had.completedAt, got.completedAt)
  const bestScore = Math.max(had.bestScore, got.bestScore)
  const attempts = Math.max(had.attempts, got.attempts)
  return completedAt === undefined ? { bestScore, attempts } : { completedAt, bestScore, attempts }
}

/**
 * Merges a verified receipt into the stored record of its student. A newer receipt (higher seq) takes the
 * name and class number as sent, and per module keeps the best of both: the earliest completion date, the
 * highest score, the most attempts; a completion already recorded is never lost, even if the student's
 * phone was reset and the new receipt lacks it. Throws on a record of another student (a caller bug).
 */
export function mergeReceipt(stored: StudentRecord | undefined, r: Receipt): MergeOutcome {
  if (stored && (stored.classId !== r.classId || stored.studentId !== r.studentId)) {
    throw new Error('mergeReceipt: the receipt is for another student or class')
  }
  if (stored && r.seq <= stored.lastSeq) {
    return { record: stored, changed: false, reason: r.seq === stored.lastSeq ? 'duplicate' : 'older' }
  }
  const modules: Partial<Record<ModuleId, ModuleRecord>> = {}
  // Known modules in order first, then any id an older or newer app stored, so nothing is dropped.
  const ids = new Set<string>([...MODULE_IDS, ...Object.keys(stored?.modules ?? {})])
  for (const id of ids as Set<ModuleId>) {
    const m = mergeModule(stored?.modules[id], r.modules[id])
    if (m) modules[id] = m
  }
  return {
    record: {
      classId: r.classId,
      studentId: r.studentId,
      name: r.name,
      classNumber: r.classNumber,
      lastSeq: r.seq,
      lastReceiptAt: r.issuedAt,
      modules,
    },
    changed: true,
  }
}
