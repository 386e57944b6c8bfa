// Storage failures: with IndexedDB missing (private mode, blocked) the app still runs read-only and
// says so; with a full disk a save fails with a clear message and nothing saved before is lost.
import { expect, test } from '@playwright/test'
import { chooseRole, moduleById, nextCard } from '../helpers'

test('without IndexedDB the app explains it and still teaches', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })
  })
  await page.goto('/')
  await expect(page.getByRole('alert').filter({ hasText: 'Trình duyệt không cho lưu dữ liệu' })).toBeVisible()
  await chooseRole(page)
  await page.getByRole('link', { name: /7\. Phòng chống lừa đảo/ }).click()
  // Wait for the module page before choosing its first lesson (the home card matches too).
  const m = moduleById('chong-lua-dao')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(m.meta.title)
  await page.getByRole('link', { name: new RegExp(m.lessons[0]!.title) }).click()
  await expect(page.getByRole('button', { name: 'Tiếp' })).toBeVisible()
  await nextCard(page)
  await expect(page.locator('main').getByText(/Thẻ 2\//)).toBeVisible()
  // In-app navigation: without storage a reload would forget the role chosen in memory.
  await page.getByRole('navigation').getByRole('link', { name: 'Cài đặt' }).click()
  await expect(page.getByTestId('persist-state')).toHaveText('Chế độ chỉ xem: không lưu được dữ liệu trên máy này.')
})

test('a full disk: the save fails with a message and the old data stays', async ({ page }) => {
  // Writes fail while sessionStorage says so, as they would on a phone with no free space.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (sessionStorage.getItem('disk-full') === '1')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.apply(this, args)
    }
  })
  await chooseRole(page, 'Học sinh', 'Minh')
  await page.evaluate(() => sessionStorage.setItem('disk-full', '1'))

  await page.goto('/settings')
  await page.getByLabel('Tên hiển thị').fill('Tên mới')
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Bộ nhớ máy đã đầy nên chưa lưu được' })).toBeVisible()

  await page.goto('/modules/dich-vu-cong/lessons/vneid-muc-1-2')
  await nextCard(page)
  await expect(page.getByRole('alert').filter({ hasText: 'Bộ nhớ máy đã đầy' }).first()).toBeVisible()

  await page.evaluate(() => sessionStorage.removeItem('disk-full'))
  await page.goto('/settings')
  await expect(page.getByLabel('Tên hiển thị')).toHaveValue('Minh')
  await page.goto('/')
  await expect(page.getByText('Xin chào, Minh!')).toBeVisible()
})
