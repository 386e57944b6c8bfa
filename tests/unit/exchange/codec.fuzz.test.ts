// Property and fuzz tests of the classroom codecs (fast-check): whatever reaches decodeReceipt — random text,
// damaged or edited receipts, correctly signed garbage — it never throws; every result is either a receipt
// that re-encodes and verifies again, or an error with a Vietnamese message. Plus round trips, name
// normalisation and the merge rules over random histories. About 20,000 decodes; a few seconds.
import fc from 'fast-check'
import { codecMessage } from '@/i18n/vi-codec'
import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { MODULE_IDS } from '@/content/constants'
import {
  decodeClassInvite,
  decodeReceipt,
  decodeSchoolInvite,
  decodeSummary,
  encodeReceipt,
  extractCode,
  mergeReceipt,
  normalizeName,
  normalizeReceipt,
  receiptBytes,
  type Receipt,
  type ReceiptResult,
  type StudentRecord,
} from '@/exchange/codec'
import { BASE64URL_ALPHABET, ByteReader, fromBase64url, idBytes, toBase64url } from '@/exchange/codec/bytes'
import { frameHeader } from '@/exchange/codec/frame'
import { EPOCH_MS } from '@/domain/time'

const CLASS_A = 'AAECAwQFBgc'
const CLASS_B = 'BwYFBAMCAQA'
const KEYS: Record<string, Uint8Array> = {
  [CLASS_A]: Uint8Array.from({ length: 16 }, (_, i) => i),
  [CLASS_B]: Uint8Array.from({ length: 16 }, (_, i) => 0xf0 + i),
}
const KINDS = ['empty', 'bad-encoding', 'truncated', 'unknown-version', 'unknown-class', 'bad-signature', 'bad-data']
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i
const ALPHABET = BASE64URL_ALPHABET.split('')

// ---------------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------------
const idArb = fc.uint8Array({ minLength: 8, maxLength: 8 }).map(toBase64url)
const nameArb = fc
  .oneof(
    fc.constantFrom(
      'Nguyễn Thị Phương Thảo Ngọc Bích Hồng Nhung',
      'Lò Văn Páo',
      'Hà Thị Ý',
      'Đặng Quốc Bảo',
      'Nguye\u0302\u0303n  An',
    ),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 50 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
  )
  .filter((s) => normalizeName(s) !== '')
// From before the epoch (a phone with a wrong clock) to past the largest day a receipt can carry.
const timeArb = fc.integer({ min: EPOCH_MS - 1e10, max: EPOCH_MS + 1e13 })
const moduleArb = fc.record(
  {
    bestScore: fc.double({ min: -10, max: 120, noNaN: true }),
    attempts: fc.integer({ min: 0, max: 1000 }),
    completedAt: timeArb,
  },
  { requiredKeys: ['bestScore', 'attempts'] },
)
const modulesArb = fc
  .tuple(...MODULE_IDS.map(() => fc.option(moduleArb, { nil: undefined })))
  .map((list) => Object.fromEntries(list.flatMap((m, i) => (m ? [[MODULE_IDS[i]!, m]] : []))) as Receipt['modules'])
const receiptArb: fc.Arbitrary<Receipt> = fc.record({
  classId: fc.constantFrom(CLASS_A, CLASS_B),
  studentId: idArb,
  name: nameArb,
  classNumber: fc.integer({ min: 1, max: 999 }),
  issuedAt: timeArb,
  seq: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  modules: modulesArb,
})

const b64Arb = (maxLength: number) => fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength })
const junkCharArb = fc.constantFrom(...ALPHABET, ' ', '\n', '\u200B', '#', '+', '/', '=', '.', 'ă', 'Đ', '😀', '\u0000')

type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'cut'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'replace'; at: number; char: string }
  | { op: 'delete'; at: number }
  | { op: 'space'; at: number; text: string }
  | { op: 'double'; at: number }
  | { op: 'wrap'; before: string; after: string }
const at = fc.nat({ max: 400 })
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at, bit: fc.nat({ max: 7 }) }),
  fc.record({ op: fc.constant('cut' as const), at }),
  fc.record({
    op: fc.constant('insert' as const),
    at,
    text: fc.string({ unit: junkCharArb, minLength: 1, maxLength: 4 }),
  }),
  fc.record({ op: fc.constant('replace' as const), at, char: fc.constantFrom(...ALPHABET) }),
  fc.record({ op: fc.constant('delete' as const), at }),
  fc.record({
    op: fc.constant('space' as const),
    at,
    text: fc.constantFrom(' ', '\n', '\r\n', '\t', '\u200B', '\uFEFF'),
  }),
  fc.record({ op: fc.constant('double' as const), at }),
  fc.record({
    op: fc.constant('wrap' as const),
    before: fc.constantFrom(
      '',
      'https://kynangso.edu.vn/r#',
      '#',
      'Kết quả của em: https://x.vn/r#',
      'https://x.vn/join#',
    ),
    after: fc.constantFrom('', ' ', '\n', ' ạ', '#'),
  }),
)

