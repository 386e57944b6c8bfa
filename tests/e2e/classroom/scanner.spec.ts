// Where the browser has no BarcodeDetector (iOS Safari), scanning uses the ZXing WebAssembly reader served
// from our own origin (never a CDN), kept by the service worker for offline use. The camera here is
// Chromium's fake device playing a frame that holds a real receipt QR code (test vector R1 of
// docs/receipt-format.md), and the page runs under the production Content-Security-Policy of the build:
// the reader must compile, decode the frame and import the receipt (issue #15, defect 1).
import { expect, test } from '@playwright/test'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encode } from 'uqr'
import { chromeArgs, chromePath } from '../../../scripts/chrome.mjs'
import { e2ePort } from '../../../scripts/ports.mjs'
import { chooseRole, waitForServiceWorker } from '../helpers'

/** Receipt R1: "Trần Văn An", number 7, signed with the key 00 01 … 0f of class AAECAwQFBgc. */
const R1 = 'AwFAAAECAwQFBgcICQoLDA0ODwOY7YcSBw5UcuG6p24gVsSDbiBBbgkBWgIBsTwBDPX2nxrdMHxBFSn2aFBqbg'
const CLASS = {
  id: 'AAECAwQFBgc',
  keyB64: 'AAECAwQFBgcICQoLDA0ODw',
  className: '6A1',
  school: 'Trường THCS Nguyễn Du',
  schoolYear: '2025-2026',
  grade: 6,
  createdAt: 1_760_000_000_000,
}

/** One 640×480 Y4M frame (4:2:0, grey): the QR code of `text`, black on white, 8 pixels a module. */
function qrFrame(text: string): Buffer {
  const W = 640
  const H = 480
  const qr = encode(text, { ecc: 'M', border: 4 })
  const scale = Math.floor(Math.min(W, H) / qr.size)
  const x0 = Math.floor((W - qr.size * scale) / 2)
  const y0 = Math.floor((H - qr.size * scale) / 2)
  const y = Buffer.alloc(W * H, 235)
  for (let r = 0; r < qr.size; r++) {
    for (let c = 0; c < qr.size; c++) {
      if (!qr.data[r]![c]) continue
      for (let dy = 0; dy < scale; dy++)
        y.fill(16, (y0 + r * scale + dy) * W + x0 + c * scale, (y0 + r * scale + dy) * W + x0 + (c + 1) * scale)
    }
  }
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128)
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`),
    Buffer.from('FRAME\n'),
    y,
    chroma,
  ])
}

const dir = mkdtempSync(join(tmpdir(), 'kns-camera-'))
const video = join(dir, 'receipt.y4m')
writeFileSync(video, qrFrame(`http://localhost:${e2ePort}/r#${R1}`))
const backup = join(dir, 'lop-6a1.json')
writeFileSync(
  backup,
  JSON.stringify({
    app: 'ky-nang-so',
    kind: 'teacher-backup',
    version: 1,
    createdAt: 1_760_000_000_000,
    data: { classes: [CLASS], students: [], schools: [], schoolMemberships: [], summaries: [], staff: null },
  }),
)

test.use({
  permissions: ['camera'],
  launchOptions: {
    executablePath: chromePath(),
    args: [
      ...chromeArgs,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  },
})

test('the QR reader compiles under our CSP, reads a receipt from the camera, imports it, and is cached for offline use', async ({
  page,
  context,
  baseURL,
}) => {
  // Behave like iOS Safari, whatever this Chromium offers; and record every CSP refusal.
  await page.addInitScript(() => {
    delete (window as { BarcodeDetector?: unknown }).BarcodeDetector
    const w = window as unknown as { cspViolations: string[] }
    w.cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  const foreign: string[] = []
  context.on('request', (r) => {
    if (!r.url().startsWith(`${baseURL}/`)) foreign.push(r.url())
  })
  await chooseRole(page, 'Giáo viên', 'Cô Lan')
  await waitForServiceWorker(page)
  // The class of test vector R1 (its key signs the receipt in the frame), brought in by a backup file.
  await page.goto('/settings')
  await page.getByLabel('Chọn tệp sao lưu (.json)').setInputFiles(backup)
  await page.getByRole('button', { name: 'Khôi phục', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã gộp: thêm 1 lớp' }).first()).toBeVisible()

  const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'), { timeout: 20_000 })
  await page.goto(`/teacher/class/${CLASS.id}`)
  // The class page fetches the reader a few seconds after it has settled.
  expect((await wasm).status()).toBe(200)
  expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false)
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'")

  await page.getByRole('button', { name: 'Quét mã QR' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã quét 1 mã' })).toBeVisible({ timeout: 20_000 })
  await expect(page.locator('.scanner')).toHaveAttribute('data-reader', 'zxing')
  await expect(page.getByTestId('import-results')).toContainText('Đã thêm Trần Văn An (số 7).')
  await expect(page.getByRole('row', { name: /Trần Văn An/ })).toBeVisible()
  await expect.poll(() => page.evaluate(async () => (await (await caches.open('kns-scanner')).keys()).length)).toBe(1)
  await page.getByRole('button', { name: 'Dừng quét' }).click()
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
  expect(foreign).toEqual([])
})

test('with no BarcodeDetector and WebAssembly failing (iOS 15, Chrome < 97), the plain-JavaScript reader reads the receipt under the same CSP', async ({
  page,
  context,
  baseURL,
}) => {
  // Behave like iOS 15 Safari: no BarcodeDetector, and every WebAssembly compile refused as the CSP refuses it there.
  await page.addInitScript(() => {
    delete (window as { BarcodeDetector?: unknown }).BarcodeDetector
    const refuse = () => {
      const e = new Error(
        "WebAssembly.Module(): Refused to compile or instantiate WebAssembly module because 'unsafe-eval' is not an allowed source",
      )
      e.name = 'CompileError'
      return e
    }
    const W = WebAssembly as unknown as Record<string, unknown>
    W.Module = function Module() {
      throw refuse()
    }
    for (const f of ['compile', 'instantiate', 'compileStreaming', 'instantiateStreaming'])
      W[f] = () => Promise.reject(refuse())
    const w = window as unknown as { cspViolations: string[] }
    w.cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  const requested: string[] = []
  context.on('request', (r) => requested.push(r.url()))
  await chooseRole(page, 'Giáo viên', 'Cô Lan')
  await page.goto('/settings')
  await page.getByLabel('Chọn tệp sao lưu (.json)').setInputFiles(backup)
  await page.getByRole('button', { name: 'Khôi phục', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã gộp: thêm 1 lớp' }).first()).toBeVisible()
  await page.goto(`/teacher/class/${CLASS.id}`)
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';")
  expect(csp).not.toMatch(/'unsafe-eval'/)

  await page.getByRole('button', { name: 'Quét mã QR' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã quét 1 mã' })).toBeVisible({ timeout: 20_000 })
  await expect(page.locator('.scanner')).toHaveAttribute('data-reader', 'jsqr')
  await expect(page.getByTestId('import-results')).toContainText('Đã thêm Trần Văn An (số 7).')
  await page.getByRole('button', { name: 'Dừng quét' }).click()
  // The 1 MB WebAssembly file is never fetched where it cannot run; nothing leaves our origin.
  expect(requested.filter((u) => u.endsWith('.wasm'))).toEqual([])
  expect(requested.filter((u) => !u.startsWith(`${baseURL}/`))).toEqual([])
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
})
