// The polyfills an old phone loads (src/app/polyfillsLoad.ts) make the APIs work, and a current browser
// loads none of them.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installDeflateRaw } from '@/app/deflateRawStream'
import { missingApis } from '@/app/polyfills'

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: { readable: ReadableStream<Uint8Array>; writable: WritableStream<BufferSource> },
): Promise<Uint8Array<ArrayBuffer>> {
  const w = stream.writable.getWriter()
  const [out] = await Promise.all([new Response(stream.readable).arrayBuffer(), w.write(bytes).then(() => w.close())])
  return new Uint8Array(out)
}

describe('polyfills for the baseline browsers', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('a current engine needs none', () => {
    expect(missingApis()).toEqual([])
  })

  it('names what an iOS 15.0 engine lacks (the old-engine walk, scripts/old-chrome-walk.mjs, runs the polyfills)', () => {
    const hasOwn = Object.hasOwn
    const at = Array.prototype.at
    let missing: string[]
    try {
      // @ts-expect-error: removing what iOS 15.0 does not have
      delete Object.hasOwn
      // @ts-expect-error: idem
      delete Array.prototype.at
      vi.stubGlobal('structuredClone', undefined)
      vi.stubGlobal('CompressionStream', undefined)
      missing = missingApis()
    } finally {
      // (vitest itself needs them: put them back before asserting)
      Object.defineProperty(Object, 'hasOwn', { value: hasOwn, configurable: true, writable: true })
      Object.defineProperty(Array.prototype, 'at', { value: at, configurable: true, writable: true })
      vi.unstubAllGlobals()
    }
    expect(missing).toEqual(['Object.hasOwn', '.at()', 'structuredClone', 'CompressionStream', 'DecompressionStream'])
  })

  it("the 'deflate-raw' stream, where an engine has none, is the real format: the native one reads it back", async () => {
    const NativeD = globalThis.DecompressionStream
    const target = { TransformStream } as unknown as typeof globalThis
    installDeflateRaw(target)
    const T = target as unknown as {
      CompressionStream: typeof CompressionStream
      DecompressionStream: typeof DecompressionStream
    }
    const text = new TextEncoder().encode('Gói dữ liệu tỉnh Đồng Nai — '.repeat(50))
    const packed = await pipe(text, new T.CompressionStream('deflate-raw'))
    expect(packed.length).toBeLessThan(text.length / 5)
    expect(await pipe(packed, new NativeD('deflate-raw'))).toEqual(text)
    expect(await pipe(packed, new T.DecompressionStream('deflate-raw'))).toEqual(text)
    // Corrupt input fails the stream, as the native one does.
    await expect(pipe(new Uint8Array([1, 2, 3, 255, 255]), new T.DecompressionStream('deflate-raw'))).rejects.toThrow()
  })
})
