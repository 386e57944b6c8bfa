// What can be wrong with a code, as kinds: the exact problem (for the words a person reads, in
// i18n/vi-codec.ts) and a coarse kind for callers that branch on it. Pure: no words here.

import type { DocType } from './documents'

export type { DocType }

export type Problem =
  | 'empty'
  | 'bad-chars'
  | 'non-canonical'
  | 'not-ours'
  | 'truncated'
  | 'too-long'
  | 'newer-version'
  | 'old-version'
  | 'unknown-key'
  | 'bad-signature'
  | 'bad-checksum'
  | 'bad-data'
  | `wrong-doc:${DocType}`

/** Thrown inside a decoder only; every decoder catches it and returns `{ ok: false }`. */
export class CodecFailure extends Error {
  constructor(readonly problem: Problem) {
    super(problem)
    this.name = 'CodecFailure'
  }
}

export type CommonErrorKind = 'empty' | 'bad-encoding' | 'truncated' | 'unknown-version' | 'bad-data'
export type ReceiptErrorKind = CommonErrorKind | 'unknown-class' | 'bad-signature'
export type SummaryErrorKind = CommonErrorKind | 'unknown-school' | 'bad-signature'
export type InviteErrorKind = CommonErrorKind | 'bad-checksum'
export type UnitSummaryErrorKind = CommonErrorKind | 'unknown-unit' | 'bad-signature'

export interface CodecError<K extends string> {
  kind: K
  /** Which document was being read, and exactly what was wrong: the page words it (i18n/vi-codec.ts). */
  doc: DocType
  problem: Problem
}

const KIND: Record<Exclude<Problem, `wrong-doc:${DocType}`>, string> = {
  empty: 'empty',
  'bad-chars': 'bad-encoding',
  'non-canonical': 'bad-encoding',
  'not-ours': 'bad-data',
  truncated: 'truncated',
  'too-long': 'bad-data',
  'newer-version': 'unknown-version',
  'old-version': 'unknown-version',
  'unknown-key': 'unknown-key',
  'bad-signature': 'bad-signature',
  'bad-checksum': 'bad-checksum',
  'bad-data': 'bad-data',
}

/** The error a decoder returns; `unknownKey` names the kind for a key lookup that failed. */
export function codecError<K extends string>(doc: DocType, problem: Problem, unknownKey?: K): CodecError<K> {
  const base = problem.startsWith('wrong-doc:') ? 'bad-data' : KIND[problem as keyof typeof KIND]
  const kind = (base === 'unknown-key' ? unknownKey : base) as K
  return { kind, doc, problem }
}

/** Maps anything a decoder threw to an error; a non-CodecFailure is a bug and reads as bad data. */
export function failureOf(e: unknown): Problem {
  return e instanceof CodecFailure ? e.problem : 'bad-data'
}