/** Applies a mutation to a code; `at` is taken modulo the length so every position is reachable. */
function mutate(code: string, m: Mutation): string {
  const i = code.length === 0 ? 0 : ('at' in m ? m.at : 0) % (code.length + 1)
  switch (m.op) {
    case 'flip': {
      const bytes = fromBase64url(code)?.bytes
      if (!bytes || bytes.length === 0) return code
      const copy = bytes.slice()
      copy[i % copy.length]! ^= 1 << m.bit
      return toBase64url(copy)
    }
    case 'cut':
      return code.slice(0, i)
    case 'insert':
    case 'space':
      return code.slice(0, i) + m.text + code.slice(i)
    case 'replace':
      return code.slice(0, i) + m.char + code.slice(i + 1)
    case 'delete':
      return code.slice(0, i) + code.slice(i + 1)
    case 'double':
      return code + code.slice(i)
    case 'wrap':
      return m.before + code + m.after
  }
}

/** A receipt frame around `body`, signed with the right key: reaches every check behind the signature. */
function signed(body: Uint8Array, key: Uint8Array): string {
  const data = new Uint8Array([...frameHeader('receipt', 1, body.length, 16), ...body])
  const tag = createHmac('sha256', key).update(data).digest().subarray(0, 16)
  return toBase64url(new Uint8Array([...data, ...tag]))
}

function bodyOf(bytes: Uint8Array): Uint8Array {
  const r = new ByteReader(bytes, 2)
  r.varint()
  return bytes.slice(r.pos, bytes.length - 16)
}

// ---------------------------------------------------------------------------------------------------
// The invariant every decode must keep
// ---------------------------------------------------------------------------------------------------
let decodes = 0

/** `canonical`: an accepted code must be exactly what the encoder writes for the decoded receipt. */
async function holds(input: unknown, canonical: boolean): Promise<ReceiptResult> {
  decodes++
  let res: ReceiptResult
  try {
    res = await decodeReceipt(input, KEYS)
  } catch (e) {
    throw new Error(`decodeReceipt threw on ${JSON.stringify(input)}: ${String(e)}`)
  }
  if (res.ok) {
    const again = await encodeReceipt(res.receipt, KEYS[res.receipt.classId]!)
    expect(await decodeReceipt(again, KEYS)).toEqual(res)
    if (canonical) expect(again).toBe(extractCode(input as string))
  } else {
    expect(KINDS).toContain(res.error.kind)
    expect(codecMessage(res.error).length).toBeGreaterThan(30)
    expect(codecMessage(res.error)).toMatch(VIETNAMESE)
  }
  return res
}

describe('decodeReceipt under fuzzing', () => {
  it('handles 4,000 random strings of every kind of character', async () => {
    const anyString = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ maxLength: 300 }),
      fc.string({ unit: junkCharArb, maxLength: 300 }),
    )
    await fc.assert(
      fc.asyncProperty(anyString, async (s) => {
        const res = await holds(s, true)
        expect(res.ok).toBe(false)
      }),
      { numRuns: 4000 },
    )
  })

  it('handles 3,000 random base64url strings, many with a receipt header in front', async () => {
    const prefixed = fc.tuple(
      fc.constantFrom('', 'Aw', 'AwE', 'AwF', 'AwH', 'AwJ', 'AwGA', 'AwF-AAECAwQFBgc', 'AwF-BwYFBAMCAQA'),
      b64Arb(300),
    )
    await fc.assert(
      fc.asyncProperty(prefixed, async ([head, tail]) => {
        await holds(head + tail, true)
      }),
      { numRuns: 3000 },
    )
  })

  it('handles 5,000 damaged or edited valid receipts (bit flips, cuts, insertions, base64 noise)', async () => {
    let accepted = 0
    await fc.assert(
      fc.asyncProperty(receiptArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), async (r, mutations) => {
        const code = await encodeReceipt(r, KEYS[r.classId]!)
        const input = mutations.reduce(mutate, code)
        const res = await holds(input, true)
        // Only changes that leave the code itself intact (spaces, a wrapping link) can be accepted.
        if (res.ok) {
          accepted++
          expect(extractCode(input)).toBe(code)
          expect(res.receipt).toEqual(normalizeReceipt(r))
        }
      }),
      { numRuns: 5000 },
    )
    expect(accepted).toBeGreaterThan(0)
  })

  it('handles 3,000 correctly signed bodies of random or edited bytes (only a key holder could send these)', async () => {
    const randomBody = fc
      .tuple(fc.constantFrom(CLASS_A, CLASS_B), fc.uint8Array({ maxLength: 160 }))
      .map(([id, rest]) => ({
        id,
        body: new Uint8Array([...idBytes(id), ...rest]),
      }))
    const editedBody = fc
      .tuple(receiptArb, fc.nat(), fc.nat({ max: 255 }), fc.nat({ max: 3 }))
      .map(([r, pos, value, cut]) => ({ r, pos, value, cut }))
    const cases = fc.oneof(
      randomBody.map((b) => async () => signed(b.body, KEYS[b.id]!)),
      editedBody.map((e) => async () => {
        const body = bodyOf(await receiptBytes(e.r, KEYS[e.r.classId]!))
        const i = 8 + (e.pos % (body.length - 8)) // keep the class id, so the right key is found
        body[i] = e.value
        return signed(body.subarray(0, body.length - e.cut), KEYS[e.r.classId]!)
      }),
    )
    let accepted = 0
    await fc.assert(
      fc.asyncProperty(cases, async (make) => {
        // Unknown module bits (from a "newer app") are dropped on re-encoding, so no byte-equality here.
        if ((await holds(await make(), false)).ok) accepted++
      }),
      { numRuns: 3000 },
    )
    expect(accepted).toBeGreaterThan(0)
  })

  it('decoded at least 10,000 inputs', () => {
    expect(decodes).toBeGreaterThanOrEqual(10_000)
  })
})

