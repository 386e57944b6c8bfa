// A student's own file restores (issue #24, item 3): she downloads her progress, her phone's site data is
// cleared, she restores the file in Settings, and her next receipt updates her existing row at the teacher
// (the file carried her class membership: the class key and her id) — no second row.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { chooseRole, completeModule, joinFromInvite } from '../helpers'

test('download progress → clear site data → restore → the next receipt lands on the same row', async ({ browser }) => {
  test.setTimeout(180_000)
  const teacherCtx = await browser.newContext()
  const teacher = await teacherCtx.newPage()
  await chooseRole(teacher, 'Giáo viên', 'Cô Lan')
  await teacher.goto('/teacher')
  await teacher.getByLabel('Tên lớp (ví dụ 6A1)').fill('6A1')
  await teacher.getByLabel('Trường', { exact: true }).fill('Trường THCS Thử Nghiệm')
  await teacher.getByLabel('Năm học').fill('2026-2027')
  await teacher.getByRole('button', { name: 'Tạo lớp' }).click()
  const invite = await teacher.getByTestId('invite-link').inputValue()

  const oldPhone = await browser.newContext()
  const student = await oldPhone.newPage()
  await joinFromInvite(student, invite, 'Nguyễn Minh An', 7)
  await student.goto('/send')
  await student.getByRole('button', { name: 'Tạo mã kết quả mới' }).click()
  const first = await student.getByTestId('receipt-link').inputValue()
  await teacher.goto(first.replace(/^https?:\/\/[^/]+/, ''))
  await expect(teacher.getByTestId('receipt-result')).toHaveText('Đã thêm Nguyễn Minh An (số 7).')

  // "Tải tiến độ về máy": the file holds her class membership.
  await student.goto('/settings')
  const [download] = await Promise.all([
    student.waitForEvent('download'),
    student.getByRole('button', { name: 'Tải tiến độ về máy' }).click(),
  ])
  const path = test.info().outputPath('tien-do.json')
  await download.saveAs(path)
  const file = JSON.parse(await readFile(path, 'utf8')) as { kind: string; memberships: Array<{ name: string }> }
  expect(file.kind).toBe('learner-progress')
  expect(file.memberships.map((m) => m.name)).toEqual(['Nguyễn Minh An'])
  await oldPhone.close()

  // Site data cleared: a new, empty phone. She starts as a student and restores her file in Settings.
  const newPhone = await browser.newContext()
  const again = await newPhone.newPage()
  await chooseRole(again, 'Học sinh', 'Minh An')
  await again.goto('/settings')
  await again.getByTestId('learner-restore').setInputFiles(path)
  await expect(again.getByTestId('learner-restore-message')).toHaveText(
    'Đã khôi phục: 0 bài học, 0 mô-đun và 1 lớp đã tham gia.',
  )
  await completeModule(again, 'nen-tang-dia-phuong')
  await again.goto('/send')
  await again.getByRole('button', { name: 'Tạo mã kết quả mới' }).click()
  await expect(again.locator('main').getByText('Mã này có 1 mô-đun đã hoàn thành.')).toBeVisible()
  const next = await again.getByTestId('receipt-link').inputValue()

  // The teacher: the same row is updated (her id in the class came back with the file).
  await teacher.goto(next.replace(/^https?:\/\/[^/]+/, ''))
  await expect(teacher.getByTestId('receipt-result')).not.toContainText('Đã thêm')
  await expect(teacher.getByTestId('receipt-result')).toContainText('Nguyễn Minh An')
  await teacher.goto('/teacher')
  await expect(teacher.getByRole('link', { name: /6A1/ })).toContainText('1 học sinh')
  await again.screenshot({ path: test.info().outputPath('restored-360.png') })
  await teacherCtx.close()
  await newPhone.close()
})
