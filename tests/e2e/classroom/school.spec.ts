// Three phones' worth of roles, no server: a reporting officer creates the school and shows its invite; a
// teacher (one class, one student receipt made here with the codec) joins the school and sends the class
// summary link; the officer opens it and the school report shows the class row, the totals and the CSV.
// A tampered summary is refused and changes nothing.
import { expect, test, type Page } from '@playwright/test'
import { codecMessage } from '@/i18n/vi-codec'
import AxeBuilder from '@axe-core/playwright'
import { chooseRole } from '../helpers'
import { decodeClassInvite, encodeReceipt, newId } from '@/exchange/codec/index.ts'

const path = (link: string) => link.replace(/^https?:\/\/[^/]+/, '')
const vnMonth = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)

async function axe(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
    [],
  )
}

test('school → teacher joins → class summary by link → school report and CSV; a tampered summary is refused', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const officerCtx = await browser.newContext()
  const teacherCtx = await browser.newContext()
  const officer = await officerCtx.newPage()
  const teacher = await teacherCtx.newPage()
  const month = vnMonth()
  const shown = `${Number(month.slice(5))}/${month.slice(0, 4)}`

  // The officer creates the school and shows its invite.
  await chooseRole(officer, 'Giáo viên', 'Thầy Hùng')
  await officer.goto('/teacher')
  await officer.getByRole('button', { name: 'Tạo trường mới' }).click()
  await officer.getByLabel('Tên trường').fill('Trường THCS Thử Nghiệm')
  await officer.getByLabel('Nơi nhận báo cáo của trường').fill('Phòng Văn hóa – Xã hội phường Thử Nghiệm')
  await officer.getByRole('button', { name: 'Tạo trường', exact: true }).click()
  await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Trường THCS Thử Nghiệm')
  await expect(officer.getByRole('img', { name: /Mã QR mời giáo viên/ })).toBeVisible()
  const invite = await officer.getByTestId('school-invite-link').inputValue()
  expect(invite).toMatch(/\/join#[A-Za-z0-9_-]+$/)
  await expect(officer.locator('main').getByText('Chưa có lớp nào gửi báo cáo tháng này.')).toBeVisible()
  await axe(officer)

  // The teacher: a class, one student's receipt (made here with the codec and the class key), readiness.
  await chooseRole(teacher, 'Giáo viên', 'Cô Lan')
  await teacher.goto('/teacher')
  await teacher.getByLabel('Tên lớp (ví dụ 6A1)').fill('6A1')
  await teacher.getByLabel('Trường', { exact: true }).fill('Trường THCS Thử Nghiệm')
  await teacher.getByLabel('Năm học').fill('2026-2027')
  await teacher.getByRole('button', { name: 'Tạo lớp' }).click()
  const classInvite = await decodeClassInvite(await teacher.getByTestId('invite-link').inputValue())
  if (!classInvite.ok) throw new Error(codecMessage(classInvite.error))
  const { classId, classKey } = classInvite.invite
  const receipt = await encodeReceipt(
    {
      classId,
      studentId: newId(),
      name: 'Nguyễn Minh An',
      classNumber: 7,
      issuedAt: Date.now(),
      seq: 1,
      modules: { 'dich-vu-cong': { completedAt: Date.now(), bestScore: 90, attempts: 1 } },
    },
    classKey,
  )
  await teacher.goto(`/r#${receipt}`)
  await expect(teacher.getByTestId('receipt-result')).toHaveText('Đã thêm Nguyễn Minh An (số 7).')
  await teacher.goto('/teacher')
  await teacher.getByLabel('Tôi có tài khoản định danh điện tử VNeID mức 2').check()
  await teacher.getByRole('button', { name: 'Lưu', exact: true }).click()
  await expect(teacher.getByRole('status').getByText('Đã lưu phần tự khai.')).toBeVisible()

  // The teacher opens the school invite and joins.
  await teacher.goto(path(invite))
  await expect(teacher.getByRole('heading', { level: 2, name: 'Trường THCS Thử Nghiệm' })).toBeVisible()
  await expect(
    teacher.locator('main').getByText('Trường báo cáo lên: Phòng Văn hóa – Xã hội phường Thử Nghiệm'),
  ).toBeVisible()
  await teacher.getByRole('button', { name: 'Tham gia báo cáo của trường' }).click()
  await expect(teacher).toHaveURL(/\/teacher$/)
  await expect(teacher.locator('main').getByText('Trường tôi gửi báo cáo lớp')).toBeVisible()

  // The teacher sends the class summary of this month.
  await teacher.goto(`/teacher/class/${classId}/report`)
  await expect(teacher.getByRole('heading', { name: 'Gửi báo cáo lên trường' })).toBeVisible()
  await expect(teacher.getByLabel('Họ tên giáo viên')).toHaveValue('Cô Lan')
  await teacher.getByRole('button', { name: `Tạo bản tổng hợp tháng ${shown}` }).click()
  await expect(teacher.getByRole('img', { name: 'Mã QR bản tổng hợp lớp 6A1' })).toBeVisible()
  const summary = await teacher.getByTestId('summary-link').inputValue()
  expect(summary).toMatch(/\/s#[A-Za-z0-9_-]+$/)
  const [txt] = await Promise.all([
    teacher.waitForEvent('download'),
    teacher.getByRole('button', { name: 'Tải tệp .txt' }).click(),
  ])
  expect(txt.suggestedFilename()).toBe(`tong-hop-6a1-${month}.txt`)
  await axe(teacher)
  await teacher.getByRole('heading', { name: 'Gửi báo cáo lên trường' }).scrollIntoViewIfNeeded()
  await teacher.screenshot({ path: 'test-results/screens/class-report-send.png' })

  // A tampered summary: refused with the codec's reason, nothing stored.
  const p = path(summary)
  const tampered = p.slice(0, -5) + (p.at(-5) === 'A' ? 'B' : 'A') + p.slice(-4)
  await officer.goto(tampered)
  await expect(officer.getByTestId('summary-result')).toHaveAttribute('role', 'alert')
  await expect(officer.getByTestId('summary-result')).toContainText('Chữ ký của bản tổng hợp không đúng')
  await expect(officer.getByRole('link', { name: 'Xem báo cáo của trường' })).toHaveCount(0)

  // The real one, then the same again.
  await officer.goto(p)
  await expect(officer.getByTestId('summary-result')).toHaveText(`Đã nhận báo cáo lớp 6A1 tháng ${shown} (Cô Lan).`)
  await officer.reload()
  await expect(officer.getByTestId('summary-result')).toContainText('đã nhập rồi, không thay đổi gì')
  await officer.getByRole('link', { name: 'Xem báo cáo của trường' }).click()

  const table = officer.getByTestId('school-report-table')
  await expect(officer.getByRole('heading', { name: `Báo cáo tháng ${shown}` })).toBeVisible()
  await expect(table.getByRole('row', { name: /^6A1/ })).toBeVisible()
  // The teacher's summary (v3) says how many sent their result: the one student, of a class of one.
  await expect(table.getByRole('columnheader', { name: 'Đã gửi kết quả' })).toBeVisible()
  await expect(table.getByRole('row', { name: /^6A1/ })).toContainText('1/1')
  await expect(table.getByRole('row', { name: /^Tổng cộng/ })).toBeVisible()
  await expect(officer.getByRole('article').getByRole('row', { name: /Giáo viên đã gửi báo cáo/ })).toContainText('1')
  await axe(officer)
  await officer.screenshot({ path: 'test-results/screens/school-page.png' })
  await table.scrollIntoViewIfNeeded()
  await officer.screenshot({ path: 'test-results/screens/school-report.png' })

  const [csv] = await Promise.all([
    officer.waitForEvent('download'),
    officer.getByRole('button', { name: 'Tải CSV' }).click(),
  ])
  expect(csv.suggestedFilename()).toBe(`bao-cao-truong-thcs-thu-nghiem-${month}.csv`)
  const text = Buffer.concat(await (await csv.createReadStream()).toArray()).toString('utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  const rows = text
    .slice(1)
    .trim()
    .split('\r\n')
    .map((r) => r.split(','))
  expect(rows[0]!.join(',')).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
  const head = rows.findIndex((r) => r[0] === 'Lớp')
  expect(rows[head]!.slice(0, 6)).toEqual(['Lớp', 'Khối', 'Sĩ số', 'Đã gửi kết quả', 'MĐ1 trong tháng', 'MĐ1 lũy kế'])
  // "Đã gửi kết quả" as the plain number who sent (1), beside the sĩ số (1).
  expect(rows[head + 1]).toEqual(['6A1', '6', '1', '1', '1', '1', ...Array<string>(12).fill('0')])
  expect(rows[head + 2]).toEqual(['Tổng cộng', '', '1', '1', '1', '1', ...Array<string>(12).fill('0')])
  expect(rows[head + 3]!.slice(0, 6)).toEqual(['Tỉ lệ trên sĩ số (%)', '', '', '100', '100', '100'])
  expect(text).toContain('MĐ1: ')
  const staff = (label: string) => rows.find((r) => r[0] === label)?.[1]
  expect(staff('Giáo viên đã gửi báo cáo')).toBe('1')
  expect(staff('Có định danh điện tử VNeID mức 2')).toBe('1')
  expect(staff('Đăng nhập được Cổng Dịch vụ công quốc gia')).toBe('0')
  await officerCtx.close()
  await teacherCtx.close()
})
