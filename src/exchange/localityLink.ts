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

/** Never throws: a damaged code gives undefined. */
export async function decodePackLink(code: string): Promise<unknown> {
  try {
    const bytes = fromBase64Url(code.trim().replace(/^#/, ''))
    const json = await pipe(bytes, new DecompressionStream('deflate-raw'))
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) as unknown
  } catch {
    return undefined
  }
}
