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
 * Called on the class page: fetches the reader while online so that scanning works offline later —
 * a few seconds after the page has settled, so the 1 MB download never competes with the page itself.
 */
export function warmScanner(delayMs = 5000): () => void {
  if (!needsPolyfill()) return () => undefined
  const timer = setTimeout(() => {
    const go = () => navigator.onLine && void fetch(ZXING_WASM_URL).catch(() => undefined)
    if ('requestIdleCallback' in window) requestIdleCallback(go)
    else go()
  }, delayMs)
  return () => clearTimeout(timer)
}
