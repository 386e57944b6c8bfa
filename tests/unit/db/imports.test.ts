// Imports that scale: a batch of 1,000 receipts or summaries is one transaction with one read per class or
// receiver (not one awaited get per record), and ends with exactly what merging the batch one by one gives.
import { describe, expect, it, vi } from 'vitest'
import { listStudents, mergeReceipts } from '@/db/classroomRepo'
import { listSchoolSummaries, storeSchoolSummaries } from '@/db/chainRepo'
import { listSummaries, storeSummaries } from '@/db/schoolRepo'
import { mergeReceipt } from '@/domain/merge'
import type { ClassSummary, Receipt, StudentRecord } from '@/domain/records'
import { makeSchoolSummary, SCHOOL } from '../../factories/chain'

const receipt = (classId: string, n: number, seq: number): Receipt => ({
  classId,
  studentId: `s${n}`,
  name: `Học sinh ${n}`,
  classNumber: (n % 40) + 1,
  issuedAt: 1_760_000_000_000 + seq * 1000,
  seq,
  modules: { 'dich-vu-cong': { bestScore: (n * 7 + seq) % 101, attempts: seq } },
})

/** Counts the IndexedDB calls an import makes (fake-indexeddb's classes are the globals here). */
function countCalls() {
  return {
    transactions: vi.spyOn(IDBDatabase.prototype, 'transaction'),
    gets: vi.spyOn(IDBObjectStore.prototype, 'get'),
    getAlls: vi.spyOn(IDBIndex.prototype, 'getAll'),
    puts: vi.spyOn(IDBObjectStore.prototype, 'put'),
  }
}

describe('imports that scale', () => {
  it('merges 1,000 receipts of two classes in one transaction, one getAll per class, as a one-by-one merge', async () => {
    // Already on the phone: 300 students of class A with seq 2.
    await mergeReceipts(Array.from({ length: 300 }, (_, n) => receipt('A', n, 2)))
    // The batch: newer, duplicate and older receipts for A, new students of B, and one student twice.
    const batch: Receipt[] = []
    for (let n = 0; n < 600; n++) batch.push(receipt('A', n, n % 3 === 0 ? 3 : n % 3 === 1 ? 2 : 1))
    for (let n = 0; n < 399; n++) batch.push(receipt('B', n, 1))
    batch.push(receipt('B', 0, 5))
    expect(batch).toHaveLength(1000)

    // The reference: the same merge rule applied to one receipt after another.
    const expected = new Map<string, StudentRecord>()
    for (const r of Array.from({ length: 300 }, (_, n) => receipt('A', n, 2))) {
      expected.set(`${r.classId}/${r.studentId}`, mergeReceipt(undefined, r).record)
    }
    const expectedOutcomes: string[] = []
    for (const r of batch) {
      const k = `${r.classId}/${r.studentId}`
      const before = expected.get(k)
      const m = mergeReceipt(before, r)
      expectedOutcomes.push(m.changed ? (before ? 'updated' : 'added') : m.reason!)
      expected.set(k, m.record)
    }

    const calls = countCalls()
    const report = await mergeReceipts(batch)
    expect(calls.transactions).toHaveBeenCalledTimes(1)
    expect(calls.getAlls).toHaveBeenCalledTimes(2)
    expect(calls.gets).not.toHaveBeenCalled()
    // Each changed student is written once, with their last state.
    expect(calls.puts).toHaveBeenCalledTimes(100 + 300 + 399)

    expect(report.outcomes).toEqual(expectedOutcomes)
    expect(report).toMatchObject({ added: 300 + 399, updated: 100 + 1, unchanged: 200 })
    const stored = [...(await listStudents('A')), ...(await listStudents('B'))]
    expect(stored).toHaveLength(expected.size)
    for (const s of stored) expect(s).toEqual(expected.get(`${s.classId}/${s.studentId}`))
  })

  it('stores 1,000 school summaries at a unit in one transaction with one getAll, newest per school and month', async () => {
    await storeSchoolSummaries([makeSchoolSummary({ schoolId: 'school-0', seq: 4, classes: 1 })])
    const batch = Array.from({ length: 1000 }, (_, i) =>
      makeSchoolSummary({ schoolId: `school-${i % 900}`, seq: i < 900 ? 3 : 5, classes: i }),
    )
    const calls = countCalls()
    const out = await storeSchoolSummaries(batch)
    expect(calls.transactions).toHaveBeenCalledTimes(1)
    expect(calls.getAlls).toHaveBeenCalledTimes(1)
    expect(calls.gets).not.toHaveBeenCalled()
    expect(calls.puts).toHaveBeenCalledTimes(900)
    // school-0 held seq 4: its seq 3 is older, its seq 5 (i = 900) replaces it; schools 1…99 are added then updated.
    expect(out[0]).toBe('older')
    expect(out.slice(1, 900).every((o) => o === 'added')).toBe(true)
    expect(out.slice(900).every((o) => o === 'updated')).toBe(true)
    const held = await listSchoolSummaries(makeSchoolSummary().unitId)
    expect(held).toHaveLength(900)
    const byId = new Map(held.map((s) => [s.schoolId, s]))
    expect(byId.get('school-0')).toMatchObject({ seq: 5, classes: 900 })
    expect(byId.get('school-99')).toMatchObject({ seq: 5, classes: 999 })
    expect(byId.get('school-100')).toMatchObject({ seq: 3, classes: 100 })
  })

  it("reads a school's class summaries through its month index, so a stored summary is still recognised", async () => {
    const summary = (classId: string, seq: number, month = '2026-11') =>
      ({ schoolId: SCHOOL, classId, month, seq }) as unknown as ClassSummary
    await storeSummaries([summary('7A', 2), summary('7A', 1, '2026-10')])
    const calls = countCalls()
    expect(
      await storeSummaries([summary('7A', 2), summary('7A', 1), summary('7B', 1), summary('7A', 2, '2026-10')]),
    ).toEqual(['duplicate', 'older', 'added', 'updated'])
    expect(calls.transactions).toHaveBeenCalledTimes(1)
    expect(calls.getAlls).toHaveBeenCalledTimes(1)
    expect((await listSummaries(SCHOOL)).map((s) => [s.classId, s.month, s.summary.seq]).sort()).toEqual([
      ['7A', '2026-10', 2],
      ['7A', '2026-11', 2],
      ['7B', '2026-11', 1],
    ])
  })
})
