// A `/locality#…` link is read from anyone: a small link must not be able to exhaust the phone's memory
// (a deflate bomb), and an oversize one is refused before anything is decompressed (issue #15, defect 5).
import { describe, expect, it, vi } from 'vitest'
import { decodePackLink, encodePackLink, MAX_PACK_CODE, MAX_PACK_JSON } from '@/exchange/localityLink'
import { toBase64Url } from '@/exchange/localityLink'

async function deflate(text: string): Promise<string> {
  const out = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return toBase64Url(new Uint8Array(await new Response(out).arrayBuffer()))
}

describe('locality pack links: bounded input and output', () => {
  it('stops decompressing a small link that would expand past the output cap (a deflate bomb)', async () => {
    const code = await deflate(`{"schemaVersion":1,"id":"${'a'.repeat(20 * 1024 * 1024)}"}`)
    expect(code.length).toBeLessThan(MAX_PACK_CODE)
    const parse = vi.spyOn(JSON, 'parse')
    const started = performance.now()
    expect(await decodePackLink(code)).toBeUndefined()
    expect(parse.mock.calls.every(([t]) => String(t).length <= MAX_PACK_JSON)).toBe(true)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('refuses a code longer than any pack link before decoding it', async () => {
    const atob = vi.spyOn(globalThis, 'atob')
    expect(await decodePackLink('A'.repeat(MAX_PACK_CODE + 1))).toBeUndefined()
    expect(atob).not.toHaveBeenCalled()
  })

  it('still reads a pack up to the output cap', async () => {
    const pack = { schemaVersion: 1, note: 'Đồng Nai '.repeat(Math.floor(MAX_PACK_JSON / 20)) }
    expect(await decodePackLink(await encodePackLink(pack))).toEqual(pack)
  })
})
