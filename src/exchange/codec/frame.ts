// The envelope every code shares: [doc type][format version][total length] body [trailer], as base64url.
// The trailer is a 16-byte HMAC tag (receipts, summaries) or a 4-byte checksum (invites). Reading it
// separates the problems a person can act on: empty, cut short, pasted twice, wrong kind of code, newer app.
import { type Bytes, ByteReader, fromBase64url, varintLength } from './bytes'
import { docBytes, docTypeOfByte, documentOf } from './documents'
import { CodecFailure } from './problems'

/** First byte of each code, as DOCUMENTS (documents.ts) holds it. */
export const DOC_BYTE = docBytes()

function byteOf(doc: string): number {
  const entry = documentOf(doc)
  if (!entry) throw new RangeError(`not a document type: ${doc}`)
  return entry.byte
}

/** No code is anywhere near this; a larger declared length is garbage, not a cut-off code. */
export const MAX_CODE_BYTES = 1024
/** HMAC-SHA-256 truncated to 128 bits (see docs/receipt-format.md, "Signing"). */
export const TAG_BYTES = 16
/** SHA-256 truncated to 32 bits: catches copy damage in invites; not a security measure. */
export const CHECK_BYTES = 4

const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]+/g

/**
 * The code inside what was pasted or scanned: a full link (`https://host/r#CODE`), a bare fragment
 * (`#CODE`) or the code itself. Messengers add spaces, line breaks and zero-width characters, and a
 * forwarded message may put text before the link; none of these is ever part of a code.
 */
export function extractCode(input: string): string {
  const flat = input.replace(INVISIBLE, '')
  const hash = flat.lastIndexOf('#')
  return hash >= 0 ? flat.slice(hash + 1) : flat
}

export interface Frame {
  bytes: Bytes
  /** Offset of the first body byte (after the header). */
  bodyStart: number
  /** Offset of the trailer (tag or checksum); the body is [bodyStart, trailerStart). */
  trailerStart: number
}

/** The versions of a format a reader accepts: `oldest` up to `version`, the one it writes. */
export interface Versions {
  version: number
  oldest?: number
}

/**
 * Decodes the text and checks the envelope; throws CodecFailure. Order matters: a cut-off code is reported
 * as cut off even when its last character is also not canonical. `version` is the one the code carries.
 */
export function openFrame(
  input: unknown,
  doc: string,
  versions: Versions,
  trailer: number,
): Frame & { version: number } {
  if (input === undefined || input === null) throw new CodecFailure('empty')
  if (typeof input !== 'string') throw new CodecFailure('bad-chars')
  const code = extractCode(input)
  if (code === '') throw new CodecFailure('empty')
  const decoded = fromBase64url(code)
  if (!decoded) throw new CodecFailure('bad-chars')
  const { bytes } = decoded
  const header = new ByteReader(bytes, 0, bytes.length, 'truncated')
  const docByte = header.u8()
  if (docByte !== byteOf(doc)) {
    const other = docTypeOfByte(docByte)
    throw new CodecFailure(other ? `wrong-doc:${other}` : 'not-ours')
  }
  const v = header.u8()
  if (v > versions.version) throw new CodecFailure('newer-version')
  if (v < (versions.oldest ?? versions.version)) throw new CodecFailure('old-version')
  const total = header.varint()
  if (total > MAX_CODE_BYTES || total < header.pos + trailer) throw new CodecFailure('bad-data')
  if (bytes.length < total) throw new CodecFailure('truncated')
  if (bytes.length > total || decoded.partial) throw new CodecFailure('too-long')
  if (!decoded.canonical) throw new CodecFailure('non-canonical')
  return { bytes, bodyStart: header.pos, trailerStart: total - trailer, version: v }
}

/** Builds [doc][version][total] body; the caller appends the trailer computed over these bytes. */
export function frameHeader(doc: string, version: number, bodyLength: number, trailer: number): Bytes {
  const rest = 2 + bodyLength + trailer
  let lenBytes = 1
  while (varintLength(rest + lenBytes) !== lenBytes) lenBytes++
  const total = rest + lenBytes
  if (total > MAX_CODE_BYTES) throw new RangeError(`code too large: ${total} bytes`)
  const out = new Uint8Array(2 + lenBytes)
  out[0] = byteOf(doc)
  out[1] = version
  let v = total
  for (let i = 2; i < out.length; i++) {
    out[i] = (v % 128) | (i < out.length - 1 ? 0x80 : 0)
    v = Math.floor(v / 128)
  }
  return out
}

// ---------------------------------------------------------------------------------------------------
// Signing and checksums (Web Crypto)
// ---------------------------------------------------------------------------------------------------

/** Keys by class id (receipts) or school id (summaries): a Map or a plain object. */
export type KeyRing = ReadonlyMap<string, Uint8Array> | Readonly<Record<string, Uint8Array>>

export function lookupKey(keys: KeyRing, id: string): Uint8Array | undefined {
  const found =
    typeof (keys as ReadonlyMap<string, Uint8Array>).get === 'function'
      ? (keys as ReadonlyMap<string, Uint8Array>).get(id)
      : Object.hasOwn(keys, id)
        ? (keys as Readonly<Record<string, Uint8Array>>)[id]
        : undefined
  return found && ArrayBuffer.isView(found) && found.length > 0 ? found : undefined
}

/**
 * Imported keys by the key's bytes object: a batch (a province's 1,000 school summaries) verifies with the
 * same few keys, and importing a key is as slow as signing. A key ring's arrays are never changed in place.
 */
const importedKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>()

function hmacKey(key: Uint8Array): Promise<CryptoKey> {
  let k = importedKeys.get(key)
  if (!k) {
    k = crypto.subtle.importKey('raw', new Uint8Array(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
    importedKeys.set(key, k)
    k.catch(() => importedKeys.delete(key))
  }
  return k
}

export async function hmacTag(key: Uint8Array, data: Uint8Array): Promise<Bytes> {
  const k = await hmacKey(key)
  return new Uint8Array(await crypto.subtle.sign('HMAC', k, new Uint8Array(data))).slice(0, TAG_BYTES)
}

export async function checksum(data: Uint8Array): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(data))).slice(0, CHECK_BYTES)
}

/** Compares without an early exit (timing does not matter offline, but it costs nothing). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!
  return diff === 0
}

/** Checks the HMAC tag of a frame; throws 'bad-signature'. */
export async function verifyTag(frame: Frame, key: Uint8Array): Promise<void> {
  const signed = frame.bytes.subarray(0, frame.trailerStart)
  const tag = frame.bytes.subarray(frame.trailerStart)
  if (!equalBytes(await hmacTag(key, signed), tag)) throw new CodecFailure('bad-signature')
}

/** Checks the checksum of a frame; throws 'bad-checksum'. */
export async function verifyChecksum(frame: Frame): Promise<void> {
  const data = frame.bytes.subarray(0, frame.trailerStart)
  if (!equalBytes(await checksum(data), frame.bytes.subarray(frame.trailerStart)))
    throw new CodecFailure('bad-checksum')
}
