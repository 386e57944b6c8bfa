// Issue 25: a student's phone on a thin link precaches only what a student runs. The teacher-only libraries
// (spreadsheet reader and writer, the QR reader and its polyfill) are built into assets/teacher/, left out of
// the service worker's precache manifest and cached on first use instead. Reads dist/ (made by
// `npx vite build`, which `npm test` runs before the unit tests).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const DIST = join(process.cwd(), 'dist')

function built() {
  expect(existsSync(join(DIST, 'sw.js')), 'dist/ is missing: run `npx vite build` first').toBe(true)
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8')
  const precached = [...sw.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"/g)].map((m) => m[1]!)
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; src?: string }
  >
  return { sw, precached, manifest }
}

describe('the precache of a first visit', () => {
  it('leaves the teacher-only libraries out and caches them on first use', () => {
    const { sw, precached, manifest } = built()
    expect(precached.length).toBeGreaterThan(20)
    const libs = [
      'node_modules/jsqr/dist/jsQR.js',
      'node_modules/barcode-detector/dist/es/ponyfill.js',
      'node_modules/read-excel-file/browser/index.js',
      'node_modules/write-excel-file/universal/index.js',
      // The lesson plan's Word writer (with the docx library) and the lesson plans: only a teacher opens them.
      'src/report/export/docx.ts',
      'virtual:content/plan-dich-vu-cong',
    ]
    for (const lib of libs) {
      const file = manifest[lib]?.file
      expect(file, `${lib} is not in the build`).toBeDefined()
      expect(file!.startsWith('assets/teacher/'), `${lib} → ${file}`).toBe(true)
      expect(precached).not.toContain(file)
    }
    // Nothing from assets/teacher/ is precached, and a route keeps what was fetched there.
    expect(precached.filter((u) => u.startsWith('assets/teacher/'))).toEqual([])
    expect(readdirSync(join(DIST, 'assets/teacher')).length).toBeGreaterThanOrEqual(libs.length)
    expect(sw).toContain('/assets/teacher/')
    expect(sw).toContain('kns-teacher-tools')
  })

  it('still precaches the shell, every page and the lesson content', () => {
    const { precached, manifest } = built()
    // The shell is shell.html (index.html holds the welcome prerendered for a first visit, and is not kept).
    expect(precached).toContain('shell.html')
    expect(precached).not.toContain('index.html')
    const pages = Object.values(manifest).filter((c) => c.src?.endsWith('Page.vue'))
    expect(pages.length).toBeGreaterThan(10)
    for (const p of pages) expect(precached, p.src).toContain(p.file)
    // The lessons, practices and quizzes of every module (its lesson plan is a teacher's, checked above).
    const content = Object.entries(manifest).filter(
      ([k]) => k.includes('virtual:content/') && !k.includes('virtual:content/plan-'),
    )
    expect(content.length).toBeGreaterThanOrEqual(7)
    for (const [, c] of content) expect(precached).toContain(c.file)
  })
})
