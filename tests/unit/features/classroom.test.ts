// The import boundary: codes in, verified, merged in one transaction; anything wrong gets a Vietnamese
// message and changes nothing. Also the student side: joining, and receipts with rising sequence numbers.
import { beforeEach, describe, expect, it } from 'vitest'
import { codecMessage } from '@/i18n/vi-codec'
import fc from 'fast-check'
import { createPinia, setActivePinia } from 'pinia'
import { useClassroomStore } from '@/features/classroom/store'
import { decodeClassInvite, decodeReceipt, encodeReceipt, fromBase64url, newId, type Receipt } from '@/exchange/codec'
import { listStudents } from '@/db/classroomRepo'
import { saveLessonStep } from '@/db/progressRepo'
import { setFeatureMessages } from '@/i18n'
import features from '@/i18n/features'

// The router loads the feature strings before any page opens: the stores word their import lines with them.
setFeatureMessages(features)

beforeEach(() => setActivePinia(createPinia()))

async function teacherWithClass() {
  const classroom = useClassroomStore()
  const cls = await classroom.createClass({
    className: '6A1',
    school: 'THCS Thử Nghiệm',
    schoolYear: '2026-2027',
    grade: 6,
  })
  const key = fromBase64url(cls.keyB64)!.bytes
  const receipt = (over: Partial<Receipt> = {}): Receipt => ({
    classId: cls.id,
    studentId: newId(),
    name: 'Nguyễn Minh An',
    classNumber: 7,
    issuedAt: Date.UTC(2026, 10, 20),
    seq: 1,
    modules: { 'dich-vu-cong': { completedAt: Date.UTC(2026, 10, 19), bestScore: 95, attempts: 2 } },
    ...over,
  })
  return { classroom, cls, key, receipt }
}

describe('importing receipts', () => {
  it('adds, then refuses duplicates and older receipts, keeping newer progress', async () => {
    const { classroom, cls, key, receipt } = await teacherWithClass()
    const r2 = receipt({ seq: 2 })
    const r1 = { ...r2, seq: 1, modules: {} }
    const [a, b] = [await encodeReceipt(r2, key), await encodeReceipt(r1, key)]
    expect((await classroom.importCodes([a])).map((l) => l.text)).toEqual(['Đã thêm Nguyễn Minh An (số 7).'])
    const lines = await classroom.importCodes([a, `https://x.vn/r#${b}`])
    expect(lines.map((l) => l.ok)).toEqual([true, true])
    expect(lines[0]!.text).toContain('đã nhập rồi')
    expect(lines[1]!.text).toContain('cũ hơn')
    const [s] = await listStudents(cls.id)
    expect(s!.modules['dich-vu-cong']).toMatchObject({ bestScore: 95, attempts: 2 })
  })

  it('names the problem of a tampered, truncated, foreign-class or unknown-version code and stores nothing', async () => {
    const { classroom, cls, key, receipt } = await teacherWithClass()
    const good = await encodeReceipt(receipt(), key)
    const other = await encodeReceipt({ ...receipt(), classId: newId() }, key)
    const flipped = good.slice(0, -3) + (good.at(-3) === 'A' ? 'B' : 'A') + good.slice(-2)
    const lines = await classroom.importCodes([flipped, good.slice(0, 40), other, 'xin chào', ''])
    expect(lines.every((l) => !l.ok && l.text.length > 20)).toBe(true)
    expect(new Set(lines.map((l) => l.text)).size).toBeGreaterThanOrEqual(4)
    expect(await listStudents(cls.id)).toEqual([])
  })

  it('merges a batch of 200 receipts in one go', async () => {
    const { classroom, cls, key, receipt } = await teacherWithClass()
    const codes = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        encodeReceipt(receipt({ classNumber: (i % 99) + 1, name: `Học sinh ${i}` }), key),
      ),
    )
    const lines = await classroom.importCodes(codes)
    expect(lines.filter((l) => l.ok)).toHaveLength(200)
    expect(await listStudents(cls.id)).toHaveLength(200)
  })

  it('fuzz: random and mutated codes never throw past the boundary and never change stored data', async () => {
    const { classroom, cls, key, receipt } = await teacherWithClass()
    await classroom.importCodes([await encodeReceipt(receipt({ studentId: 'AAAAAAAAAAA', seq: 5 }), key)])
    const before = JSON.stringify(await listStudents(cls.id))
    const valid = await encodeReceipt(receipt(), key)
    const mutated = fc
      .tuple(fc.nat(valid.length - 1), fc.constantFrom(...'ABCxyz019-_'))
      .map(([i, c]) => valid.slice(0, i) + c + valid.slice(i + 1))
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.base64String(),
          mutated.filter((m) => m !== valid),
        ),
        async (code) => {
          const [line] = await classroom.importCodes([code])
          expect(line!.text.length).toBeGreaterThan(0)
          // A mutation may by chance still be valid only if it decodes and verifies: then it was a new receipt.
          if (line!.ok) expect((await decodeReceipt(code, { [cls.id]: key })).ok).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
    const after = await listStudents(cls.id)
    expect(JSON.stringify(after.filter((s) => s.studentId === 'AAAAAAAAAAA'))).toBe(JSON.stringify(JSON.parse(before)))
  })
})

describe('the student side', () => {
  it('joins from an invite and sends receipts whose sequence rises and that verify with the class key', async () => {
    const { classroom, cls, key } = await teacherWithClass()
    const link = await classroom.invite(cls, 'https://kns.example')
    const inv = await decodeClassInvite(link.split('#')[1])
    if (!inv.ok) throw new Error(codecMessage(inv.error))
    await saveLessonStep({ moduleId: 'dich-vu-cong', lessonId: 'a', step: 0, steps: 3, elapsedMs: 0, done: false }, [
      'a',
    ])
    await classroom.loadMemberships()
    await classroom.join(inv.invite, '  Trần   Thị Bình ', 12)
    const first = await classroom.makeReceipt(cls.id, 'https://kns.example')
    const second = await classroom.makeReceipt(cls.id, 'https://kns.example')
    expect(first.link).toMatch(/^https:\/\/kns\.example\/r#/)
    expect(second.receipt.seq).toBe(first.receipt.seq + 1)
    const r = await decodeReceipt(second.code, { [cls.id]: key })
    expect(r.ok && r.receipt).toMatchObject({
      name: 'Trần Thị Bình',
      classNumber: 12,
      modules: { 'dich-vu-cong': { bestScore: 0, attempts: 0 } },
    })
  })
})
