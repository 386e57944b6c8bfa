// A locality pack travels as a link `/locality#<code>`: JSON, deflate-raw compressed, base64url.
// The fragment never reaches a server, so sharing a pack by Zalo sends nothing to anyone but the receiver.
export function toBase64Url(bytes: Uint8Array): string {
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/')
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))
  return Uint8Array.from(bin, (c) => c.charCodeAt(0))
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(out).arrayBuffer())
}

export async function encodePackLink(pack: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(pack))
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))
}

/**
 * The longest pack code read (characters after `#`): a full pack of Vietnamese text compresses to far
 * less, and the import-channel table refuses longer tokens too.
 */
export const MAX_PACK_CODE = 64 * 1024
/**
 * The most JSON a pack link may expand to. The schema caps every text, so a real pack stays well under it;
 * a few kilobytes of deflate can otherwise expand to gigabytes (a "zip bomb").
 */
export const MAX_PACK_JSON = 512 * 1024

/** Inflates at most `max` bytes, stopping (and cancelling the stream) as soon as the output passes it. */
async function inflateBounded(bytes: Uint8Array, max: number): Promise<Uint8Array | undefined> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    if (size > max) {
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/** Never throws: a damaged, oversize or over-expanding code gives undefined. */
export async function decodePackLink(code: string): Promise<unknown> {
  try {
    const text = code.trim().replace(/^#/, '')
    if (text.length > MAX_PACK_CODE || !/^[A-Za-z0-9_-]*$/.test(text)) return undefined
    const json = await inflateBounded(fromBase64Url(text), MAX_PACK_JSON)
    if (!json) return undefined
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) as unknown
  } catch {
    return undefined
  }
}
