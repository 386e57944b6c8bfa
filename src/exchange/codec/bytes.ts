// Byte helpers shared by the classroom codecs: LEB128 varints, UTF-8, base64url without padding, random ids
// and keys. Readers throw CodecFailure; the decoders turn every failure into a Result, never a throw.
import { CodecFailure } from './problems'

/** Bytes that Web Crypto accepts (TypeScript's BufferSource wants an ArrayBuffer, not a SharedArrayBuffer). */
export type Bytes = Uint8Array<ArrayBuffer>

export const ID_BYTES = 8
export const KEY_BYTES = 16

const encoder = new TextEncoder()
const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export function utf8(text: string): Bytes {
  return encoder.encode(text)
}

/** Strict UTF-8: an invalid sequence is bad data, not a U+FFFD that would then pass as a name. */
export function fromUtf8(bytes: Uint8Array): string {
  try {
    return fatalDecoder.decode(bytes)
  } catch {
    throw new CodecFailure('bad-data')
  }
}

export function concatBytes(...parts: readonly Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

export function varintLength(value: number): number {
  let n = 1
  while (value >= 128) {
    value = Math.floor(value / 128)
    n++
  }
  return n
}

/** Appends bytes; grows as needed. Numbers must be non-negative safe integers (checked by the callers). */
export class ByteWriter {
  private buf: Bytes = new Uint8Array(128)
  private len = 0

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n))
    next.set(this.buf.subarray(0, this.len))
    this.buf = next
  }

  u8(value: number): this {
    this.room(1)
    this.buf[this.len++] = value & 0xff
    return this
  }

  u16(value: number): this {
    return this.u8(value >>> 8).u8(value)
  }

  /** Unsigned LEB128, minimal length. Multiplication, not shifts: values may exceed 32 bits. */
  varint(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint out of range: ${value}`)
    while (value >= 128) {
      this.u8((value % 128) | 0x80)
      value = Math.floor(value / 128)
    }
    return this.u8(value)
  }

  bytes(b: Uint8Array): this {
    this.room(b.length)
    this.buf.set(b, this.len)
    this.len += b.length
    return this
  }

  /** Length-prefixed UTF-8. */
  text(value: string): this {
    const b = utf8(value)
    return this.varint(b.length).bytes(b)
  }

  get length(): number {
    return this.len
  }

  finish(): Bytes {
    return this.buf.slice(0, this.len)
  }
}

/** Reads up to `end`; running past it is `past` ('truncated' in a header, 'bad-data' inside a signed body). */
export class ByteReader {
  pos: number

  constructor(
    private readonly bytes: Uint8Array,
    start = 0,
    private readonly end = bytes.length,
    private readonly past: 'truncated' | 'bad-data' = 'bad-data',
  ) {
    this.pos = start
  }

  get remaining(): number {
    return this.end - this.pos
  }

  u8(): number {
    if (this.pos >= this.end) throw new CodecFailure(this.past)
    return this.bytes[this.pos++]!
  }

  u16(): number {
    return this.u8() * 256 + this.u8()
  }

  /** Rejects non-minimal encodings (so each value has one byte form) and values above `max`. */
  varint(max = Number.MAX_SAFE_INTEGER): number {
    let value = 0
    let scale = 1
    for (let i = 0; i < 8; i++) {
      const b = this.u8()
      value += (b & 0x7f) * scale
      if (b < 0x80) {
        if (i > 0 && b === 0) throw new CodecFailure('bad-data')
        if (value > max) throw new CodecFailure('bad-data')
        return value
      }
      scale *= 128
    }
    throw new CodecFailure('bad-data')
  }

  bytesOf(n: number): Uint8Array {
    if (this.remaining < n) throw new CodecFailure(this.past)
    const out = this.bytes.subarray(this.pos, this.pos + n)
    this.pos += n
    return out
  }

  text(maxBytes: number): string {
    return fromUtf8(this.bytesOf(this.varint(maxBytes)))
  }
}

// ---------------------------------------------------------------------------------------------------
// base64url without padding (RFC 4648 §5)
// ---------------------------------------------------------------------------------------------------
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const INDEX = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i

export const BASE64URL_ALPHABET = ALPHABET

export function toBase64url(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const n = bytes[i]! << 16
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8)
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!
  }
  return out
}

export interface Base64Decoded {
  bytes: Bytes
  /** A lone last character (length ≡ 1 mod 4) could not make a byte: the text was cut. */
  partial: boolean
  /** False when the unused low bits of the last character are not zero (not the form we write). */
  canonical: boolean
}

/** Null when a character is outside the base64url alphabet. */
export function fromBase64url(text: string): Base64Decoded | null {
  const values = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const v = c < 128 ? INDEX[c]! : -1
    if (v < 0) return null
    values[i] = v
  }
  const partial = text.length % 4 === 1
  const usable = partial ? text.length - 1 : text.length
  const out = new Uint8Array(Math.floor((usable * 6) / 8))
  let acc = 0
  let bits = 0
  let o = 0
  for (let i = 0; i < usable; i++) {
    acc = ((acc << 6) | values[i]!) & 0xffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[o++] = (acc >> bits) & 0xff
    }
  }
  const canonical = (acc & ((1 << bits) - 1)) === 0
  return { bytes: out, partial, canonical }
}

// ---------------------------------------------------------------------------------------------------
// Random ids and keys
// ---------------------------------------------------------------------------------------------------
export function randomBytes(n: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(n))
}

/** A random 64-bit id as 11 base64url characters (class, school, student and teacher ids). */
export function newId(): string {
  return toBase64url(randomBytes(ID_BYTES))
}

/** A random 128-bit class or school key. */
export function newKey(): Bytes {
  return randomBytes(KEY_BYTES)
}

/** The 8 bytes of an id made by newId(); throws RangeError for anything else (a caller bug). */
export function idBytes(id: string): Bytes {
  const d = fromBase64url(id)
  if (!d || d.partial || !d.canonical || d.bytes.length !== ID_BYTES || id.length !== 11) {
    throw new RangeError(`not an id: ${JSON.stringify(id)}`)
  }
  return d.bytes
}

export function isId(id: unknown): id is string {
  if (typeof id !== 'string') return false
  try {
    idBytes(id)
    return true
  } catch {
    return false
  }
}
