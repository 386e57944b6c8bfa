// A community-team member's day, offline after one visit: start a session, tally (+, −, undo), reload and
// find the counts, present a lesson (buttons and keys), end the session and export the month as CSV
// (BOM, rows) and Excel; axe on the hub, the session screen and present mode.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { chooseRole, moduleById, waitForServiceWorker, waitForTeacherTools } from '../helpers'

async function axe(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    bad.map(
      (v) =>
        `${state}: ${v.id} — ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    ),
  ).toEqual([])
}

const count = (page: Page, label: string) =>
  page.locator('main').getByRole('group', { name: label, exact: true }).getByTestId('tally-count')

function thisMonth(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}

test('outreach session offline: tally, reload, present, end, export', async ({ page, context }) => {
  test.setTimeout(120_000)
  const m = moduleById('dich-vu-cong')
  const lesson = m.lessons.find((l) => l.cards.length >= 3)!
  const n = lesson.cards.length

  await chooseRole(page, 'Tổ công nghệ số cộng đồng', 'Anh Tuấn')
  await waitForServiceWorker(page)
  // The Excel writer is not precached: an adult's phone fetches it once online, so the export below works
  // offline without having been used before.
  await waitForTeacherTools(page)
  await context.setOffline(true)

  // The hub, with nothing yet.
  await page.goto('/outreach')
  const main = page.locator('main')
  await expect(page.getByRole('heading', { level: 1, name: 'Tổ công nghệ số cộng đồng' })).toBeVisible()
  await expect(main.getByText('Không ghi tên người dân')).toBeVisible()
  await expect(main.getByText('Chưa có phiên nào đang mở.')).toBeVisible()
  await axe(page, 'hub (empty)')

  // Start a session.
  await main.getByRole('link', { name: 'Bắt đầu phiên' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mở phiên mới' })).toBeVisible()
  await main.getByRole('button', { name: 'Bắt đầu phiên' }).click()
  await expect(main.getByText('Hãy nhập tên xã/phường.')).toBeVisible()
  await expect(page.getByLabel('Xã/phường')).toBeFocused()
  await page.getByLabel('Xã/phường').fill('Xã Tân Hòa')
  await page.getByLabel('Thôn/ấp/khu phố').fill('Ấp 3')
  await main.getByRole('radio', { name: 'Buổi sinh hoạt tại nhà văn hóa' }).check()
  await main.getByRole('checkbox', { name: m.meta.title }).check()
  await main.getByRole('button', { name: 'Bắt đầu phiên' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Phiên hỗ trợ/ })).toBeVisible()
  await expect(page).toHaveURL(/\/outreach\/session\/s-/)

  // Tally: +, −, undo. Each tap is saved before it is announced.
  const plus = (label: string) => main.getByRole('button', { name: `Thêm 1: ${label}`, exact: true })
  const minus = (label: string) => main.getByRole('button', { name: `Bớt 1: ${label}`, exact: true })
  for (let i = 0; i < 3; i++) await plus('Số người được hỗ trợ').click()
  await expect(count(page, 'Số người được hỗ trợ')).toHaveText('3')
  await plus('Cài VNeID').click()
  await plus('Cài VNeID').click()
  await expect(count(page, 'Cài VNeID')).toHaveText('2')
  await minus('Cài VNeID').click()
  await expect(count(page, 'Cài VNeID')).toHaveText('1')
  await expect(page.getByText('Đã lưu: Cài VNeID 1')).toBeAttached()
  // At 0 the minus is marked disabled (still focusable) and a tap changes nothing.
  await expect(minus('Nộp hồ sơ trực tuyến')).toHaveAttribute('aria-disabled', 'true')
  await minus('Nộp hồ sơ trực tuyến').click({ force: true })
  await expect(count(page, 'Nộp hồ sơ trực tuyến')).toHaveText('0')
  await plus('Nộp hồ sơ trực tuyến').click()
  await expect(count(page, 'Nộp hồ sơ trực tuyến')).toHaveText('1')
  await main.getByRole('button', { name: 'Hoàn tác “Nộp hồ sơ trực tuyến +1”' }).click()
  await expect(count(page, 'Nộp hồ sơ trực tuyến')).toHaveText('0')
  await expect(page.getByText('Đã hoàn tác: Nộp hồ sơ trực tuyến 0')).toBeAttached()
  await axe(page, 'session')

  // A reload (offline) keeps every count and the undo history.
  await page.reload()
  await expect(count(page, 'Số người được hỗ trợ')).toHaveText('3')
  await expect(count(page, 'Cài VNeID')).toHaveText('1')
  await expect(count(page, 'Nộp hồ sơ trực tuyến')).toHaveText('0')
  await expect(main.getByRole('button', { name: 'Hoàn tác “Cài VNeID −1”' })).toBeVisible()

  // Present a lesson of the session's module: buttons, then keys.
  await main.getByRole('link', { name: `Chiếu: ${lesson.title}` }).click()
  const layer = page.getByRole('dialog', { name: lesson.title })
  await expect(layer).toBeVisible()
  await expect(layer.getByText(`Thẻ 1/${n}`)).toBeVisible()
  // The layer covers the whole screen, the app's bottom navigation included.
  expect(
    await page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight - 8)?.closest('dialog') !== null),
  ).toBe(true)
  await layer.getByRole('button', { name: 'Tiếp', exact: true }).click()
  await expect(layer.getByText(`Thẻ 2/${n}`)).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(layer.getByText(`Thẻ 3/${n}`)).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await expect(layer.getByText(`Thẻ 2/${n}`)).toBeVisible()
  await layer.getByRole('button', { name: 'Trước', exact: true }).click()
  await expect(layer.getByText(`Thẻ 1/${n}`)).toBeVisible()
  if (lesson.cards[0]!.title)
    await expect(layer.getByRole('heading', { level: 2 })).toContainText(lesson.cards[0]!.title)
  await layer.getByRole('button', { name: 'Mã QR' }).click()
  await expect(layer.getByRole('img', { name: new RegExp(`/modules/${m.meta.id}/lessons/${lesson.id}`) })).toBeVisible()
  await axe(page, 'present mode')
  await page.keyboard.press('Escape')
  await expect(layer).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: /^Phiên hỗ trợ/ })).toBeVisible()

  // End the session.
  await main.getByRole('button', { name: 'Kết thúc phiên' }).click()
  await page
    .getByRole('dialog', { name: 'Kết thúc phiên này?' })
    .getByRole('button', { name: 'Kết thúc', exact: true })
    .click()
  await expect(main.getByText('Phiên đã kết thúc lúc')).toBeVisible()
  await expect(main.getByRole('button', { name: /^Thêm 1/ })).toHaveCount(0)
  await expect(count(page, 'Cài VNeID')).toHaveText('1')

  // The hub: totals of the month, then the exports.
  await page.goto('/outreach')
  await expect(main.getByText('Chưa có phiên nào đang mở.')).toBeVisible()
  await expect(main.getByTestId('month-people')).toHaveText('3')
  await expect(main.getByTestId('session-list').getByRole('link')).toHaveCount(1)
  await axe(page, 'hub (with a session)')

  const month = thisMonth()
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    main.getByRole('button', { name: 'Tải CSV' }).click(),
  ])
  expect(csv.suggestedFilename()).toBe(`to-cns-${month}.csv`)
  const bytes = readFileSync((await csv.path())!)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n')
  expect(lines).toHaveLength(3)
  const header = lines[0]!.split(',')
  expect(header.slice(0, 6)).toEqual([
    'Ngày',
    'Xã/phường',
    'Thôn/ấp/khu phố',
    'Hình thức',
    'Chủ đề',
    'Số người được hỗ trợ',
  ])
  expect(header).toContain('Cài VNeID')
  const row = lines[1]!.split(',')
  expect(row.slice(1, 6)).toEqual(['Xã Tân Hòa', 'Ấp 3', 'Buổi sinh hoạt tại nhà văn hóa', m.meta.title, '3'])
  expect(row[header.indexOf('Cài VNeID')]).toBe('1')
  expect(row.at(-1)).toBe('Đã kết thúc')
  expect(lines[2]).toMatch(/^Cộng tháng \d+\/\d{4},,,,,3,1,/)

  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    main.getByRole('button', { name: 'Tải Excel' }).click(),
  ])
  expect(xlsx.suggestedFilename()).toBe(`to-cns-${month}.xlsx`)
  expect(
    readFileSync((await xlsx.path())!)
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK')
})

test('backup on one phone, restore on another: merged, and a broken file changes nothing', async ({
  page,
  browser,
}) => {
  await chooseRole(page, 'Tổ công nghệ số cộng đồng', 'Chị Hoa')
  await page.goto('/outreach/new')
  await page.getByLabel('Xã/phường').fill('Phường Long Bình')
  await page.locator('main').getByRole('button', { name: 'Bắt đầu phiên' }).click()
  await page.locator('main').getByRole('button', { name: 'Thêm 1: Số người được hỗ trợ', exact: true }).click()
  await expect(count(page, 'Số người được hỗ trợ')).toHaveText('1')
  await page.goto('/outreach')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('main').getByRole('button', { name: 'Tải tệp sao lưu' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^to-cns-sao-luu-\d{4}-\d{2}-\d{2}\.json$/)
  const file = (await download.path())!

  // Another phone: a fresh browser context with its own IndexedDB.
  const other = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 360, height: 640 },
    locale: 'vi-VN',
  })
  const phone = await other.newPage()
  await chooseRole(phone, 'Tổ công nghệ số cộng đồng', 'Anh Tuấn')
  await phone.goto('/outreach')
  const main = phone.locator('main')
  await expect(main.getByText('khi khôi phục', { exact: false })).toBeVisible()
  const input = main.getByLabel('Chọn tệp sao lưu để khôi phục')

  await input.setInputFiles({
    name: 'hong.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"kns-outreach-backup","version":1,"sessions":[{"id":1}]'),
  })
  await expect(main.getByRole('alert')).toContainText('Tệp bị hỏng hoặc không phải tệp sao lưu')
  await expect(main.getByText('Chưa có phiên nào trong tháng này.')).toBeVisible()

  await input.setInputFiles(file)
  await expect(main.getByRole('status').filter({ hasText: 'Đã khôi phục' })).toContainText(
    'thêm 1 phiên, cập nhật 0 phiên, giữ nguyên 0 phiên',
  )
  await expect(main.getByTestId('session-list').getByRole('link')).toHaveCount(1)
  await expect(main.getByTestId('month-people')).toHaveText('1')
  // The same file again changes nothing.
  await input.setInputFiles(file)
  await expect(main.getByRole('status').filter({ hasText: 'Đã khôi phục' })).toContainText(
    'thêm 0 phiên, cập nhật 0 phiên, giữ nguyên 1 phiên',
  )
  await expect(main.getByTestId('session-list').getByRole('link')).toHaveCount(1)
  await other.close()
})