describe('the other decoders under fuzzing', () => {
  it('never throw on 1,500 random strings each', async () => {
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.tuple(fc.constantFrom('AQF', 'AgF', 'BAF'), b64Arb(200)).map(([a, b]) => a + b),
    )
    await fc.assert(
      fc.asyncProperty(input, async (s) => {
        for (const res of [await decodeClassInvite(s), await decodeSchoolInvite(s), await decodeSummary(s, KEYS)]) {
          if (!res.ok) expect(codecMessage(res.error)).toMatch(VIETNAMESE)
        }
      }),
      { numRuns: 1500 },
    )
  })
})

// ---------------------------------------------------------------------------------------------------
describe('properties', () => {
  it('round-trips any receipt to its normalised form', async () => {
    await fc.assert(
      fc.asyncProperty(receiptArb, async (r) => {
        const res = await decodeReceipt(await encodeReceipt(r, KEYS[r.classId]!), KEYS)
        expect(res).toEqual({ ok: true, receipt: normalizeReceipt(r) })
        expect(normalizeReceipt(normalizeReceipt(r))).toEqual(normalizeReceipt(r))
      }),
      { numRuns: 1000 },
    )
  })

  it('normalises names idempotently to at most 40 characters without hidden characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 })),
        (s) => {
          const n = normalizeName(s)
          expect(normalizeName(n)).toBe(n)
          expect(Array.from(n).length).toBeLessThanOrEqual(40)
          expect(n).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]|^\s|\s$|\s\s/u)
        },
      ),
      { numRuns: 2000 },
    )
  })

  // A student's real history: scores and attempts only grow, a completion date never changes once set.
  const historyArb = fc
    .array(fc.tuple(fc.nat({ max: 6 }), fc.nat({ max: 30 }), fc.nat({ max: 3 }), fc.boolean()), {
      minLength: 1,
      maxLength: 8,
    })
    .map((steps) => {
      const modules: Record<string, { bestScore: number; attempts: number; completedAt?: number }> = {}
      return steps.map(([m, gain, tries, completes], i): Receipt => {
        const id = MODULE_IDS[m]!
        const prev = modules[id] ?? { bestScore: 0, attempts: 0 }
        const next = {
          ...prev,
          bestScore: Math.min(100, prev.bestScore + gain),
          attempts: prev.attempts + tries,
        }
        if (completes && next.completedAt === undefined)
          next.completedAt = EPOCH_MS + (400 + i) * 86_400_000 + 43_200_000
        modules[id] = next
        return normalizeReceipt({
          classId: CLASS_A,
          studentId: 'CAkKCwwNDg8',
          name: `Học sinh ${i}`,
          classNumber: 1 + i,
          issuedAt: EPOCH_MS + i * 60_000,
          seq: i + 1,
          modules: structuredClone(modules) as Receipt['modules'],
        })
      })
    })

  it('ends with the newest receipt whatever the import order and however often each is imported', () => {
    fc.assert(
      fc.property(
        historyArb.chain((h) =>
          fc.tuple(fc.constant(h), fc.shuffledSubarray([...h, ...h], { minLength: 2 * h.length })),
        ),
        ([history, order]) => {
          let stored: StudentRecord | undefined
          for (const r of order) stored = mergeReceipt(stored, r).record
          expect(stored).toEqual(mergeReceipt(undefined, history.at(-1)!).record)
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('never loses a completion or lowers a score, even for receipts that contradict each other', () => {
    fc.assert(
      fc.property(
        fc.array(
          receiptArb.map((r) => normalizeReceipt({ ...r, classId: CLASS_A, studentId: 'CAkKCwwNDg8' })),
          { minLength: 1, maxLength: 6 },
        ),
        (receipts) => {
          let stored: StudentRecord | undefined
          for (const r of receipts) {
            const before = stored
            const out = mergeReceipt(stored, r)
            stored = out.record
            if (!out.changed) expect(stored).toBe(before)
            for (const id of MODULE_IDS) {
              const had = before?.modules[id]
              const now = stored.modules[id]
              if (!had) continue
              expect(now?.bestScore).toBeGreaterThanOrEqual(had.bestScore)
              expect(now?.attempts).toBeGreaterThanOrEqual(had.attempts)
              if (had.completedAt !== undefined) expect(now?.completedAt).toBeLessThanOrEqual(had.completedAt)
            }
          }
        },
      ),
      { numRuns: 1000 },
    )
  })
})
