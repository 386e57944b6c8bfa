// Security as the app can set it: a strict Content-Security-Policy for scripts, no v-html, and
// external links that cannot reach back into the app.
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]))
const sources = files('src').filter((f) => /\.(vue|ts)$/.test(f))

describe('security headers and markup', () => {
  const html = readFileSync('index.html', 'utf8')
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''

  it('sets a Content-Security-Policy whose scripts come only from the app', () => {
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    )
    // 'wasm-unsafe-eval' lets the app compile its own WebAssembly (the ZXing QR reader, served from 'self');
    // it allows no eval() of JavaScript. Without it the reader finds nothing on iOS (issue #15).
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"])
    expect(directives['default-src']).toEqual(["'self'"])
    expect(directives['connect-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(csp).not.toMatch(/'unsafe-eval'/)
  })

  it('documents the same policy as the deployment header (plus frame-ancestors, which a meta tag cannot set)', () => {
    const readme = readFileSync('README.md', 'utf8')
    const header = /Content-Security-Policy as a header too[^`]*`([^`]+)`/
      .exec(readme)?.[1]
      ?.replace(/\s+/g, ' ')
      .trim()
    // The built page adds script-src-elem with the hash of its one inline script (build/vite-plugin-prerender.ts;
    // dist/_headers carries the real hash, checked in tests/e2e/pwa/first-paint.spec.ts).
    const built = csp.replace(/(script-src [^;]*);/, "$1; script-src-elem 'self' 'sha256-…';")
    expect(built).not.toBe(csp)
    expect(header).toBe(`${built}; frame-ancestors 'none'`)
  })

  it('has no inline script in the page shell', () => {
    const scripts = html.match(/<script\b[^>]*>/g) ?? []
    expect(scripts.every((s) => s.includes('src='))).toBe(true)
  })

  it('never renders HTML from data (no v-html, no innerHTML)', () => {
    for (const f of sources) {
      const text = readFileSync(f, 'utf8')
      expect(text, f).not.toMatch(/v-html|innerHTML\s*=/)
    }
  })

  it('opens external links with rel="noopener"', () => {
    for (const f of sources.filter((x) => x.endsWith('.vue'))) {
      for (const tag of readFileSync(f, 'utf8').match(/<a\b[^>]*target="_blank"[^>]*>/g) ?? []) {
        expect(tag, f).toMatch(/rel="[^"]*noopener/)
      }
    }
  })

  it('loads no third-party resources (fonts, CDNs, analytics) in the shell or styles', () => {
    const shell = [html, ...files('src/styles').map((f) => readFileSync(f, 'utf8'))].join('\n')
    expect(shell).not.toMatch(/https?:\/\/(?!localhost)[^\s"')]+\.(css|js|woff2?)/)
    expect(shell).not.toMatch(/@import\s+url\(\s*['"]?https?:/)
  })
})
