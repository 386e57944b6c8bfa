// Where the QR reader for browsers without BarcodeDetector (iOS Safari) lives: our own origin, never
// the CDN zxing-wasm would use by default (our CSP refuses it, and minors' phones talk to no third party).
// The 1 MB file is not precached for everyone: a teacher's class page fetches it once when the browser
// will need it, and the service worker keeps it (cache "kns-scanner") for offline scanning.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url'

export const ZXING_WASM_URL = wasmUrl

export function needsPolyfill(): boolean {
  return typeof window !== 'undefined' && !('BarcodeDetector' in window)
}

/**
 * Whether this page may compile WebAssembly: an empty module compiles at once where it may, and throws where
 * the CSP refuses it (no 'wasm-unsafe-eval' before Chrome 97 and Safari 16) or WebAssembly is missing.
 */
export function wasmAllowed(): boolean {
  try {
    return (
      typeof WebAssembly === 'object' &&
      new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) instanceof WebAssembly.Module
    )
  } catch {
    return false
  }
}

/**
 * Called on the class page: fetches the reader while online so that scanning works offline later —
 * a few seconds after the page has settled, so the 1 MB download never competes with the page itself.
 */
export function warmScanner(delayMs = 5000): () => void {
  // Where WebAssembly cannot run, the plain-JavaScript reader is used: nothing to fetch ahead.
  if (!needsPolyfill() || !wasmAllowed()) return () => undefined
  const timer = setTimeout(() => {
    const go = () => navigator.onLine && void fetch(ZXING_WASM_URL).catch(() => undefined)
    if ('requestIdleCallback' in window) requestIdleCallback(go)
    else go()
  }, delayMs)
  return () => clearTimeout(timer)
}
