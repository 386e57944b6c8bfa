// A certificate that shows what it proves (issue #24, item 4): its link (the QR on it) opened on a second phone
// that is not in the class shows the name and every module with its date, marked unverified; on the class
// teacher's phone it says "không khớp" before her results arrived and "khớp" after; an edited code is refused
// there and nothing changes.
import { expect, test, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { chooseRole, content, joinFromInvite } from '../helpers'

const local = (link: string): string => link.replace(/^https?:\/\/[^/]+/, '')

/** Nothing serious or critical for axe (WCAG 2.2 AA). */
async function axe(page: Page): Promise<void> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
}

/** All seven modules completed, a day apart from 2/11/2026 (seeded: the walk of a module is module1.spec's). */
async function seedAllComplete(page: Page): Promise<void> {
  await page.evaluate(
    async (ids) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('ky-nang-so')
        r.onsuccess = () => res(r.result)
        r.onerror = rej
      })
      const tx = db.transaction('moduleStatus', 'readwrite')
      ids.forEach((moduleId, i) => {
        const at = Date.UTC(2026, 10, 2 + i, 3)
        tx.objectStore('moduleStatus').put({
          moduleId,
          bestScore: 100,
          attempts: 1,
          quizPassedAt: at,
          completedAt: at,
          updatedAt: at,
        })
      })
      await new Promise((r) => (tx.oncomplete = r))
      db.close()
    },
    content.map((m) => m.meta.id),
  )
}

test('a certificate read on another phone, "khớp" on the teacher\'s, an edited one refused', async ({ browser }) => {
  test.setTimeout(120_000)
  const shot = (name: string) => test.info().outputPath(name)
  const teacherCtx = await browser.newContext()
  const teacher = await teacherCtx.newPage()
  await chooseRole(teacher, 'Giáo viên', 'Cô Lan')
  await teacher.goto('/teacher')
  await teacher.getByLabel('Tên lớp (ví dụ 6A1)').fill('6A1')
  await teacher.getByLabel('Trường', { exact: true }).fill('Trường THCS Thử Nghiệm')
  await teacher.getByLabel('Năm học').fill('2026-2027')
  await teacher.getByRole('button', { name: 'Tạo lớp' }).click()
  const invite = await teacher.getByTestId('invite-link').inputValue()

  // The student joins and completes the seven modules.
  const studentCtx = await browser.newContext()
  const student = await studentCtx.newPage()
  await joinFromInvite(student, invite, 'Nguyễn Minh An', 7)
  await seedAllComplete(student)

  // Her certificate: the printed page and its QR state the same name; the QR is the certificate's /c link.
  await student.goto('/progress/certificate')
  await expect(student.getByTestId('certificate')).toContainText('Nguyễn Minh An')
  await expect(student.getByTestId('certificate')).toContainText('Lớp 6A1 · Trường THCS Thử Nghiệm')
  const link = await student.getByTestId('certificate-link').inputValue()
  expect(link).toMatch(/\/c#[A-Za-z0-9_-]+$/)
  await student.screenshot({ path: shot('certificate-360.png') })
  await student.screenshot({ path: shot('certificate-360-full.png'), fullPage: true })

  // A second phone, not in the class, with no profile: the content, and that the signature is not verified.
  const otherCtx = await browser.newContext()
  const other = await otherCtx.newPage()
  await other.goto(local(link))
  await expect(other).toHaveURL(/\/c#/)
  await expect(other.getByTestId('certificate-check')).toContainText(
    'Chưa xác minh được chữ ký (không phải lớp của thầy cô).',
  )
  await expect(other.getByTestId('certificate-facts')).toContainText('Nguyễn Minh An')
  await expect(other.getByTestId('certificate-facts')).toContainText('6A1 · số thứ tự 7 · khối 6')
  await expect(other.getByTestId('certificate-facts')).toContainText('Trường THCS Thử Nghiệm')
  const items = other.getByTestId('certificate-modules').getByRole('listitem')
  await expect(items).toHaveCount(content.length)
  await expect(items.first()).toContainText('hoàn thành ngày 2/11/2026')
  await expect(items.last()).toContainText(`hoàn thành ngày ${2 + content.length - 1}/11/2026`)
  // The verdict and the name are on the first screen at 360×640.
  await expect(other.getByTestId('certificate-facts').getByText('Nguyễn Minh An')).toBeInViewport()
  await other.screenshot({ path: shot('other-phone-360.png') })
  await axe(other)
  await other.screenshot({ path: shot('other-phone-360-full.png'), fullPage: true })
  // A cut link is refused there too.
  await other.goto(local(link).slice(0, -12))
  await expect(other.getByTestId('certificate-check')).toContainText('bị thiếu một phần')
  await expect(other.getByTestId('certificate-facts')).toHaveCount(0)

  // The class teacher's phone before her results arrived: signed by the class, but the record has nothing.
  await teacher.goto(local(link))
  await expect(teacher.getByTestId('certificate-check')).toContainText('Không khớp với sổ của lớp 6A1')
  await expect(teacher.getByTestId('certificate-check')).toContainText(
    'Sổ của lớp chưa có kết quả nào của học sinh này.',
  )
  await teacher.screenshot({ path: shot('teacher-khong-khop-360.png') })
  // She sends her results; the class records them.
  await student.goto('/send')
  await student.getByRole('button', { name: 'Tạo mã kết quả mới' }).click()
  await teacher.goto(local(await student.getByTestId('receipt-link').inputValue()))
  await expect(teacher.getByTestId('receipt-result')).toHaveText('Đã thêm Nguyễn Minh An (số 7).')

  // Now the signature holds and the class record agrees.
  await teacher.goto(local(link))
  await expect(teacher.getByTestId('certificate-check')).toContainText('Khớp với sổ của lớp 6A1')
  await expect(teacher.getByTestId('certificate-modules').getByRole('listitem')).toHaveCount(content.length)
  await teacher.screenshot({ path: shot('teacher-khop-360.png') })
  await axe(teacher)

  // An edited code (one character of the name changed): refused, nothing shown, nothing stored.
  const code = link.slice(link.indexOf('#') + 1)
  const at = 40
  const forged = `${code.slice(0, at)}${code[at] === 'A' ? 'B' : 'A'}${code.slice(at + 1)}`
  await teacher.goto(`/c#${forged}`)
  const refused = teacher.getByTestId('certificate-check')
  await expect(refused).toContainText('Chữ ký của giấy chứng nhận không đúng')
  await expect(refused).toHaveAttribute('role', 'alert')
  await expect(teacher.getByTestId('certificate-facts')).toHaveCount(0)
  await teacher.screenshot({ path: shot('teacher-edited-360.png') })
  await teacher.goto('/teacher')
  await expect(teacher.getByRole('link', { name: /6A1/ })).toContainText('1 học sinh')
  for (const c of [teacherCtx, studentCtx, otherCtx]) await c.close()
})
