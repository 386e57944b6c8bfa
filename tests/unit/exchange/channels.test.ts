// The import-channel table: what a code is, codes picked out of a chat message, and a batch verified
// before anything is stored.
import { describe, expect, it } from 'vitest'
import {
  docLink,
  docTypeOf,
  findCodes,
  runImport,
  runImports,
  tally,
  type ImportChannel,
  type ImportLine,
} from '@/exchange/channels'
import {
  encodeClassInvite,
  encodeReceipt,
  encodeSchoolInvite,
  newId,
  newKey,
  receiptLink,
  decodeReceipt,
  type Receipt,
} from '@/exchange/codec'
import { encodePackLink } from '@/exchange/localityLink'

const KEY = newKey()
const classId = newId()
const receipt = (seq: number, name = 'Lê Văn An'): Receipt => ({
  classId,
  studentId: newId(),
  name,
  classNumber: 3,
  issuedAt: 1_790_000_000_000,
  seq,
  modules: {},
})

describe('docTypeOf', () => {
  it('names every document kind from a code, a link or a fragment', async () => {
    const r = await encodeReceipt(receipt(1), KEY)
    const ci = await encodeClassInvite({
      classId,
      classKey: KEY,
      className: '6A1',
      school: 'THCS Lê Lợi',
      schoolYear: '2026-2027',
      grade: 6,
    })
    const si = await encodeSchoolInvite({
      schoolId: newId(),
      schoolKey: KEY,
      schoolName: 'THCS Lê Lợi',
      upperLevel: 'Phòng VH-XH xã',
    })
    expect(docTypeOf(r)).toBe('receipt')
    expect(docTypeOf(receiptLink('https://kns.example', r))).toBe('receipt')
    expect(docTypeOf(`#${ci}`)).toBe('classInvite')
    expect(docTypeOf(docLink('schoolInvite', 'https://kns.example', si))).toBe('schoolInvite')
    expect(docTypeOf(docLink('localityPack', 'https://kns.example', await encodePackLink({ a: 1 })))).toBe(
      'localityPack',
    )
  })
  it('answers undefined for words, other links and garbage', () => {
    for (const s of ['', 'Chào cô', 'https://zalo.me/g/abc', '%%%', 'A'.repeat(100_000)])
      expect(docTypeOf(s)).toBeUndefined()
  })
})

describe('findCodes', () => {
  it('finds every code in a chat message, without the words and the punctuation around them', async () => {
    const a = await encodeReceipt(receipt(1), KEY)
    const b = await encodeReceipt(receipt(2, 'Trần Thị Bình'), KEY)
    const text = `Em chào cô ạ! Kết quả của em: https://kns.example/r#${a}. Còn đây là của bạn Bình (${b}), cô xem giúp em nhé.`
    const found = findCodes(text)
    expect(found.codes).toEqual([a, b])
    expect(found.ignored).toBeGreaterThan(10)
  })
  it('keeps one copy of a code pasted twice, and a whole locality pack link', async () => {
    const a = await encodeReceipt(receipt(1), KEY)
    const pack = docLink('localityPack', 'https://kns.example', await encodePackLink({ province: 'X' }))
    expect(findCodes(`${a}\n${a}\r\n/r#${a};  ${pack}`).codes).toEqual([a, pack])
  })
  it('strips zero-width characters a messenger adds', async () => {
    const a = await encodeReceipt(receipt(1), KEY)
    expect(findCodes(`\u200B${a}\u200D`).codes).toEqual([a])
  })
})

describe('runImport', () => {
  it('verifies the whole batch first, stores only valid items together, and counts added and skipped', async () => {
    const good = await encodeReceipt(receipt(1), KEY)
    const stored: Receipt[][] = []
    const channel: ImportChannel<Receipt, 'added' | 'duplicate'> = {
      kind: 'receipt',
      decode: async (code) => {
        const d = await decodeReceipt(code, { [classId]: KEY })
        return d.ok ? { ok: true, item: d.receipt } : d
      },
      store: async (items) => {
        stored.push([...items])
        return items.map((_, i) => (i === 0 ? 'added' : 'duplicate'))
      },
      describe: (r, o): ImportLine => ({ ok: true, changed: o === 'added', text: `${r.name}: ${o}` }),
      refuse: (e): ImportLine => ({ ok: false, changed: false, text: e.problem }),
    }
    const lines = await runImport(channel, [good, good.slice(0, 20), good])
    expect(stored).toHaveLength(1)
    expect(stored[0]).toHaveLength(2)
    expect(lines.map((l) => l.text)).toEqual(['Lê Văn An: added', 'truncated', 'Lê Văn An: duplicate'])
    expect(tally(lines)).toEqual({ added: 1, skipped: 2 })
  })
  it('stores nothing when every code is refused', async () => {
    let calls = 0
    const channel: ImportChannel<Receipt, 'added'> = {
      kind: 'receipt',
      decode: async (code) => {
        const d = await decodeReceipt(code, {})
        return d.ok ? { ok: true, item: d.receipt } : d
      },
      store: async (items) => (calls++, items.map(() => 'added' as const)),
      describe: (r): ImportLine => ({ ok: true, changed: true, text: r.name }),
      refuse: (e): ImportLine => ({ ok: false, changed: false, text: e.problem }),
    }
    await runImport(channel, ['garbage-code-xyz-123456', await encodeReceipt(receipt(1), KEY)])
    expect(calls).toBe(0)
  })
})

describe('runImports', () => {
  const channel = (kind: 'schoolSummary' | 'outreachSummary', stored: string[]): ImportChannel<string, string> => ({
    kind,
    decode: async (code) =>
      code.endsWith('!')
        ? { ok: false, error: { kind: 'bad-data', doc: kind, problem: 'bad-data' } }
        : { ok: true, item: code },
    store: async (items) => {
      stored.push(...items)
      return items.map(() => 'added')
    },
    describe: (item) => ({ ok: true, changed: true, text: `${kind}:${item.slice(0, 4)}` }),
    refuse: (e) => ({ ok: false, changed: false, text: `${e.doc} refused` }),
  })

  it('sends each code to the channel of its kind, anything else to the first, lines in the codes’ order', async () => {
    const { encodeSchoolSummary, encodeOutreachSummary } = await import('@/exchange/codec')
    const { makeSchoolSummary, makeOutreachSummary, UNIT_KEY, TEAM_KEY } = await import('../../factories/chain')
    const ss = await encodeSchoolSummary(makeSchoolSummary(), UNIT_KEY)
    const os = await encodeOutreachSummary(makeOutreachSummary(), TEAM_KEY)
    const schools: string[] = []
    const teams: string[] = []
    const lines = await runImports([channel('schoolSummary', schools), channel('outreachSummary', teams)] as never, [
      os,
      'xin chào!',
      ss,
      `${os}!`,
    ])
    expect(lines.map((l) => l.text)).toEqual([
      `outreachSummary:${os.slice(0, 4)}`,
      'schoolSummary refused',
      `schoolSummary:${ss.slice(0, 4)}`,
      'schoolSummary refused',
    ])
    expect([schools, teams]).toEqual([[ss], [os]])
  })
})
