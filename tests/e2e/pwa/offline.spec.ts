// The installable offline shell: after one online visit every route opens offline, settings survive
// a reload, unknown routes show a Vietnamese not-found page, and Chromium finds the app installable.
import { expect, test, chromium } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromeArgs, chromePath } from '../../../scripts/chrome.mjs'
import { chooseRole, waitForServiceWorker } from '../helpers'

test('after one online visit the app works offline and keeps settings', async ({ page, context }) => {
  await chooseRole(page, 'Giáo viên', 'Cô Lan')
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await page.goto('/settings')
  await page.getByRole('radio', { name: 'Rất lớn' }).check()
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu cài đặt.' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge')
  await waitForServiceWorker(page)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByTestId('offline-banner')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge')

  // Opening the app lands a teacher on her hub; the navigation's "Học" still opens Home, offline too.
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Giáo viên' })).toBeVisible()
  await page.getByRole('navigation').getByRole('link', { name: 'Học' }).click()
  await expect(page.getByText('Xin chào, Cô Lan!')).toBeVisible()
  await expect(page.getByTestId('module-list').getByRole('link')).toHaveCount(7)
  for (const [path, heading] of [
    ['/modules/chong-lua-dao', '7. Phòng chống lừa đảo trực tuyến'],
    ['/modules/nen-tang-dia-phuong', '5. Nền tảng số của địa phương'],
    ['/settings', 'Cài đặt'],
    ['/about', 'Giới thiệu'],
    ['/progress', 'Tiến độ của tôi'],
    ['/teacher', 'Giáo viên'],
    ['/outreach', 'Tổ công nghệ số cộng đồng'],
    ['/join', 'Vào lớp'],
    ['/r', 'Nhận kết quả'],
    ['/khong-co-trang-nay', 'Không tìm thấy trang'],
    ['/modules/khong-co', 'Không tìm thấy trang'],
  ] as const) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  }
  await page.goto('/settings')
  await expect(page.getByRole('radio', { name: 'Rất lớn' })).toBeChecked()
  await expect(page.getByLabel('Tên hiển thị')).toHaveValue('Cô Lan')
  await page.goto('/khong-co-trang-nay')
  await page.getByRole('link', { name: 'Về trang chủ' }).click()
  await expect(page.getByTestId('module-list')).toBeVisible()
})

test('Chromium reports the app installable, with a Vietnamese manifest', async ({ baseURL }) => {
  // An incognito context always reports "in-incognito": use a real profile directory.
  const dir = mkdtempSync(join(tmpdir(), 'kns-profile-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromePath(),
    args: chromeArgs,
    baseURL,
    viewport: { width: 360, height: 640 },
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await chooseRole(page)
    await waitForServiceWorker(page)
    const cdp = await context.newCDPSession(page)
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors).toEqual([])
    const manifest = await cdp.send('Page.getAppManifest')
    expect(manifest.errors).toEqual([])
    const parsed = JSON.parse(manifest.data ?? '{}')
    expect(parsed).toMatchObject({ lang: 'vi', short_name: 'Kỹ năng số', display: 'standalone' })
    expect(parsed.icons.map((i: { purpose: string }) => i.purpose)).toContain('maskable')
  } finally {
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
