// The certificate's link page (issue #24, item 4): any phone sees what the signed code states; the class
// teacher's phone says "khớp" or "không khớp" (with what differs); another phone says it could not verify the
// signature; an edited code is refused and nothing is stored. The student's certificate carries that link.
import { describe, expect, it, vi } from 'vitest'
import CertificateCheckPage from '@/features/learn/CertificateCheckPage.vue'
import CertificatePage from '@/features/learn/CertificatePage.vue'
import QrCode from '@/components/QrCode.vue'
import { getDB } from '@/db/index'
import { MODULE_IDS } from '@/content/constants'
import { encodeCertificate, fromBase64url, inspect, toBase64url, type Certificate } from '@/exchange/codec'
import type { Membership, StudentRecord, TeacherClass } from '@/domain/records'
import { mountWith } from '../../mount'

const vn = (y: number, mo: number, d: number, h = 0): number => Date.UTC(y, mo - 1, d, h - 7)
const KEY = Uint8Array.from({ length: 16 }, (_, i) => i + 1)
const CLASS = 'AAECAwQFBgc'
const STUDENT = 'CAkKCwwNDg8'
const days = MODULE_IDS.map((_, i) => vn(2026, 11, 2 + i, 9))
const cert: Certificate = {
  classId: CLASS,
  studentId: STUDENT,
  name: 'Nguyễn Minh An',
  classNumber: 7,
  className: '6A1',
  school: 'Trường THCS Thử Nghiệm',
  schoolYear: '2026-2027',
  grade: 6,
  completed: Object.fromEntries(MODULE_IDS.map((id, i) => [id, days[i]])),
}
const teacherClass: TeacherClass = {
  id: CLASS,
  keyB64: toBase64url(KEY),
  className: '6A1',
  school: 'Trường THCS Thử Nghiệm',
  schoolYear: '2026-2027',
  grade: 6,
  createdAt: 1,
}
const record = (over: Partial<StudentRecord> = {}): StudentRecord => ({
  classId: CLASS,
  studentId: STUDENT,
  name: 'Nguyễn Minh An',
  classNumber: 7,
  lastSeq: 3,
  lastReceiptAt: vn(2026, 11, 20),
  modules: Object.fromEntries(
    MODULE_IDS.map((id, i) => [id, { completedAt: days[i]! + 3_600_000, bestScore: 100, attempts: 1 }]),
  ),
  ...over,
})

async function open(code: string) {
  const { wrapper } = await mountWith(CertificateCheckPage, {}, `/c#${code}`)
  await vi.waitFor(() => expect(wrapper.find('[data-testid=certificate-check]').exists()).toBe(true))
  return wrapper
}

describe('certificate check page', () => {
  it('on a phone without the class: the content, and "chưa xác minh được chữ ký"', async () => {
    const w = await open(await encodeCertificate(cert, KEY))
    expect(w.find('[data-testid=certificate-check]').text()).toContain(
      'Chưa xác minh được chữ ký (không phải lớp của thầy cô).',
    )
    const facts = w.find('[data-testid=certificate-facts]').text()
    for (const s of ['Nguyễn Minh An', '6A1 · số thứ tự 7 · khối 6', 'Trường THCS Thử Nghiệm', '2026-2027'])
      expect(facts).toContain(s)
    const items = w.findAll('[data-testid=certificate-modules] li')
    expect(items).toHaveLength(MODULE_IDS.length)
    expect(items[0]!.text()).toContain('hoàn thành ngày 2/11/2026')
    expect(w.text()).toContain('Đã hoàn thành 7 mô-đun')
  })

  it('on the class teacher\'s phone: "khớp" when the record agrees, "không khớp" with what differs', async () => {
    const db = await getDB()
    await db.put('classes', teacherClass)
    await db.put('students', record())
    const code = await encodeCertificate(cert, KEY)
    expect((await open(code)).find('[data-testid=certificate-check]').text()).toContain('Khớp với sổ của lớp 6A1')

    const r = record({ name: 'Nguyễn Minh Ân' })
    delete r.modules['chong-lua-dao']!.completedAt
    await db.put('students', r)
    const check = (await open(code)).find('[data-testid=certificate-check]').text()
    expect(check).toContain('Không khớp với sổ của lớp 6A1')
    expect(check).toContain('Tên trong sổ của lớp: Nguyễn Minh Ân.')
    expect(check).toMatch(/Mô-đun 7 \(.+\): sổ của lớp chưa ghi hoàn thành\./)

    await db.delete('students', [CLASS, STUDENT])
    expect((await open(code)).find('[data-testid=certificate-check]').text()).toContain(
      'Sổ của lớp chưa có kết quả nào của học sinh này.',
    )
  })

  it('refuses an edited code on the class phone, shows none of it, and stores nothing', async () => {
    const db = await getDB()
    await db.put('classes', teacherClass)
    await db.put('students', record())
    const bytes = new Uint8Array(fromBase64url(await encodeCertificate(cert, KEY))!.bytes)
    bytes[bytes.indexOf(0x41, 20)] = 0x42 // "An" → "Bn": one letter of the name
    const before = { students: await db.getAll('students'), classes: await db.getAll('classes') }
    const w = await open(toBase64url(bytes))
    const msg = w.find('[data-testid=certificate-check]')
    expect(msg.attributes('role')).toBe('alert')
    expect(msg.text()).toContain('Chữ ký của giấy chứng nhận không đúng')
    expect(w.find('[data-testid=certificate-facts]').exists()).toBe(false)
    expect({ students: await db.getAll('students'), classes: await db.getAll('classes') }).toEqual(before)
  })

  it("the student's certificate carries the code of what it prints: signed name, class, school and days", async () => {
    const db = await getDB()
    const m: Membership = {
      classId: CLASS,
      keyB64: toBase64url(KEY),
      className: '6A1',
      school: 'Trường THCS Thử Nghiệm',
      schoolYear: '2026-2027',
      grade: 6,
      studentId: STUDENT,
      name: 'Nguyễn Minh An',
      classNumber: 7,
      seq: 0,
      joinedAt: 1,
    }
    await db.put('memberships', m)
    for (const [i, moduleId] of MODULE_IDS.entries())
      await db.put('moduleStatus', { moduleId, bestScore: 100, attempts: 1, completedAt: days[i], updatedAt: 1 })
    const { wrapper } = await mountWith(CertificatePage, {}, '/progress/certificate')
    await vi.waitFor(() => expect(wrapper.find('[data-testid=certificate-qr]').exists()).toBe(true))
    const link = wrapper.findComponent(QrCode).props('value') as string
    const art = wrapper.find('[data-testid=certificate]').text()
    expect(art).toContain('Nguyễn Minh An')
    expect(art).toContain('Lớp 6A1 · Trường THCS Thử Nghiệm')
    expect(art).toContain('hoàn thành ngày 2/11/2026')
    expect(link).toMatch(/\/c#/)
    const r = await inspect('certificate', link, { [CLASS]: KEY })
    expect(r).toMatchObject({ ok: true, verified: true, value: { ...cert, completed: expect.any(Object) } })
    if (r.ok) expect(Object.keys(r.value.completed)).toEqual([...MODULE_IDS])
  })
})
