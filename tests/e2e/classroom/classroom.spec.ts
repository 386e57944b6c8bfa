// Two phones, no server: a teacher creates a class and shows the invite; a student joins, completes a
// module and sends the receipt link; the teacher opens it, sees the student on the dashboard and in the
// monthly CSV; a tampered receipt is refused and changes nothing.
import { expect, test } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { chooseRole, completeModule, joinFromInvite, moduleById } from '../helpers'

test('invite → join → complete a module → receipt by link → dashboard and monthly CSV', async ({ browser }) => {
  test.setTimeout(180_000)
  const teacherCtx = await browser.newContext()
  const studentCtx = await browser.newContext()
  const teacher = await teacherCtx.newPage()
  const student = await studentCtx.newPage()

  await chooseRole(teacher, 'Giáo viên', 'Cô Lan')
  await teacher.goto('/teacher')
  await teacher.getByLabel('Tên lớp (ví dụ 6A1)').fill('6A1')
  await teacher.getByLabel('Trường', { exact: true }).fill('Trường THCS Thử Nghiệm')
  await teacher.getByLabel('Năm học').fill('2026-2027')
  await teacher.getByRole('button', { name: 'Tạo lớp' }).click()
  await expect(teacher.getByRole('heading', { level: 1 })).toContainText('6A1')
  await expect(teacher.getByRole('img', { name: /Mời học sinh vào lớp/ })).toBeVisible()
  const invite = await teacher.getByTestId('invite-link').inputValue()
  expect(invite).toMatch(/\/join#[A-Za-z0-9_-]+$/)
  const axe = await new AxeBuilder({ page: teacher }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])

  // The student opens the invite on a fresh phone: the welcome names the class and joins it in one tap.
  await student.goto(invite.replace(/^https?:\/\/[^/]+/, ''))
  await expect(student.getByTestId('welcome-invite')).toContainText('Lớp 6A1 — Trường THCS Thử Nghiệm')
  await joinFromInvite(student, invite, 'Nguyễn Minh An', 7)

  await completeModule(student, 'nen-tang-dia-phuong')
  await student.goto('/send')
  await student.getByRole('button', { name: 'Tạo mã kết quả mới' }).click()
  await expect(student.locator('main').getByText('Mã này có 1 mô-đun đã hoàn thành.')).toBeVisible()
  const receipt = await student.getByTestId('receipt-link').inputValue()
  expect(receipt).toMatch(/\/r#[A-Za-z0-9_-]+$/)

  // A tampered receipt: refused, with the reason, and nothing stored.
  const path = receipt.replace(/^https?:\/\/[^/]+/, '')
  const last = path.at(-5)!
  const tampered = path.slice(0, -5) + (last === 'A' ? 'B' : 'A') + path.slice(-4)
  await teacher.goto(tampered)
  await expect(teacher.getByTestId('receipt-result')).toHaveAttribute('role', 'alert')
  await teacher.goto('/teacher')
  await expect(teacher.getByRole('link', { name: /6A1/ })).toContainText('0 học sinh')

  // The real one.
  await teacher.goto(path)
  await expect(teacher.getByTestId('receipt-result')).toHaveText('Đã thêm Nguyễn Minh An (số 7).')
  await teacher.reload()
  await expect(teacher.getByTestId('receipt-result')).toContainText('đã nhập rồi, không thay đổi gì')
  await teacher.getByRole('link', { name: 'Bảng lớp' }).click()
  const m5 = moduleById('nen-tang-dia-phuong')
  await expect(teacher.getByTestId('module-counts')).toContainText(`${m5.meta.title}: 1/1 (100%)`)
  await expect(teacher.getByRole('row', { name: /Nguyễn Minh An/ })).toBeVisible()

  await teacher.getByRole('link', { name: 'Báo cáo tháng' }).click()
  await expect(teacher.getByTestId('report-table')).toContainText(m5.meta.title)
  const [csv] = await Promise.all([
    teacher.waitForEvent('download'),
    teacher.getByRole('button', { name: 'Tải CSV' }).click(),
  ])
  expect(csv.suggestedFilename()).toMatch(/^bao-cao-thcs-thu-nghiem-6a1-\d{4}-\d{2}\.csv$/)
  const text = Buffer.concat(await (await csv.createReadStream()).toArray()).toString('utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  const rows = text
    .slice(1)
    .trim()
    .split('\r\n')
    .map((r) => r.split(','))
  // The document's header comes first: the quốc hiệu, the class, the month; then the module table.
  expect(rows[0]!.join(',')).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
  expect(text).toContain('Lớp: 6A1')
  const head = rows.findIndex((r) => r[0] === 'STT')
  expect(rows[head]).toEqual([
    'STT',
    'Mô-đun',
    'Số HS hoàn thành trong tháng',
    'Số HS hoàn thành lũy kế đến hết tháng',
    'Tỉ lệ lũy kế trên sĩ số (%)',
    'Điểm kiểm tra TB của HS đã hoàn thành (thang 100)',
  ])
  const row5 = rows.find((r) => r[0] === '5')!
  expect(row5.slice(2)).toEqual(['1', '1', '100', '100'])
  // Nobody completed module 1: no average, a dash (issue 21: the average counts completions only).
  expect(rows.find((r) => r[0] === '1')!.slice(2)).toEqual(['0', '0', '0', '—'])
  await teacherCtx.close()
  await studentCtx.close()
})
