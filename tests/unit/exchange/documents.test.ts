// A new document type is one row of DOCUMENTS plus one codec file: this test registers a fixture type (the
// row here, the codec in tests/fixtures/noteDocument.ts) and sends it through every channel a code arrives
// by — a link, text pasted from a chat, the import table — with nothing else in the app changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DOCUMENTS,
  newId,
  newKey,
  open,
  seal,
  decodeReceipt,
  encodeReceipt,
  type DocumentEntry,
  type Receipt,
} from '@/exchange/codec'
import {
  docLink,
  docTypeOf,
  documentDecoder,
  findCodes,
  runImport,
  runImports,
  tally,
  type DocKind,
  type ImportChannel,
  type ImportLine,
} from '@/exchange/channels'
import { noteCodec, type Note } from '../../fixtures/noteDocument'

const table = DOCUMENTS as unknown as Record<string, DocumentEntry<unknown>>
const NOTE = 'note' as DocKind
const ORIGIN = 'https://kns.example'
const GROUP = newId()
const KEY = newKey()
const note = (count: number, name = 'Phạm Thu Hà'): Note => ({
  groupId: GROUP,
  memberId: newId(),
  name,
  count,
})

beforeAll(() => {
  table.note = { byte: 200, path: '/n', codec: noteCodec as never }
})
afterAll(() => {
  delete table.note
})

/** What a receiving store would write for this type: a channel over the toolkit's decoder. */
function noteChannel(stored: Note[]): ImportChannel<Note, 'added'> {
  return {
    kind: NOTE,
    decode: documentDecoder('note' as never, () => ({ [GROUP]: KEY })) as never,
    store: async (items) => {
      stored.push(...items)
      return items.map(() => 'added' as const)
    },
    describe: (n) => ({ ok: true, changed: true, text: `${n.name}: ${n.count}` }),
    refuse: (error) => ({ ok: false, changed: false, text: `${error.doc}/${error.problem}/${error.kind}` }),
  }
}

describe('a document type added as one table row and one codec file', () => {
  it('is sealed by the toolkit only with a key and a value its codec accepts', async () => {
    await expect(seal('note', note(3))).rejects.toThrow(RangeError)
    await expect(seal('note', note(3, ' \u200B '), KEY)).rejects.toThrow(RangeError)
    await expect(seal('note', note(1000), KEY)).rejects.toThrow(RangeError)
  })

  it('round-trips through link, paste and import, and is told apart from every other type', async () => {
    const a = note(3)
    const b = note(7, 'Nguyễn Văn Bình')
    const codeA = await seal('note', a, KEY)
    const codeB = await seal('note', b, KEY)
    // Link: the row's path, and the first byte says which type.
    const link = docLink(NOTE, ORIGIN, codeA)
    expect(link).toBe(`${ORIGIN}/n#${codeA}`)
    expect(docTypeOf(link)).toBe('note')
    expect(await open('note', link, { [GROUP]: KEY })).toEqual({ ok: true, value: a })
    // Paste: a chat message with words and punctuation around the codes.
    const chat = `Em gửi cô ạ: ${link}. Còn bạn Bình: (${codeB}) nhé!`
    const { codes } = findCodes(chat)
    expect(codes).toEqual([codeA, codeB])
    // Import: verified, then stored together; a damaged copy is refused and stores nothing.
    const stored: Note[] = []
    const damaged = codeA.slice(0, -3) + (codeA.endsWith('AAA') ? 'BBB' : 'AAA')
    const lines = await runImport(noteChannel(stored), [...codes, damaged])
    expect(stored).toEqual([a, b])
    expect(lines.map((l) => l.text)).toEqual([
      'Phạm Thu Hà: 3',
      'Nguyễn Văn Bình: 7',
      'note/bad-signature/bad-signature',
    ])
    expect(tally(lines)).toEqual({ added: 2, skipped: 1 })
  })

  it('gets every problem kind from the toolkit: unknown key, wrong type, newer version', async () => {
    const code = await seal('note', note(1), KEY)
    const unknown = await open('note', code, {})
    expect(!unknown.ok && unknown.error).toEqual({
      kind: 'unknown-group',
      doc: 'note',
      problem: 'unknown-key',
    })
    const receipt: Receipt = {
      classId: newId(),
      studentId: newId(),
      name: 'Lê An',
      classNumber: 1,
      issuedAt: 1_790_000_000_000,
      seq: 1,
      modules: {},
    }
    const r = await encodeReceipt(receipt, KEY)
    const asNote = await open('note', r, { [GROUP]: KEY })
    expect(!asNote.ok && asNote.error.problem).toBe('wrong-doc:receipt')
    const asReceipt = await decodeReceipt(code, {})
    expect(!asReceipt.ok && asReceipt.error.problem).toBe('wrong-doc:note')
    const newer = { ...noteCodec, version: 2 }
    table.note = { byte: 200, path: '/n', codec: newer as never }
    const v2 = await seal('note', note(1), KEY)
    table.note = { byte: 200, path: '/n', codec: noteCodec as never }
    const tooNew = await open('note', v2, { [GROUP]: KEY })
    expect(!tooNew.ok && tooNew.error.problem).toBe('newer-version')
  })

  it('shares a mixed paste with the existing types, each code to its own channel', async () => {
    const stored: Note[] = []
    const receiptLines: ImportLine[] = []
    const receiptKey = newKey()
    const classId = newId()
    const receipt: Receipt = {
      classId,
      studentId: newId(),
      name: 'Lê An',
      classNumber: 1,
      issuedAt: 1_790_000_000_000,
      seq: 1,
      modules: {},
    }
    const receipts: ImportChannel<Receipt, 'added'> = {
      kind: 'receipt',
      decode: async (c) => {
        const d = await decodeReceipt(c, { [classId]: receiptKey })
        return d.ok ? { ok: true, item: d.receipt } : d
      },
      store: async (items) => items.map(() => 'added' as const),
      describe: (x) => {
        const line = { ok: true, changed: true, text: x.name }
        receiptLines.push(line)
        return line
      },
      refuse: () => ({ ok: false, changed: false, text: 'refused' }),
    }
    const codes = [await encodeReceipt(receipt, receiptKey), await seal('note', note(5), KEY)]
    const lines = await runImports([receipts, noteChannel(stored)] as never, codes)
    expect(lines.map((l) => l.text)).toEqual(['Lê An', 'Phạm Thu Hà: 5'])
    expect(stored).toHaveLength(1)
  })
})
