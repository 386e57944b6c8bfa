// The three QR readers, chosen by what the browser can do (never by its name), best first:
// 1. the browser's own BarcodeDetector (Chrome on Android with Play services) — nothing to load;
// 2. the ZXing WebAssembly reader from our origin — where WebAssembly compiles under our CSP
//    ('wasm-unsafe-eval': Chrome 97+, Safari 16+);
// 3. jsQR, pure JavaScript — everywhere else (iOS 15, Chrome < 97, a WebAssembly refused or broken).
// Each is loaded only when scanning starts, and only if the one before it cannot run.
import { wasmAllowed, ZXING_WASM_URL } from './scannerWasm'

export interface Detector {
  detect: (source: HTMLVideoElement) => Promise<Array<{ rawValue: string }>>
}
export type ReaderKind = 'native' | 'zxing' | 'jsqr'
type DetectorCtor = (new (opts: { formats: string[] }) => Detector) & {
  getSupportedFormats?: () => Promise<string[]>
}

/** How long the WebAssembly reader may take to compile before jsQR is used instead (a slow phone: ~1 s). */
const ZXING_TIMEOUT_MS = 10_000

async function native(): Promise<Detector | undefined> {
  const Ctor = (window as unknown as { BarcodeDetector?: DetectorCtor }).BarcodeDetector
  if (typeof Ctor !== 'function') return undefined
  try {
    const formats = await Ctor.getSupportedFormats?.()
    // A detector without QR codes (some desktop builds list none) is no reader for us.
    if (formats && !formats.includes('qr_code')) return undefined
    return new Ctor({ formats: ['qr_code'] })
  } catch {
    return undefined
  }
}

async function zxing(): Promise<Detector | undefined> {
  if (!wasmAllowed()) return undefined
  try {
    const mod = await import('barcode-detector/ponyfill')
    // Compiled now, so that a refusal (CSP, no memory) falls through to jsQR before the camera opens.
    await Promise.race([
      mod.prepareZXingModule({
        overrides: {
          locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? ZXING_WASM_URL : prefix + path),
        },
        fireImmediately: true,
      }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ZXING_TIMEOUT_MS)),
    ])
    return new (mod.BarcodeDetector as unknown as DetectorCtor)({ formats: ['qr_code'] })
  } catch {
    return undefined
  }
}

/** jsQR over the current video frame, drawn on a canvas at most 800 pixels wide (fast enough on a cheap phone). */
async function jsqr(): Promise<Detector> {
  const { default: jsQR } = await import('jsqr')
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (!ctx) throw new Error('no 2d canvas')
  return {
    async detect(video) {
      const w0 = video.videoWidth
      const h0 = video.videoHeight
      if (!w0 || !h0) return []
      const scale = Math.min(1, 800 / Math.max(w0, h0))
      const w = Math.round(w0 * scale)
      const h = Math.round(h0 * scale)
      if (canvas.width !== w || canvas.height !== h) Object.assign(canvas, { width: w, height: h })
      ctx.drawImage(video, 0, 0, w, h)
      const found = jsQR(ctx.getImageData(0, 0, w, h).data, w, h, { inversionAttempts: 'attemptBoth' })
      return found?.data ? [{ rawValue: found.data }] : []
    },
  }
}

/** The best reader this browser can run. Throws only if even jsQR cannot load. */
export async function pickReader(): Promise<{ kind: ReaderKind; detector: Detector }> {
  const n = await native()
  if (n) return { kind: 'native', detector: n }
  const z = await zxing()
  if (z) return { kind: 'zxing', detector: z }
  return { kind: 'jsqr', detector: await jsqr() }
}
