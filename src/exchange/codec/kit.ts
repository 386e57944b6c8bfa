// What a codec file is made of. A document type is one entry in DOCUMENTS (documents.ts: its first byte and
// link path) plus one codec file that says its format version and its fields, built from these shapes; the
// envelope, the signature or checksum, the key lookup and every problem kind are the toolkit's (seal.ts).
// A codec file imports this, bytes.ts, limits.ts, modules.ts and domain only: never the table or the toolkit.
import { ByteReader, ID_BYTES, idBytes, KEY_BYTES, toBase64url } from './bytes'
import type { ByteWriter } from './bytes'
import { SEQ_MAX } from './limits'
import { fromSeconds, MAX_SECONDS, monthIndex, monthOf, toSeconds } from '@/domain/time'

interface CodecBase<T> {
  /** The format version this app writes. Changing the fields means a new number (docs/receipt-format.md). */
  version: number
  /** The oldest version this app still reads (default: `version`); `read` gets the version it reads. */
  oldest?: number
  /**
   * The value exactly as it will decode (names normalised, times cut to what is carried). Throws RangeError
   * for what no phone should produce.
   */
  normalize(value: T): T
}

/**
 * A document signed with a key the receiver already holds (receipt, summaries): HMAC-SHA-256, 16-byte tag.
 * The body starts with the id that names the key (class, school, unit or team); nothing after it is read
 * before the signature holds.
 */
export interface SignedCodec<T> extends CodecBase<T> {
  seal: 'tag'
  /** The id written first, whose key signs (the class of a receipt, the school of a class summary…). */
  keyId(value: T): string
  /** The error kind when this phone holds no key for that id ('unknown-class', 'unknown-school'…). */
  unknownKey: string
  /** Writes the body after the key id, from a normalised value. */
  write(w: ByteWriter, value: T): void
  /** Reads the body after the key id; throws CodecFailure('bad-data'). The toolkit checks nothing is left. */
  read(r: ByteReader, at: { version: number; keyId: string }): T
}

/**
 * A document that carries its own key (invites), so it cannot be signed with it: a 4-byte checksum catches
 * copy damage instead, so a mangled key is caught at join time, not as "bad signature" on every later code.
 */
export interface InviteCodec<T> extends CodecBase<T> {
  seal: 'checksum'
  write(w: ByteWriter, value: T): void
  read(r: ByteReader, at: { version: number }): T
}

export type DocumentCodec<T> = SignedCodec<T> | InviteCodec<T>

/** A whole number in [min, max] or a RangeError naming the field (normalize's check of app-made values). */
export function int(value: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${what} out of range: ${value}`)
  return value
}

/** An invite's key as a copy: exactly KEY_BYTES bytes, or a RangeError naming the field. */
export function inviteKey(k: Uint8Array, what: string): Uint8Array {
  if (!ArrayBuffer.isView(k) || k.length !== KEY_BYTES) throw new RangeError(`${what} must be ${KEY_BYTES} bytes`)
  return new Uint8Array(k)
}

/** Reads an id (8 bytes) as its 11-character text form. */
export function readId(r: ByteReader): string {
  return toBase64url(r.bytesOf(ID_BYTES))
}

/** The fixed part of a signed codec: the version it writes, the error kind of an unknown key, the key's id. */
export function signedBy<T>(
  version: number,
  unknownKey: string,
  keyId: (value: T) => string,
): Pick<SignedCodec<T>, 'seal' | 'version' | 'unknownKey' | 'keyId'> {
  return { seal: 'tag', version, unknownKey, keyId }
}

/** What every summary sent up the chain says of itself after the key id: who sends, which send, when, which month. */
export interface SenderStamp {
  /** The sender's id (class, school, team or member). */
  id: string
  seq: number
  issuedAt: number
  /** 'YYYY-MM' */
  month: string
}

/** Writes a sender stamp: the id's 8 bytes, the sequence, the time in seconds, the month index. */
export function writeStamp(w: ByteWriter, s: SenderStamp): ByteWriter {
  return w.bytes(idBytes(s.id)).varint(s.seq).varint(toSeconds(s.issuedAt)).varint(monthIndex(s.month))
}

export function readStamp(r: ByteReader): SenderStamp {
  const id = readId(r)
  const seq = r.varint(SEQ_MAX)
  const issuedAt = fromSeconds(r.varint(MAX_SECONDS))
  return { id, seq, issuedAt, month: monthOf(r.varint(12 * 1000)) }
}
