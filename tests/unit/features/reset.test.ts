// A classmate holding the class invite can sign a receipt for another student with the highest sequence
// number, after which that student's real receipts read as "older" forever. The teacher can reset the
// record: the next receipt from that student is taken, whatever its number (issue #15, defect 9).
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useClassroomStore } from '@/features/classroom/store'
import { encodeReceipt, fromBase64url, newId, SEQ_MAX, type Receipt } from '@/exchange/codec'
import { listStudents } from '@/db/classroomRepo'
import { setFeatureMessages } from '@/i18n'
import features from '@/i18n/features'

// The router loads the feature strings before any page opens: the stores word their import lines with them.
setFeatureMessages(features)

beforeEach(() => setActivePinia(createPinia()))

describe('resetting a frozen student record', () => {
  it('accepts the next receipt from that student after the teacher resets the record', async () => {
    const classroom = useClassroomStore()
    const cls = await classroom.createClass({
      className: '6A1',
      school: 'THCS Thử Nghiệm',
      schoolYear: '2026-2027',
      grade: 6,
    })
    const key = fromBase64url(cls.keyB64)!.bytes
    const studentId = newId()
    const base: Receipt = {
      classId: cls.id,
      studentId,
      name: 'Nguyễn Minh An',
      classNumber: 7,
      issuedAt: Date.UTC(2026, 10, 20),
      seq: 4,
      modules: { 'mua-sam': { bestScore: 60, attempts: 1 } },
    }
    const forged = await encodeReceipt(
      {
        ...base,
        seq: SEQ_MAX,
        name: 'Nguyễn Minh An',
        modules: { 'dich-vu-cong': { completedAt: Date.UTC(2026, 10, 1), bestScore: 100, attempts: 1 } },
      },
      key,
    )
    const real = await encodeReceipt({ ...base, seq: 5, issuedAt: Date.UTC(2026, 10, 25) }, key)

    expect((await classroom.importCodes([forged]))[0]!.ok).toBe(true)
    expect((await classroom.importCodes([real]))[0]).toMatchObject({ ok: true, changed: false })

    await classroom.resetStudent(cls.id, studentId)
    const [after] = await listStudents(cls.id)
    expect(after).toMatchObject({ studentId, lastSeq: 0, modules: {} })

    expect((await classroom.importCodes([real]))[0]).toMatchObject({ ok: true, changed: true })
    const [record] = await listStudents(cls.id)
    expect(record).toMatchObject({ lastSeq: 5, modules: { 'mua-sam': { bestScore: 60, attempts: 1 } } })
    expect(record!.modules['dich-vu-cong']).toBeUndefined()
    expect(classroom.students[cls.id]).toHaveLength(1)
  })
})
