// fflate as read-excel-file sees it (vite.config.ts routes that one importer here): the same library, but
// `unzip` inflates synchronously. fflate's own async unzip moves entries ≥ 512 KB (a whole grade's sheet)
// to a Worker made from a `blob:` URL, which our CSP (`worker-src 'self'`) refuses — and its promise never
// settles. Each entry's declared size is capped, and fflate inflates into a buffer of that declared size,
// so a lying archive cannot grow past it either.
import { unzipSync, type Unzipped, type UnzipFileInfo, type UnzipOptions, type UnzipCallback } from 'fflate/browser'

export * from 'fflate/browser'

/** The largest entry a class list needs: a 2,000-row × 15-column sheet is ~4 MB of XML. */
export const ZIP_ENTRY_MAX = 40 * 1024 * 1024

export class ZipEntryTooBig extends RangeError {
  constructor(public readonly entry: string) {
    super(`zip entry too big: ${entry}`)
    this.name = 'ZipEntryTooBig'
  }
}

export function unzipCapped(data: Uint8Array, filter?: (f: UnzipFileInfo) => boolean): Unzipped {
  return unzipSync(data, {
    filter: (f) => {
      const wanted = filter ? filter(f) : true
      if (wanted && f.originalSize > ZIP_ENTRY_MAX) throw new ZipEntryTooBig(f.name)
      return wanted
    },
  })
}

export function unzip(data: Uint8Array, opts: UnzipOptions | UnzipCallback, cb?: UnzipCallback): () => void {
  const done = (typeof opts === 'function' ? opts : cb)!
  const options = typeof opts === 'function' ? {} : opts
  let out: Unzipped
  try {
    out = unzipCapped(data, options.filter)
  } catch (e) {
    queueMicrotask(() => done(e as never, null as never))
    return () => undefined
  }
  queueMicrotask(() => done(null as never, out))
  return () => undefined
}
