// At 360×640: a teacher's erase dialog names the class it would take, offers the complete backup and keeps
// "Xoá hẳn" from erasing until XOÁ is typed (issue #24, item 2).
import { expect, test } from '@playwright/test'
import { chooseRole } from '../helpers'

test('a teacher’s erase dialog names what goes and needs the word', async ({ page }) => {
  await chooseRole(page, 'Giáo viên', 'Cô Lan')
  await page.goto('/teacher')
  await page.getByLabel('Tên lớp (ví dụ 6A1)').fill('6A1')
  await page.getByLabel('Trường', { exact: true }).fill('Trường THCS Thử Nghiệm')
  await page.getByLabel('Năm học').fill('2026-2027')
  await page.getByRole('button', { name: 'Tạo lớp' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('6A1')
  await page.goto('/settings')
  await page.getByRole('button', { name: 'Xoá dữ liệu của em' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByTestId('erase-holds')).toHaveText('Máy này đang giữ: 1 lớp.')
  await expect(dialog.getByTestId('erase-backup')).toBeInViewport()
  await page.screenshot({ path: test.info().outputPath('erase-dialog-360.png') })
  await dialog.getByTestId('erase-confirm').click()
  await expect(dialog.getByText('Hãy gõ đúng chữ XOÁ')).toBeVisible()
  await page
    .getByRole('button', { name: 'Huỷ' })
    .or(page.getByRole('button', { name: 'Hủy' }))
    .first()
    .click()
  await page.goto('/teacher')
  await expect(page.getByRole('link', { name: /6A1/ })).toBeVisible()
})
