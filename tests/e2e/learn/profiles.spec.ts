// Issue #12, a shared family phone: two learners keep separate progress; switching and erasing one
// learner's data leave the other's untouched.
import { expect, test, type Page } from '@playwright/test'
import { chooseRole, content, pickProvince, nextCard } from '../helpers'

async function learnerRow(page: Page, name: string) {
  return page.getByTestId('learners').getByRole('listitem').filter({ hasText: name })
}

test('two learners on one phone keep separate progress', async ({ page }) => {
  const m = content[0]!
  const l = m.lessons[0]!
  await chooseRole(page, 'Học sinh', 'Minh')
  await page.goto(`/modules/${m.meta.id}/lessons/${l.id}`)
  await nextCard(page)
  await expect(page.locator('main').getByText(`Thẻ 2/${l.cards.length}`)).toBeVisible()

  // Add a second learner: the app opens her empty space at first run, her name already filled in.
  await page.goto('/settings')
  await page.getByLabel('Tên người học mới').fill('Lan')
  await page.getByRole('button', { name: 'Thêm người học' }).click()
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Kỹ năng số' })).toBeVisible()
  await expect(page.getByLabel('Tên hiển thị (không bắt buộc)')).toHaveValue('Lan')
  await page.getByRole('checkbox', { name: /Học sinh/ }).check()
  await pickProvince(page, 'Huế')
  await page.getByRole('button', { name: 'Bắt đầu' }).click()
  await expect(page.getByText('Xin chào, Lan!')).toBeVisible()
  await expect(page.getByTestId('continue')).toContainText('Bắt đầu học')
  await expect(page.getByTestId('continue')).toContainText('thẻ 1/')

  // Back to Minh: his card 2 is still there.
  await page.getByRole('link', { name: 'Đổi người học' }).click()
  // Settings opens at the learner list, its heading focused.
  await expect(page.getByRole('heading', { name: 'Người học trên máy này' })).toBeFocused()
  await expect(page.getByRole('heading', { name: 'Người học trên máy này' })).toBeInViewport()
  await (await learnerRow(page, 'Minh')).getByRole('button', { name: 'Chuyển sang' }).click()
  await expect(page.getByText('Xin chào, Minh!')).toBeVisible()
  await expect(page.getByTestId('continue')).toContainText(`thẻ 2/${l.cards.length}`)

  // Lan erases her data: her entry goes, Minh's progress stays.
  await page.goto('/settings')
  await (await learnerRow(page, 'Lan')).getByRole('button', { name: 'Chuyển sang' }).click()
  await expect(page.getByText('Xin chào, Lan!')).toBeVisible()
  await page.goto('/settings')
  await page.getByRole('button', { name: 'Xoá dữ liệu của em' }).click()
  await page.getByTestId('erase-confirm').click()
  await expect(page.getByText('Xin chào, Minh!')).toBeVisible()
  await expect(page.getByTestId('continue')).toContainText(`thẻ 2/${l.cards.length}`)
  await page.goto('/settings')
  await expect(page.getByTestId('learners').getByRole('listitem')).toHaveCount(1)
})
