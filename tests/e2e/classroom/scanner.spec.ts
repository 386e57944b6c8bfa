// Where the browser has no BarcodeDetector (iOS Safari), scanning uses the ZXing
// WebAssembly reader served from our own origin (never a CDN), kept by the service worker for offline use.
import { expect, test } from '@playwright/test'
import { chromeArgs, chromePath } from '../../../scripts/chrome.mjs'
import { chooseRole, waitForServiceWorker } from '../helpers'

test.use({
  permissions: ['camera'],
  launchOptions: { executablePath: chromePath(), args: [...chromeArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'] },
})

test('the QR reader loads from our origin, scans the camera, and is cached for offline use', async ({ page, context, baseURL }) => {
  // Behave like iOS Safari, whatever this Chromium offers.
  await page.addInitScript(() => {
    delete (window as { BarcodeDetector?: unknown }).BarcodeDetector
  })
  const foreign: string[] = []
  context.on('request', (r) => {
    if (!r.url().startsWith(`${baseURL}/`)) foreign.push(r.url())
  })
  await chooseRole(page, 'Giáo viên', 'Cô Lan')
  await waitForServiceWorker(page)
  await page.goto('/teacher')
  await page.getByLabel('Tên lớp (ví dụ 6A1)').fill('8D')
  await page.getByLabel('Trường', { exact: true }).fill('Trường THCS Thử Nghiệm')
  const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'), { timeout: 20_000 })
  await page.getByRole('button', { name: 'Tạo lớp' }).click()
  // The class page fetches the reader a few seconds after it has settled.
  expect((await wasm).status()).toBe(200)
  await page.getByRole('button', { name: 'Quét mã QR' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã quét 0 mã' })).toBeVisible()
  await expect.poll(() => page.evaluate(async () => (await (await caches.open('kns-scanner')).keys()).length)).toBe(1)
  await page.getByRole('button', { name: 'Dừng quét' }).click()
  expect(foreign).toEqual([])
})
