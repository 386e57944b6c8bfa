// Issue 23: class lists from the files school systems really write (tests/fixtures/rosters/, made by
// scripts/make-roster-fixtures.mjs), imported in Chromium under the production CSP: each with the right names
// and count (or the stated refusal), each read in < 5 s — a whole grade's .xlsx too, whose large sheet once
// went to a `blob:` Worker the CSP refuses and hung on "Đang đọc tệp…".
import { expect, test, type Page } from '@playwright/test'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chooseRole } from '../helpers'

const DIR = join(process.cwd(), 'tests/fixtures/rosters')
type Expected = {
  count?: number
  first?: string
  last?: string
  skipped?: number
  refused?: string
  sheets?: string[]
  sheet?: string
}
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>

async function classPage(page: Page): Promise<void> {
  await chooseRole(page, 'Giáo viên', 'Cô Lan')
  await page.goto('/teacher')
  await page.getByLabel('Tên lớp (ví dụ 6A1)').fill('6A2')
  await page.getByLabel('Trường', { exact: true }).fill('Trường THCS Nguyễn Du')
  await page.getByLabel('Năm học').fill('2026-2027')
  await page.getByRole('button', { name: 'Tạo lớp' }).click()
  await expect(page.getByRole('heading', { name: 'Danh sách lớp và sĩ số' })).toBeVisible()
}

/** Picks the file; resolves with the milliseconds until the preview or a message is on screen. */
async function pick(page: Page, path: string): Promise<number> {
  const t0 = Date.now()
  await page.getByLabel(/Hoặc chọn tệp danh sách/).setInputFiles(path)
  await expect(page.getByTestId('roster-preview').or(page.getByTestId('roster-error'))).toBeVisible({
    timeout: 5000,
  })
  return Date.now() - t0
}

test('every school file: Windows-1258 and UTF-16 CSV, .xls refused with its fix, SMAS titles and footer, two-row heading, a sheet per class, a whole grade', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const cspViolations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text())
  })
  await classPage(page)
  const timings: Record<string, number> = {}
  for (const [file, want] of Object.entries(EXPECTED)) {
    const ms = await pick(page, join(DIR, file))
    timings[file] = ms
    expect(ms, `${file} read in ${ms} ms`).toBeLessThan(5000)
    if (want.refused) {
      await expect(page.getByTestId('roster-error')).toHaveText(
        /^Tệp \.xls là kiểu Excel 97-2003 cũ, ứng dụng chưa đọc được\. Cách sửa: 1\) mở tệp bằng Excel, LibreOffice hoặc Google Trang tính; 2\) chọn Tệp → Lưu thành → "Sổ làm việc Excel \(\.xlsx\)"/,
      )
      continue
    }
    const preview = page.getByTestId('roster-preview')
    if (want.sheets) {
      await expect(page.getByLabel('Trang tính có danh sách lớp').locator('option')).toHaveText(want.sheets)
      // The sheet named after the class is the one shown.
      await expect(page.getByLabel('Trang tính có danh sách lớp')).toHaveValue(String(want.sheets.indexOf(want.sheet!)))
      await expect(page.getByTestId('roster-sheets')).toHaveText(`Tệp có 3 trang tính. Đang xem trang "${want.sheet}".`)
    }
    await expect(preview.getByRole('status')).toHaveText(`Sẽ lưu ${want.count} học sinh, từ số 1 đến số ${want.count}.`)
    if (want.skipped)
      await expect(preview.getByTestId('roster-skipped')).toHaveText(
        `Bỏ qua ${want.skipped} dòng không phải học sinh (dòng trống, dòng tổng cộng, chữ ký).`,
      )
    await preview.getByRole('button', { name: `Lưu danh sách (${want.count} học sinh)` }).click()
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: `Đã lưu danh sách lớp: sĩ số ${want.count}.` })
        .first(),
    ).toBeVisible()
    await page.getByText(`Xem danh sách (${want.count})`).click()
    const list = page.locator('#roster ol li')
    await expect(list).toHaveCount(want.count!)
    await expect(list.first()).toHaveText(want.first!)
    await expect(list.last()).toHaveText(want.last!)
    await page.getByText(`Xem danh sách (${want.count})`).click()
  }
  console.log(`class lists read in Chromium (ms): ${JSON.stringify(timings)}`)
  expect(cspViolations).toEqual([])
})

test('a 250,000-character cell is cut before anything reads it: the preview comes at once', async ({ page }, info) => {
  await classPage(page)
  const path = info.outputPath('long-cell.csv')
  writeFileSync(path, `STT,Họ và tên,Ghi chú\r\n1,Nguyễn Văn An,${'x'.repeat(250_000)}\r\n2,Trần Thị Bình,\r\n`)
  expect(await pick(page, path)).toBeLessThan(5000)
  await expect(page.getByTestId('roster-preview').getByRole('status')).toHaveText(
    'Sẽ lưu 2 học sinh, từ số 1 đến số 2.',
  )
  const longest = await page
    .getByTestId('roster-preview')
    .locator('td')
    .evaluateAll((tds) => Math.max(...tds.map((td) => (td.textContent ?? '').length)))
  expect(longest).toBeLessThanOrEqual(300)
})
