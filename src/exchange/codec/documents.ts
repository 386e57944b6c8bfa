// Every kind of document that crosses from one phone to another in a code, in one table: its first byte
// (never reuse a number), the app path its link opens (the code follows `#`, so it never reaches a server)
// and its codec — the file that holds its format version and its fields. A new document type is one row
// here plus its codec file (kit.ts says what a codec is); the envelope, signing, key lookup, problem kinds,
// `docTypeOf`, links and the chat-message reader all come from this table.
import { certificateCodec } from './certificate'
import { classInviteCodec, schoolInviteCodec, teamInviteCodec, unitInviteCodec } from './invite'
import type { DocumentCodec } from './kit'
import { outreachSummaryCodec } from './outreachSummary'
import { receiptCodec } from './receipt'
import { schoolSummaryCodec } from './schoolSummary'
import { summaryCodec } from './summary'

export interface DocumentEntry<T = never> {
  /** First byte of a code. */
  byte: number
  /** The app path its link opens: `${origin}${path}#${code}`. */
  path: string
  /** The document's format version and fields. */
  codec: DocumentCodec<T>
}

export const DOCUMENTS = {
  classInvite: { byte: 1, path: '/join', codec: classInviteCodec },
  schoolInvite: { byte: 2, path: '/join', codec: schoolInviteCodec },
  receipt: { byte: 3, path: '/r', codec: receiptCodec },
  summary: { byte: 4, path: '/s', codec: summaryCodec },
  unitInvite: { byte: 5, path: '/join', codec: unitInviteCodec },
  schoolSummary: { byte: 6, path: '/u', codec: schoolSummaryCodec },
  teamInvite: { byte: 7, path: '/join', codec: teamInviteCodec },
  outreachSummary: { byte: 8, path: '/o', codec: outreachSummaryCodec },
  certificate: { byte: 9, path: '/c', codec: certificateCodec },
}

/** The kinds of code the app passes between phones; the first byte of each says which. */
export type DocType = keyof typeof DOCUMENTS
/** The value a document of this type carries. */
export type DocValue<D extends DocType> = (typeof DOCUMENTS)[D]['codec'] extends DocumentCodec<infer T> ? T : never

/** The entry of a type, or undefined for a name that is not in the table (read live: a test may add a row). */
export function documentOf(type: string): DocumentEntry<unknown> | undefined {
  return Object.prototype.hasOwnProperty.call(DOCUMENTS, type)
    ? (DOCUMENTS as Record<string, DocumentEntry<unknown>>)[type]
    : undefined
}

/** The type whose codes start with this byte. */
export function docTypeOfByte(byte: number): DocType | undefined {
  for (const [type, entry] of Object.entries(DOCUMENTS)) if (entry.byte === byte) return type as DocType
  return undefined
}

/** The first byte of each type (by name), as the table holds it. */
export function docBytes(): Record<DocType, number> {
  return Object.fromEntries(Object.entries(DOCUMENTS).map(([type, e]) => [type, e.byte])) as Record<DocType, number>
}
