// The completion receipt a student sends to the teacher: compact binary, signed with the class key
// (HMAC-SHA-256, 128-bit tag), base64url for a QR code, a `/r#…` link or copied text. Layout, signing and
// versioning rules: docs/receipt-format.md. This file is the receipt's version and fields; the envelope and
// the signature are the toolkit's (seal.ts), its byte and link path one row of DOCUMENTS (documents.ts).
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import { idBytes } from './bytes'
import { int, readId, type SignedCodec } from './kit'
import { ATTEMPTS_CAP, CLASS_NUMBER_MAX, SEQ_MAX } from './limits'
import { bitsOf, isModuleId, MASK_MAX } from './modules'
import { CodecFailure, type CodecError, type ReceiptErrorKind } from './problems'
import { isCanonicalText, NAME_MAX, requiredText } from '@/domain/text'
import { dateOnly, fromDay, fromSeconds, MAX_SECONDS, secondsOnly, toDay, toSeconds } from '@/domain/time'

import type { ModuleResult, Receipt } from '@/domain/records'

export type { ModuleResult, Receipt }
/** 2: after the modules, what each module's last quiz attempt missed (question tags) and whether it was critical. */
export const RECEIPT_VERSION = 2
/**
 * Missed questions carried per module: a completed module passed at 80 % misses at most 4 or 5 of its ~25;
 * more (a module still in progress) are cut, so a receipt stays one QR code. The student's phone lists the
 * critical ones first (domain/status.ts), so the cut keeps them.
 */
export const MISSED_MAX = 8

export type ReceiptResult = { ok: true; receipt: Receipt } | { ok: false; error: CodecError<ReceiptErrorKind> }

function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`${what} is not a number: ${value}`)
  return value
}

/**
 * The receipt exactly as it will come out of decodeReceipt: name normalised and cut to 40 characters,
 * times to whole seconds, completion times to their date, scores rounded into 0..100, attempts capped.
 * Throws RangeError for what no phone should produce (bad ids, empty name, unknown module, NaN).
 */
export function normalizeReceipt(r: Receipt): Receipt {
  idBytes(r.classId)
  idBytes(r.studentId)
  const modules: Partial<Record<ModuleId, ModuleResult>> = {}
  for (const id of Object.keys(r.modules)) if (!isModuleId(id)) throw new RangeError(`unknown module: ${id}`)
  for (const id of MODULE_IDS) {
    const m = r.modules[id]
    if (!m) continue
    const bestScore = Math.min(100, Math.max(0, Math.round(finite(m.bestScore, 'bestScore'))))
    const attempts = Math.min(ATTEMPTS_CAP, Math.max(0, Math.floor(finite(m.attempts, 'attempts'))))
    const base: ModuleResult =
      m.completedAt === undefined
        ? { bestScore, attempts }
        : { completedAt: dateOnly(m.completedAt), bestScore, attempts }
    if (m.missed) {
      for (const tag of m.missed) int(tag, 0, 0xffff, 'missed question tag')
      base.missed = [...new Set(m.missed)].slice(0, MISSED_MAX).sort((a, b) => a - b)
      base.criticalMissed = m.criticalMissed === true
    }
    modules[id] = base
  }
  return {
    classId: r.classId,
    studentId: r.studentId,
    name: requiredText(r.name, NAME_MAX, 'name'),
    classNumber: int(r.classNumber, 1, CLASS_NUMBER_MAX, 'classNumber'),
    issuedAt: secondsOnly(r.issuedAt),
    seq: int(r.seq, 0, SEQ_MAX, 'seq'),
    modules,
  }
}

/** Signed with the class key; the class id comes first. Version 1 (no quiz misses) is still read. */
export const receiptCodec: SignedCodec<Receipt> = {
  seal: 'tag',
  version: RECEIPT_VERSION,
  oldest: 1,
  unknownKey: 'unknown-class',
  normalize: normalizeReceipt,
  keyId: (r) => r.classId,
  write(w, r) {
    w.bytes(idBytes(r.studentId)).varint(r.seq).varint(toSeconds(r.issuedAt)).varint(r.classNumber).text(r.name)
    let started = 0
    let completed = 0
    MODULE_IDS.forEach((id, i) => {
      const m = r.modules[id]
      if (m) started |= 1 << i
      if (m?.completedAt !== undefined) completed |= 1 << i
    })
    w.varint(started).varint(completed)
    for (const id of MODULE_IDS) {
      const m = r.modules[id]
      if (!m) continue
      w.u8(m.bestScore).u8(m.attempts)
      if (m.completedAt !== undefined) w.u16(toDay(m.completedAt))
    }
    // v2: the modules whose last quiz attempt is known, then for each: count × 2 + critical, the tags.
    let known = 0
    MODULE_IDS.forEach((id, i) => {
      if (r.modules[id]?.missed) known |= 1 << i
    })
    w.varint(known)
    for (const id of MODULE_IDS) {
      const m = r.modules[id]
      if (!m?.missed) continue
      w.varint(m.missed.length * 2 + (m.criticalMissed ? 1 : 0))
      for (const tag of m.missed) w.u16(tag)
    }
  },
  read(r, { keyId: classId, version }) {
    const studentId = readId(r)
    const seq = r.varint(SEQ_MAX)
    const issuedAt = fromSeconds(r.varint(MAX_SECONDS))
    const classNumber = r.varint(CLASS_NUMBER_MAX)
    const name = r.text(NAME_MAX * 4)
    const started = r.varint(MASK_MAX)
    const completed = r.varint(MASK_MAX)
    if (classNumber < 1 || !isCanonicalText(name, NAME_MAX) || (completed & ~started) !== 0) {
      throw new CodecFailure('bad-data')
    }
    const modules: Partial<Record<ModuleId, ModuleResult>> = {}
    for (const bit of bitsOf(started)) {
      const bestScore = r.u8()
      const attempts = r.u8()
      const day = completed & (1 << bit) ? r.u16() : undefined
      if (bestScore > 100) throw new CodecFailure('bad-data')
      // A module this app does not know yet (a newer app appended it): read past it, keep the rest.
      const id = MODULE_IDS[bit]
      if (id === undefined) continue
      modules[id] = day === undefined ? { bestScore, attempts } : { completedAt: fromDay(day), bestScore, attempts }
    }
    if (version >= 2) {
      const known = r.varint(MASK_MAX)
      if ((known & ~started) !== 0) throw new CodecFailure('bad-data')
      for (const bit of bitsOf(known)) {
        const head = r.varint(MISSED_MAX * 2 + 1)
        const missed: number[] = []
        for (let i = 0; i < head >> 1; i++) missed.push(r.u16())
        // Written ascending, each once: any other order could only come from something other than this app.
        if (missed.some((tag, i) => i > 0 && tag <= missed[i - 1]!)) throw new CodecFailure('bad-data')
        const m = MODULE_IDS[bit] && modules[MODULE_IDS[bit]!]
        if (m) Object.assign(m, { missed, criticalMissed: (head & 1) === 1 })
      }
    }
    return { classId, studentId, name, classNumber, issuedAt, seq, modules }
  },
}
