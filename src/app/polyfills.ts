// The Web and JavaScript APIs the app uses that a baseline browser (.browserslistrc: Chrome/WebView 87,
// iOS Safari 15.0) lacks. A browser that has them all loads nothing (the check below is all it pays); an
// old one loads polyfillsLoad.ts (core-js entries and a deflate-raw stream) before the app starts.
// tests/unit/app/compat.test.ts reads the built files and fails on any API the baseline lacks that is
// neither listed here nor feature-tested where it is used.

/** What polyfillsLoad.ts supplies, named as the compat test reports it. */
export const POLYFILLED = [
  'Object.hasOwn',
  '.at()',
  'structuredClone',
  'CompressionStream',
  'DecompressionStream',
] as const

function deflateRaw(): boolean {
  try {
    new CompressionStream('deflate-raw')
    new DecompressionStream('deflate-raw')
    return true
  } catch {
    return false // no CompressionStream (iOS < 16.4), or no 'deflate-raw' (Chrome < 103)
  }
}

/** Which of POLYFILLED this browser lacks (empty on a current one). */
export function missingApis(): string[] {
  const missing: string[] = []
  if (typeof Object.hasOwn !== 'function') missing.push('Object.hasOwn')
  if (typeof [].at !== 'function' || typeof ''.at !== 'function') missing.push('.at()')
  if (typeof structuredClone !== 'function') missing.push('structuredClone')
  if (!deflateRaw()) missing.push('CompressionStream', 'DecompressionStream')
  return missing
}

/** Resolves once every API of POLYFILLED is there: at once on a current browser. */
export async function loadPolyfills(): Promise<void> {
  if (missingApis().length) await import('./polyfillsLoad')
}
