// Issue 25: the entry (what must arrive before the welcome works) carries only the app frame. English, the
// welcome's strings (they come with the welcome page), the database layer, the service worker's registration, the
// navigation and the pages' preload lists (a feature's pages.ts) load after it or with their page. Reads dist/
// (made by `npx vite build`, which `npm test` runs before the unit tests).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const DIST = join(process.cwd(), 'dist')

type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean; isDynamicEntry?: boolean }>

describe('the first paint', () => {
  it('imports none of what the welcome does not need before it works', () => {
    const path = join(DIST, '.vite/manifest.json')
    expect(existsSync(path), 'dist/ is missing: run `npx vite build` first').toBe(true)
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest
    const entry = Object.keys(manifest).filter((k) => manifest[k]!.isEntry)
    expect(entry).toEqual(['index.html'])
    const closure = new Set<string>()
    const walk = (k: string): void => {
      if (closure.has(k) || !manifest[k]) return
      closure.add(k)
      for (const i of manifest[k].imports ?? []) walk(i)
    }
    walk('index.html')
    const later = [
      'src/i18n/en.ts',
      'src/i18n/vi-welcome.ts',
      'src/db/learnersRepo.ts',
      'src/pwa/register.ts',
      'src/app/TheNav.vue',
      'src/components/TheToasts.vue',
      'src/features/classroom/pages.ts',
    ]
    for (const k of later) {
      expect(manifest[k], `${k} is not its own chunk`).toBeDefined()
      expect(manifest[k]!.isDynamicEntry, k).toBe(true)
      expect(closure.has(k), `${k} is in the entry's static imports`).toBe(false)
    }
    // The welcome's strings are fetched with the page: index.html preloads them.
    const html = readFileSync(join(DIST, 'index.html'), 'utf8')
    expect(html).toContain(`<link rel="modulepreload" crossorigin href="/${manifest['src/i18n/vi-welcome.ts']!.file}">`)
  })
})
