// Every module works offline end to end: one practice and the quiz completed in each, and module 5
// follows the locality pack (the shipped one, a school's file, a shared link; bad files refused).
import { expect, test } from '@playwright/test'
import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chooseRole, content, passQuiz, solvePractice, waitForServiceWorker } from '../helpers'

test('offline: one practice and the quiz in every module', async ({ page, context }) => {
  test.setTimeout(300_000)
  await chooseRole(page)
  await waitForServiceWorker(page)
  await context.setOffline(true)
  for (const m of content) {
    // The first practice of each module, and every custom one (they have their own code).
    const practices = m.practices.filter((p, i) => i === 0 || p.type === 'custom')
    for (const p of practices) await solvePractice(page, m.meta.id, p)
    await passQuiz(page, m.meta.id)
  }
  await page.goto('/progress')
  for (const m of content)
    await expect(page.getByRole('link', { name: `${m.meta.order}. ${m.meta.title}` })).toBeVisible()
})

test('module 5 follows the locality pack: shipped, from a file, from a link; a bad file changes nothing', async ({
  page,
}) => {
  await chooseRole(page)
  await page.goto('/modules/nen-tang-dia-phuong')
  await expect(page.getByTestId('locality-panel')).toContainText('Địa phương của em: Đồng Nai')
  await expect(page.getByTestId('locality-panel')).toContainText('Chưa có địa chỉ đã kiểm tra')

  const dir = mkdtempSync(join(tmpdir(), 'kns-pack-'))
  const bad = join(dir, 'hong.json')
  writeFileSync(bad, '{"schemaVersion": 1, "id": "ha-noi"')
  await page.goto('/settings')
  await page.getByLabel('Nạp gói từ tệp (.json)').setInputFiles(bad)
  await expect(page.getByRole('alert').filter({ hasText: 'Không đọc được tệp' })).toBeVisible()
  await expect(page.getByTestId('pack-status')).toContainText('Đồng Nai')

  // The template, filled in by a school for Hà Nội, is loaded and selects Hà Nội.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Tải tệp mẫu' }).click()
  const template = JSON.parse(
    await (await (await download).createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')),
  )
  const good = join(dir, 'ha-noi.json')
  writeFileSync(
    good,
    JSON.stringify({ ...template, id: 'ha-noi', province: 'Hà Nội', author: 'Trường THCS Thử Nghiệm' }),
  )
  await page.getByLabel('Nạp gói từ tệp (.json)').setInputFiles(good)
  await expect(page.getByTestId('pack-status')).toContainText('Hà Nội')
  await expect(page.getByLabel('Tỉnh/thành phố', { exact: true })).toHaveValue('ha-noi')

  // Share it as a link, then open the link after going back to Đồng Nai's shipped pack.
  await page.getByRole('button', { name: 'Tạo đường link chia sẻ gói' }).click()
  const link = await page.getByLabel(/Đường link/).inputValue()
  expect(link).toMatch(/\/locality#[A-Za-z0-9_-]+$/)
  await page.getByRole('button', { name: 'Bỏ gói của trường' }).click()
  await page.goto(link.replace(/^https?:\/\/[^/]+/, '').slice(0, 40))
  await expect(page.getByRole('alert')).toContainText('Đường link bị hỏng')
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''))
  await expect(page.getByTestId('locality-panel')).toContainText('Hà Nội')
  await page.getByRole('button', { name: 'Dùng gói này' }).click()
  await expect(page.getByTestId('locality-panel')).toContainText('Địa phương của em: Hà Nội')
})
