// Issue 23: the app works on the baseline of .browserslistrc (Chrome/Android WebView 87, iOS Safari 15.0,
// current Firefox). This reads the built files (dist/, made by `npx vite build`, which `npm test` runs
// before the unit tests) and fails on any API or syntax one of those engines lacks, according to MDN's
// browser-compat-data, that is neither polyfilled (src/app/polyfills.ts) nor tested for where it is used.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { baseline, buildTarget } from '../../../build/browsers.ts'
import { scan } from '../../../build/compat.ts'
import { POLYFILLED } from '@/app/polyfills'

const DIST = join(process.cwd(), 'dist')

/**
 * Used only after a feature test (or by a library that tests first), each with where and how. A new use of
 * one of these without its test is not caught here: the old-engine walk (scripts/old-chrome-walk.mjs) is the
 * second net.
 */
const FEATURE_TESTED: Record<string, string> = {
  'navigator.share': 'the "Chia sẻ…" buttons show only where typeof navigator.share === "function"',
  BarcodeDetector: 'QrScanner picks its reader by capability: BarcodeDetector, else ZXing WebAssembly, else jsQR',
  BroadcastChannel: 'quiz/progress tab sync: typeof BroadcastChannel !== "undefined"; without it tabs refresh on focus',
  'navigator.storage': 'storage persistence and estimate: read through `navigator.storage?.…` / a null test',
  'navigator.wakeLock': 'outreach presenting: `"wakeLock" in navigator`',
  SpeechSynthesisUtterance: 'read-aloud: only when `"speechSynthesis" in window` (the button is hidden otherwise)',
  trustedTypes: 'Vue runtime: `typeof trustedTypes !== "undefined"`',
  MathMLElement: 'Vue runtime: `typeof MathMLElement == "function"`',
  'document.startViewTransition': 'vue-router: `"startViewTransition" in document`',
  'Error.captureStackTrace': 'V8-only stack helper, behind `if (Error.captureStackTrace)` in the library',
  'Symbol.dispose': 'zxing-wasm: `let t = Symbol.dispose; t && (…)`',
  OffscreenCanvas:
    'zxing-wasm (the WebAssembly reader, loaded only without BarcodeDetector): inside try/catch instanceof tests',
  OffscreenCanvasRenderingContext2D: 'zxing-wasm: inside a try/catch',
  VideoFrame: 'zxing-wasm: instanceof test inside try/catch',
  '.grow()': 'zxing-wasm: WebAssembly memory growth inside try/catch',
  '.transfer()': "core-js's structuredClone polyfill: ArrayBuffer.prototype.transfer only where it exists",
  '.use()': 'Vue app.use / pinia plugins, not DisposableStack.prototype.use (DisposableStack itself would be reported)',
  '.move()': "Vue's internal move(), not DisposableStack.prototype.move",
}

function builtFiles(): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f)
      if (statSync(p).isDirectory()) walk(p)
      else if (f.endsWith('.js')) out.push(p)
    }
  }
  walk(DIST)
  return out
}

describe('the browser baseline', () => {
  const base = baseline()

  it('is stated once, in .browserslistrc, and is what the build targets', () => {
    expect(base.chrome).toBe(87)
    expect(base.safari).toBe(15)
    expect(base.firefox).toBeGreaterThanOrEqual(115)
    const vite = readFileSync(join(process.cwd(), 'vite.config.ts'), 'utf8')
    expect(vite).toMatch(/target: buildTarget\(\)/)
    expect(buildTarget()).toEqual(['chrome87', 'edge87', 'safari15', `firefox${base.firefox}`])
  })

  it('catches what the baseline lacks: APIs, globals and syntax (the check itself)', () => {
    const names = scan(
      `Object.groupBy([], (x) => x); [1].findLast((x) => x); new CompressionStream('gzip'); navigator.share({});
       const r = /(?<=a)b/; class A { static { this.x = 1 } #p; has(o) { return #p in o } } ; await Promise.resolve()`,
      base,
    ).map((f) => f.name)
    expect(names).toEqual(
      expect.arrayContaining([
        'Object.groupBy',
        '.findLast()',
        'CompressionStream',
        'navigator.share',
        'syntax: regular expression lookbehind (?<= (?<!',
        'syntax: class static block',
        'syntax: #field in obj',
        'syntax: top-level await',
      ]),
    )
    // What every baseline engine has, and what is only tested for, is not reported.
    expect(
      scan(
        `[1].map((x) => x?.y ?? 0); Promise.allSettled([]); if (typeof structuredClone === 'function') {}; navigator.storage?.estimate()`,
        base,
      ),
    ).toEqual([])
  })

  it('the built files use nothing the baseline lacks that is neither polyfilled nor tested for', () => {
    expect(existsSync(join(DIST, 'index.html')), 'dist/ is missing: run `npx vite build` first').toBe(true)
    const unexplained: string[] = []
    const used = new Set<string>()
    for (const file of builtFiles()) {
      for (const f of scan(readFileSync(file, 'utf8'), base)) {
        used.add(f.name)
        if (!(POLYFILLED as readonly string[]).includes(f.name) && !FEATURE_TESTED[f.name])
          unexplained.push(`${file.slice(DIST.length + 1)}: ${f.name} (${f.key}; missing in ${f.missing.join(', ')})`)
      }
    }
    expect(unexplained).toEqual([])
    // The polyfills are there for something the app really uses.
    for (const p of ['Object.hasOwn', '.at()', 'structuredClone']) expect(used, p).toContain(p)
  }, 60_000) // ~2 MB of JavaScript parsed and walked: a few seconds, more on a loaded machine

  it('the polyfills are their own chunk, which the entry loads only on demand', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
    >
    const entry = Object.values(manifest).find((c) => c.isEntry)!
    expect(entry.dynamicImports ?? []).toContain('src/app/polyfillsLoad.ts')
    const staticClosure = new Set<string>()
    const visit = (k: string) => {
      if (staticClosure.has(k)) return
      staticClosure.add(k)
      for (const i of manifest[k]?.imports ?? []) visit(i)
    }
    visit(Object.keys(manifest).find((k) => manifest[k]!.isEntry)!)
    expect([...staticClosure]).not.toContain('src/app/polyfillsLoad.ts')
  })
})
