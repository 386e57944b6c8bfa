// CompressionStream / DecompressionStream with the 'deflate-raw' format (Chrome 103, Safari 16.4) on older
// engines, from fflate's streaming codecs over the TransformStream they have (Chrome 67, Safari 14.1).
// The native streams stay in use for the formats they know.
import { Deflate, Gunzip, Gzip, Inflate, Unzlib, Zlib } from 'fflate'

type Format = 'deflate' | 'deflate-raw' | 'gzip'
interface Codec {
  ondata: (chunk: Uint8Array, final: boolean) => void
  push(chunk: Uint8Array, final?: boolean): void
}

const CODECS: Record<Format, [new () => Codec, new () => Codec]> = {
  'deflate-raw': [Deflate as never, Inflate as never],
  deflate: [Zlib as never, Unzlib as never],
  gzip: [Gzip as never, Gunzip as never],
}

function bytes(chunk: BufferSource): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  return new Uint8Array(chunk)
}

function fflateStream(format: string, compress: boolean): TransformStream<BufferSource, Uint8Array> {
  const pair = CODECS[format as Format]
  if (!pair) throw new TypeError(`Unsupported compression format: '${format}'`)
  const codec = new pair[compress ? 0 : 1]()
  return new TransformStream<BufferSource, Uint8Array>({
    start(controller) {
      codec.ondata = (chunk) => {
        if (chunk.length) controller.enqueue(chunk)
      }
    },
    transform(chunk) {
      codec.push(bytes(chunk), false)
    },
    flush() {
      codec.push(new Uint8Array(0), true)
    },
  })
}

function supports(Native: typeof CompressionStream | typeof DecompressionStream | undefined): boolean {
  try {
    return !!Native && !!new Native('deflate-raw')
  } catch {
    return false
  }
}

/** Installs the two streams where 'deflate-raw' is missing; leaves a complete native pair alone. */
export function installDeflateRaw(target: typeof globalThis = globalThis): void {
  const g = target as unknown as Record<string, unknown>
  for (const [name, compress] of [
    ['CompressionStream', true],
    ['DecompressionStream', false],
  ] as const) {
    const Native = g[name] as typeof CompressionStream | undefined
    if (supports(Native)) continue
    g[name] = function Stream(format: string) {
      if (Native && format !== 'deflate-raw') return new Native(format as CompressionFormat)
      return fflateStream(format, compress)
    } as unknown
  }
}
