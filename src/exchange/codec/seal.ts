// The signed-document toolkit: one way to seal a value into a code and one frame reader that opens a code,
// verifies it and returns the value or a problem kind, for every row of DOCUMENTS. Signed documents
// (receipts, summaries) carry an HMAC tag made with the key named by their first id; invites carry a
// checksum. A codec file only says its fields (kit.ts); nothing here knows a field.
import { ByteReader, ByteWriter, concatBytes, idBytes, KEY_BYTES, toBase64url, type Bytes } from './bytes'
import { documentOf, type DocType, type DocValue } from './documents'
import {
  CHECK_BYTES,
  checksum,
  frameHeader,
  hmacTag,
  type KeyRing,
  lookupKey,
  openFrame,
  TAG_BYTES,
  verifyChecksum,
  verifyTag,
} from './frame'
import type { DocumentCodec } from './kit'
import { readId } from './kit'
import { CodecFailure, codecError, type CodecError, failureOf } from './problems'

/** A decoded document, or the reason it was refused (a problem kind; the page puts it into words). */
export type Opened<T> = { ok: true; value: T } | { ok: false; error: CodecError<string> }

function entryOf(type: string): { codec: DocumentCodec<unknown> } {
  const entry = documentOf(type)
  if (!entry) throw new RangeError(`not a document type: ${type}`)
  return entry
}

/** The sealed binary form (before base64url). Throws RangeError for a value or key no phone should make. */
export async function sealBytes<D extends DocType>(type: D, value: DocValue<D>, key?: Uint8Array): Promise<Bytes>
export async function sealBytes(type: string, value: unknown, key?: Uint8Array): Promise<Bytes>
export async function sealBytes(type: string, value: unknown, key?: Uint8Array): Promise<Bytes> {
  const { codec } = entryOf(type)
  const w = new ByteWriter()
  if (codec.seal === 'tag') {
    if (!key || key.length !== KEY_BYTES) throw new RangeError(`${type} key must be ${KEY_BYTES} bytes`)
    const v = codec.normalize(value)
    codec.write(w.bytes(idBytes(codec.keyId(v))), v)
  } else {
    codec.write(w, codec.normalize(value))
  }
  const body = w.finish()
  const trailer = codec.seal === 'tag' ? TAG_BYTES : CHECK_BYTES
  const data = concatBytes(frameHeader(type, codec.version, body.length, trailer), body)
  return concatBytes(data, codec.seal === 'tag' ? await hmacTag(key!, data) : await checksum(data))
}

/** The code as base64url text: what goes after `#` in a link, into a QR code and into copied text. */
export async function seal<D extends DocType>(type: D, value: DocValue<D>, key?: Uint8Array): Promise<string>
export async function seal(type: string, value: unknown, key?: Uint8Array): Promise<string>
export async function seal(type: string, value: unknown, key?: Uint8Array): Promise<string> {
  return toBase64url(await sealBytes(type, value, key))
}

/**
 * Reads a document from a link, a fragment or the bare code (spaces and line breaks ignored) and verifies
 * it: a signed one with the key its first id names in `keys`, an invite by its checksum. Never throws.
 */
export async function open<D extends DocType>(type: D, code: unknown, keys?: KeyRing): Promise<Opened<DocValue<D>>>
export async function open(type: string, code: unknown, keys?: KeyRing): Promise<Opened<unknown>>
export async function open(type: string, code: unknown, keys: KeyRing = {}): Promise<Opened<unknown>> {
  const { codec } = entryOf(type)
  try {
    const frame = openFrame(code, type, codec, codec.seal === 'tag' ? TAG_BYTES : CHECK_BYTES)
    const r = new ByteReader(frame.bytes, frame.bodyStart, frame.trailerStart)
    let value: unknown
    if (codec.seal === 'tag') {
      const keyId = readId(r)
      const key = lookupKey(keys, keyId)
      if (!key) throw new CodecFailure('unknown-key')
      // Nothing past the key id is interpreted before the signature holds.
      await verifyTag(frame, key)
      value = codec.read(r, { version: frame.version, keyId })
    } else {
      await verifyChecksum(frame)
      value = codec.read(r, { version: frame.version })
    }
    if (r.remaining !== 0) throw new CodecFailure('bad-data')
    return { ok: true, value }
  } catch (e) {
    return {
      ok: false,
      error: codecError(type as DocType, failureOf(e), codec.seal === 'tag' ? codec.unknownKey : undefined),
    }
  }
}

/**
 * A signed document read for showing, by any phone: verified when this phone holds the key its first id names
 * (`verified: true`; a bad signature is refused like `open` refuses it), else read WITHOUT a signature check
 * (`verified: false`) so a person can see what it states, marked as unchecked. Never store an unverified value:
 * whoever edits the code can make it state anything. Never throws.
 */
export async function inspect<D extends DocType>(
  type: D,
  code: unknown,
  keys?: KeyRing,
): Promise<Inspected<DocValue<D>>>
export async function inspect(type: string, code: unknown, keys?: KeyRing): Promise<Inspected<unknown>>
export async function inspect(type: string, code: unknown, keys: KeyRing = {}): Promise<Inspected<unknown>> {
  const { codec } = entryOf(type)
  if (codec.seal !== 'tag') throw new RangeError(`${type} is not signed`)
  const opened = await open(type, code, keys)
  if (opened.ok) return { ok: true, value: opened.value, verified: true }
  if (opened.error.problem !== 'unknown-key') return opened
  try {
    // The envelope already held (open read it): the body is read as `open` would, the tag left unchecked.
    const frame = openFrame(code, type, codec, TAG_BYTES)
    const r = new ByteReader(frame.bytes, frame.bodyStart, frame.trailerStart)
    const keyId = readId(r)
    const value = codec.read(r, { version: frame.version, keyId })
    if (r.remaining !== 0) throw new CodecFailure('bad-data')
    return { ok: true, value, verified: false, keyId }
  } catch (e) {
    return { ok: false, error: codecError(type as DocType, failureOf(e), codec.unknownKey) }
  }
}

/** A document read for showing: verified with this phone's key, or (no key here) read with its tag unchecked. */
export type Inspected<T> =
  | { ok: true; value: T; verified: true }
  | { ok: true; value: T; verified: false; keyId: string }
  | { ok: false; error: CodecError<string> }
