// The module catalogue (content/catalog.ts) is built from the content folders alone: an eighth module folder
// gives an eighth entry, in its order, with its title, and every count read from the catalogue follows.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listedModuleIds, moduleIdsSource, orderedModuleIds, writeModuleIds } from '../../../build/content-files'
import { MODULE_IDS } from '@/content/constants'
import { modules } from 'virtual:content/index'
import { buildCatalog, catalog, MODULE_COUNT } from '@/content/catalog'
import type { ModuleMeta } from '@/content/schema'
import welcome from '@/i18n/vi-welcome'
import pages from '@/i18n/vi-pages'
import school from '@/i18n/vi-school'

/** A module folder's metadata, as the build compiles it from an eighth folder's module.yaml. */
const eighth = (): ModuleMeta => ({
  ...modules[0]!,
  id: 'hoc-tap-so' as ModuleMeta['id'],
  order: modules.length + 1,
  title: 'Học tập trên mạng',
  lessons: ['bai-1'],
})

describe('the module catalogue', () => {
  it('is the content folders in their order', () => {
    expect(catalog.count).toBe(modules.length)
    expect(catalog.modules.map((m) => m.order)).toEqual([...modules].map((m) => m.order).sort((a, b) => a - b))
    for (const m of modules) expect(catalog.title(m.id)).toBe(m.title)
    expect(catalog.title('mo-dun-moi')).toBe('mo-dun-moi')
  })

  it('takes an eighth module folder with nothing else changed', () => {
    const grown = buildCatalog([eighth(), ...modules])
    expect(grown.count).toBe(modules.length + 1)
    expect(grown.modules.at(-1)!.id).toBe('hoc-tap-so')
    expect(grown.title('hoc-tap-so')).toBe('Học tập trên mạng')
    expect(grown.modules.slice(0, -1).map((m) => m.id)).toEqual(catalog.modules.map((m) => m.id))
  })

  it('is where every "N mô-đun" of the messages comes from', () => {
    expect(MODULE_COUNT).toBe(modules.length)
    expect(welcome.roles.studentHint).toContain(`${modules.length} mô-đun`)
    expect(pages.certificate.subtitle).toContain(`${modules.length} mô-đun`)
    expect(school.school.report.completedAll).toContain(`${modules.length} mô-đun`)
  })
})

/** A content root with one module.yaml per folder (only what the id list reads: the order). */
function contentRoot(folders: Array<[string, number]>, listed: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'kns-modules-'))
  for (const [id, order] of folders) {
    mkdirSync(join(root, id))
    writeFileSync(join(root, id, 'module.yaml'), `id: ${id}\norder: ${order}\n`)
  }
  writeFileSync(join(root, 'moduleIds.ts'), moduleIdsSource(listed))
  return root
}

describe('MODULE_IDS, the module list every code and report uses', () => {
  it('is the content folders in their order, as the build last wrote it', () => {
    expect([...MODULE_IDS]).toEqual(orderedModuleIds())
    expect([...MODULE_IDS]).toEqual(modules.map((m) => m.id))
    expect(readFileSync('src/content/moduleIds.ts', 'utf8')).toBe(moduleIdsSource(orderedModuleIds()))
  })

  it('gains an eighth module from its folder alone, appended after the others', () => {
    const seven: Array<[string, number]> = MODULE_IDS.map((id, i) => [id, i + 1])
    const root = contentRoot([...seven, ['hoc-tap-so', 8]], MODULE_IDS)
    expect(writeModuleIds(root)).toBe(true)
    expect(listedModuleIds(readFileSync(join(root, 'moduleIds.ts'), 'utf8'))).toEqual([...MODULE_IDS, 'hoc-tap-so'])
    expect(writeModuleIds(root)).toBe(false)
  })

  it('refuses a new module placed before the others: codes already sent would change meaning', () => {
    const shifted: Array<[string, number]> = MODULE_IDS.map((id, i) => [id, i + 2])
    const root = contentRoot([['hoc-tap-so', 1], ...shifted], MODULE_IDS)
    expect(() => writeModuleIds(root)).toThrow(/Mô-đun mới phải đứng sau các mô-đun cũ/)
    expect(readFileSync(join(root, 'moduleIds.ts'), 'utf8')).toBe(moduleIdsSource(MODULE_IDS))
  })
})
