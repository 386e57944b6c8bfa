// Issue 25: the app says when it is ready offline ("Đã sẵn sàng dùng không cần mạng"), and it is: a reload
// with the network off opens. The teacher's spreadsheet reader is not precached on a student's phone, but
// once a teacher has used it online it works offline too (cached on first use).
import { expect, test } from '@playwright/test'
import { join } from 'node:path'
import { chooseRole, waitForTeacherTools } from '../helpers'

const ROSTER = join(process.cwd(), 'tests/fixtures/rosters/smas.xlsx')

test('after "Đã sẵn sàng dùng không cần mạng" the app opens offline', async ({ page, context }) => {
  await chooseRole(page)
  await expect(page.getByRole('status').getByText('Đã sẵn sàng dùng không cần mạng.')).toBeVisible({ timeout: 30_000 })
  await page.screenshot({ path: 'test-results/screens/offline-ready-toast.png' })
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByTestId('offline-banner')).toBeVisible()
  await expect(page.getByTestId('module-list').getByRole('link')).toHaveCount(7)
})

test('a teacher tool used once online works offline', async ({ page, context }) => {
  await chooseRole(page, 'Giáo viên', 'Cô Lan')
  await expect(page.getByRole('status').getByText('Đã sẵn sàng dùng không cần mạng.')).toBeVisible({ timeout: 30_000 })
  await page.goto('/teacher')
  await page.getByLabel('Tên lớp (ví dụ 6A1)').fill('6A1')
  await page.getByLabel('Trường', { exact: true }).fill('Trường THCS Thử Nghiệm')
  await page.getByRole('button', { name: 'Tạo lớp' }).click()
  await page.waitForURL(/\/teacher\/class\//)
  const classUrl = page.url()
  // Online: the class list reader (assets/teacher/, not precached) is fetched and kept.
  await page.getByLabel(/Hoặc chọn tệp danh sách/).setInputFiles(ROSTER)
  await expect(page.getByTestId('roster-preview')).toBeVisible()
  await page.getByTestId('roster-preview').getByRole('button', { name: 'Huỷ' }).click()

  await context.setOffline(true)
  await page.goto(classUrl)
  await expect(page.getByTestId('offline-banner')).toBeVisible()
  await page.getByLabel(/Hoặc chọn tệp danh sách/).setInputFiles(ROSTER)
  await expect(page.getByTestId('roster-preview')).toBeVisible()
})

test("a teacher's lesson plan and its Word file work offline without a first use", async ({ page, context }) => {
  // The plans and the .docx writer are built into assets/teacher/ (a student's precache leaves them out); an
  // adult's phone fetches them once online, so the period can be prepared with the Wi-Fi gone.
  await chooseRole(page, 'Giáo viên', 'Cô Lan')
  await expect(page.getByRole('status').getByText('Đã sẵn sàng dùng không cần mạng.')).toBeVisible({ timeout: 30_000 })
  await waitForTeacherTools(page)
  await context.setOffline(true)
  await page.goto('/teach/module/chong-lua-dao/plan')
  await expect(page.getByTestId('offline-banner')).toBeVisible()
  await expect(page.getByText('III. TIẾN TRÌNH DẠY HỌC')).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-docx').click()])
  expect(download.suggestedFilename()).toMatch(/^ke-hoach-bai-day-chong-lua-dao.*\.docx$/)
})
