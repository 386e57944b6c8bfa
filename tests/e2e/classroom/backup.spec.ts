// A teacher's data moves to another phone by file: a broken file is refused and changes nothing; the
// real backup merged in brings the class back.
import { expect, test } from '@playwright/test'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chooseRole } from '../helpers'

test('backup a class on one phone, restore it on another; a broken file changes nothing', async ({ browser }) => {
  const one = await (await browser.newContext()).newPage()
  await chooseRole(one, 'Giáo viên', 'Cô Lan')
  await one.goto('/teacher')
  await one.getByLabel('Tên lớp (ví dụ 6A1)').fill('9C')
  await one.getByLabel('Trường', { exact: true }).fill('Trường THCS Thử Nghiệm')
  await one.getByRole('button', { name: 'Tạo lớp' }).click()
  await expect(one.getByRole('heading', { level: 1 })).toContainText('9C')
  await one.goto('/settings')
  const [file] = await Promise.all([
    one.waitForEvent('download'),
    one.getByRole('button', { name: 'Tải tệp sao lưu' }).click(),
  ])
  expect(file.suggestedFilename()).toMatch(/^kns-sao-luu-\d{4}-\d{2}-\d{2}\.json$/)
  const dir = mkdtempSync(join(tmpdir(), 'kns-backup-'))
  const good = join(dir, file.suggestedFilename())
  await file.saveAs(good)

  const two = await (await browser.newContext()).newPage()
  await chooseRole(two, 'Giáo viên', 'Thầy Nam')
  await two.goto('/settings')
  const broken = join(dir, 'hong.json')
  writeFileSync(broken, '{"app":"ky-nang-so","kind":"teacher-backup","version":1,"data":')
  await two.getByLabel('Chọn tệp sao lưu (.json)').setInputFiles(broken)
  await expect(two.getByRole('alert').filter({ hasText: 'Chưa có gì thay đổi trên máy này.' })).toBeVisible()
  await two.getByLabel('Chọn tệp sao lưu (.json)').setInputFiles(good)
  await two.getByRole('button', { name: 'Khôi phục', exact: true }).click()
  await expect(two.getByRole('status').filter({ hasText: 'Đã gộp: thêm 1 lớp' }).first()).toBeVisible()
  await two.goto('/teacher')
  await expect(two.getByRole('link', { name: /9C/ })).toBeVisible()
})
