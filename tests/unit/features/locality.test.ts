import { describe, expect, it } from 'vitest'
import { setActivePinia, createPinia } from 'pinia'
import { loadLocalityPacks } from '../../../build/content-files'
import { parsePack } from '@/content/locality'
import { packTemplate } from '@/content/localityTemplate'
import { decodePackLink, encodePackLink } from '@/exchange/localityLink'
import { useLocalityStore } from '@/features/locality/store'
import { useSettingsStore } from '@/stores/settings'
import { loadLocalityPack, loadSettings } from '@/db/settingsRepo'

describe('locality packs', () => {
  const [dongNai] = loadLocalityPacks()

  it('ships a valid Đồng Nai pack whose unverified addresses are left for the school', () => {
    expect(dongNai!.id).toBe('dong-nai')
    const unverified = dongNai!.channels.filter((c) => c.address === null).map((c) => c.id)
    expect(unverified).toEqual(expect.arrayContaining(['dvc-tinh', 'zalo-tinh', 'dat-lich-kham']))
    for (const c of dongNai!.channels.filter((x) => x.address !== null)) expect(c.source, c.id).toBeDefined()
  })

  it('the template is itself a valid pack', () => {
    expect(parsePack(packTemplate('ha-noi', 'Hà Nội', '2026-11-27'))).toMatchObject({ ok: true })
  })

  it('refuses a foreign file, an old version, and a pack with a need in no group, naming the problem', () => {
    expect(parsePack('xin chào')).toEqual({
      ok: false,
      message: 'Tệp này không phải gói dữ liệu địa phương.',
    })
    expect(parsePack({ schemaVersion: 9 })).toMatchObject({
      ok: false,
      message: expect.stringContaining('phiên bản 9'),
    })
    const bad = {
      ...packTemplate('ha-noi', 'Hà Nội', '2026-11-27'),
      needs: [
        { id: 'x', need: 'Việc', group: 'khong-co', explanation: 'e' },
        ...packTemplate('ha-noi', 'Hà Nội').needs,
      ],
    }
    expect(parsePack(bad)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Gói cũ vẫn được giữ nguyên'),
    })
  })

  it('travels as a link and back; a damaged link decodes to nothing', async () => {
    const code = await encodePackLink(dongNai)
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(await decodePackLink(code)).toEqual(dongNai)
    expect(await decodePackLink(code.slice(0, code.length / 2))).toBeUndefined()
    expect(await decodePackLink('!!!')).toBeUndefined()
  })

  it('using a school pack selects its province and is saved in one step; a bad one changes nothing', async () => {
    setActivePinia(createPinia())
    const settings = useSettingsStore()
    await settings.load()
    const locality = useLocalityStore()
    await locality.load()
    expect(locality.active?.id).toBe('dong-nai')
    const check = locality.check({ ...packTemplate('khong-phai-tinh', 'X', '2026-11-27') })
    expect(check).toMatchObject({
      ok: false,
      message: expect.stringContaining('không có trong danh sách 34 tỉnh'),
    })
    expect(await loadLocalityPack()).toBeUndefined()
    const r = locality.check(packTemplate('ha-noi', 'Hà Nội', '2026-11-27'))
    if (!r.ok) throw new Error(r.message)
    await locality.use(r.pack, 'Tệp mau.json')
    expect(locality.active?.province).toBe('Hà Nội')
    expect(locality.isCustom).toBe(true)
    expect((await loadSettings()).prefs.locality).toBe('ha-noi')
    expect((await loadLocalityPack())?.source).toBe('Tệp mau.json')
    await locality.reset()
    expect(locality.active).toBeUndefined()
  })
})
