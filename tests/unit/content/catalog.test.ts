// The module catalogue (content/catalog.ts) is built from the content folders alone: an eighth module folder
// gives an eighth entry, in its order, with its title, and every count read from the catalogue follows.
import { describe, expect, it } from 'vitest'
import { modules } from 'virtual:content/index'
import { buildCatalog, catalog, MODULE_COUNT } from '@/content/catalog'
import type { ModuleMeta } from '@/content/schema'
import vi from '@/i18n/vi'
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
    expect(vi.roles.studentHint).toContain(`${modules.length} mô-đun`)
    expect(vi.certificate.subtitle).toContain(`${modules.length} mô-đun`)
    expect(school.school.report.completedAll).toContain(`${modules.length} mô-đun`)
  })
})
