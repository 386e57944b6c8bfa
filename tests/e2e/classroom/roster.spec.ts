// The teacher's report, ready to file: a 30-student class list imported from an .xlsx file, two receipts
// (one with its name typed in another case), the dashboard counting out of 30 and listing the 28 who have
// not sent; the CSV and the .xlsx carry school, class, month, sĩ số, % and totals; the school report,
// printed by Chromium on A4 landscape, keeps every column inside the page.
import { expect, test } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import writeXlsxFile from 'write-excel-file/node'
import { readSheet } from 'read-excel-file/node'
import { codecMessage } from '@/i18n/vi-codec'
import { chooseRole, moduleById } from '../helpers'
import { decodeClassInvite, encodeReceipt, newId } from '@/exchange/codec/index.ts'

const path = (link: string) => link.replace(/^https?:\/\/[^/]+/, '')
const vnMonth = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em']

test('class list from .xlsx → two receipts → 2/30 and 28 not sent → CSV and Excel documents → school report on A4 landscape', async ({
  browser,
}, info) => {
  test.setTimeout(180_000)
  const ctx = await browser.newContext()
  const page = await ctx.newPage()
  const month = vnMonth()
  const shown = `${Number(month.slice(5))}/${month.slice(0, 4)}`
  const m1 = moduleById('dich-vu-cong')

  await chooseRole(page, 'Giáo viên', 'Cô Lan')
  await page.goto('/teacher')
  await page.getByLabel('Tên lớp (ví dụ 6A1)').fill('6A1')
  await page.getByLabel('Trường', { exact: true }).fill('Trường THCS Thử Nghiệm')
  await page.getByLabel('Năm học').fill('2026-2027')
  await page.getByRole('button', { name: 'Tạo lớp' }).click()
  // A new class leads with the invite.
  await expect(page.locator('main h2').first()).toHaveText('Mời học sinh vào lớp')
  await page.screenshot({ path: 'test-results/screens/class-new.png', fullPage: true })

  // The list as a school management system exports it: a title row, headings, 30 students.
  const rows = [
    [{ value: 'DANH SÁCH HỌC SINH LỚP 6A1' }],
    [{ value: 'STT' }, { value: 'Họ và tên' }, { value: 'Ngày sinh' }],
    ...Array.from({ length: 30 }, (_, i) => [
      { value: i + 1 },
      { value: i < NAMES.length ? NAMES[i]! : `Học Sinh Số ${i + 1}` },
      { value: '01/02/2014' },
    ]),
  ]
  const xlsxPath = info.outputPath('danh-sach-6a1.xlsx')
  await writeXlsxFile(rows).toFile(xlsxPath)
  await page.getByLabel(/Hoặc chọn tệp danh sách/).setInputFiles(xlsxPath)
  await expect(page.getByTestId('roster-preview')).toBeVisible()
  await expect(page.getByLabel('Cột họ và tên (hoặc họ đệm)')).toHaveValue('1')
  await page.getByRole('button', { name: 'Lưu danh sách (30 học sinh)' }).click()
  await expect(page.getByTestId('roster-summary')).toContainText('Sĩ số: 30 học sinh')

  // Two receipts, made here with the class key; the second student typed the name in lower case.
  const inv = await decodeClassInvite(await page.getByTestId('invite-link').inputValue())
  if (!inv.ok) throw new Error(codecMessage(inv.error))
  const { classId, classKey } = inv.invite
  const receipt = (name: string, n: number) =>
    encodeReceipt(
      {
        classId,
        studentId: newId(),
        name,
        classNumber: n,
        issuedAt: Date.now(),
        seq: 1,
        modules: { 'dich-vu-cong': { completedAt: Date.now(), bestScore: 90, attempts: 1 } },
      },
      classKey,
    )
  const codes = [await receipt('Nguyễn Văn An', 1), await receipt('trần thị bình', 2)]
  await page.getByLabel('Đường link hoặc mã kết quả').fill(codes.map((c) => `${'https://x.vn'}/r#${c}`).join('\n'))
  await page.getByRole('button', { name: 'Nhập', exact: true }).click()
  await expect(page.locator('main').getByText('Đã thêm 2, bỏ qua 0.')).toBeVisible()
  await expect(page.getByTestId('import-results')).toContainText('Đã thêm trần thị bình (số 2).')
  await page.reload()

  await expect(page.getByTestId('module-counts')).toContainText(`${m1.meta.title}: 2/30 (7%)`)
  await expect(page.getByTestId('not-sent').locator('li')).toHaveCount(28)
  await expect(page.getByTestId('not-sent')).not.toContainText('Trần Thị Bình')
  await expect(page.getByRole('row', { name: /Nguyễn Văn An/ })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/class-dashboard.png', fullPage: true })

  // The report: CSV and Excel read back.
  await page.getByRole('link', { name: 'Báo cáo tháng' }).click()
  await expect(page.getByTestId('report-table')).toContainText(m1.meta.title)
  await page.screenshot({ path: 'test-results/screens/class-report.png', fullPage: true })
  // Issue 21: the school's name once (not "Trường: Trường THCS …"); the quiz average over the students who
  // completed the module, labelled so, and a dash for a module nobody completed.
  const paper = page.locator('.paper')
  await expect(paper).toContainText('Trường THCS Thử Nghiệm')
  await expect(paper).not.toContainText('Trường: Trường')
  await expect(page.getByTestId('report-table').locator('thead')).toContainText(
    'Điểm kiểm tra TB của HS đã hoàn thành (thang 100)',
  )
  const m2 = moduleById('chong-lua-dao')
  await expect(page.getByTestId('report-table').getByRole('row', { name: new RegExp(m2.meta.title) })).toContainText(
    '—',
  )
  // Printed: one A4 portrait sheet, the figures and both signatures on it, the screen's title not.
  const classPdf = test.info().outputPath('class-report.pdf')
  await page.pdf({ format: 'A4', printBackground: true, path: classPdf })
  const classInfo = execFileSync('pdfinfo', [classPdf]).toString()
  expect(classInfo).toMatch(/Pages:\s+1\n/)
  expect(classInfo).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12]/)
  const printedClass = execFileSync('pdftotext', ['-layout', classPdf, '-']).toString()
  for (const want of [m1.meta.title, 'NGƯỜI LẬP BÁO CÁO', 'XÁC NHẬN CỦA HIỆU TRƯỞNG'])
    expect(printedClass).toContain(want)
  expect(printedClass).not.toContain('Báo cáo tháng — Lớp')
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải CSV' }).click(),
  ])
  expect(csv.suggestedFilename()).toBe(`bao-cao-thcs-thu-nghiem-6a1-${month}.csv`)
  const text = readFileSync((await csv.path())!).toString('utf8')
  for (const want of [
    'TRƯỜNG THCS THỬ NGHIỆM',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Lớp: 6A1',
    `Tháng ${shown}`,
    'Sĩ số: 30 học sinh',
    'Giáo viên chủ nhiệm: Cô Lan',
  ])
    expect(text).toContain(want)
  // The % with the decimal comma, quoted: a vi-VN spreadsheet reads it as a number (report/export/csv.ts).
  expect(text).toContain(`1,${m1.meta.title},2,2,"6,7",90`)
  expect(text).toMatch(/,Tổng số lượt hoàn thành \(7 mô-đun\),2,2,1,/)
  expect(text).toContain(`2,${moduleById('mua-sam').meta.title},0,0,0,—`)

  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải Excel' }).click(),
  ])
  expect(xlsx.suggestedFilename()).toBe(`bao-cao-thcs-thu-nghiem-6a1-${month}.xlsx`)
  const sheet = (await readSheet(readFileSync((await xlsx.path())!))).map((r) =>
    r.map((c) => (c === null ? '' : String(c))),
  )
  const cells = sheet.flat()
  for (const want of [
    'TRƯỜNG THCS THỬ NGHIỆM',
    'Lớp: 6A1 — Khối 6 — Năm học 2026-2027',
    `Tháng ${shown}`,
    'Sĩ số: 30 học sinh',
  ])
    expect(cells).toContain(want)
  expect(sheet.find((r) => r[1] === m1.meta.title)!.slice(2, 6)).toEqual(['2', '2', '6.7', '90'])
  expect(sheet.find((r) => r[1] === 'Tổng số lượt hoàn thành (7 mô-đun)')!.slice(2, 5)).toEqual(['2', '2', '1'])

  // The same phone is the school's officer: a school, this teacher joins, the class summary arrives.
  await page.goto('/teacher')
  await page.getByRole('button', { name: 'Tạo trường mới' }).click()
  await page.getByLabel('Tên trường').fill('Trường THCS Thử Nghiệm')
  await page.getByLabel('Nơi nhận báo cáo của trường').fill('Phòng Văn hóa – Xã hội phường Thử Nghiệm')
  await page.getByRole('button', { name: 'Tạo trường', exact: true }).click()
  const schoolInvite = await page.getByTestId('school-invite-link').inputValue()
  await page.goto(path(schoolInvite))
  await page.getByRole('button', { name: 'Tham gia báo cáo của trường' }).click()
  await expect(page).toHaveURL(/\/teacher$/)
  await page.goto(`/teacher/class/${classId}/report`)
  await page.getByRole('button', { name: `Tạo bản tổng hợp tháng ${shown}` }).click()
  const summary = await page.getByTestId('summary-link').inputValue()
  await page.goto(path(summary))
  await expect(page.getByTestId('summary-result')).toContainText('Đã nhận báo cáo lớp 6A1')
  await page.getByRole('link', { name: 'Xem báo cáo của trường' }).click()
  const table = page.getByTestId('school-report-table')
  // Sĩ số 30 from the class list, not the 2 who sent.
  await expect(table.getByRole('row', { name: /^6A1/ })).toContainText('30')
  // … and "Đã gửi kết quả" says the 2 of the 30 (class summary v3).
  await expect(table.getByRole('row', { name: /^6A1/ })).toContainText('2/30')
  await expect(page.getByRole('article')).toContainText(`MĐ1: ${m1.meta.title}`)
  await page.screenshot({ path: 'test-results/screens/school-report-phone.png', fullPage: true })

  // Printed: A4 landscape (297 mm less 2 × 10 mm margins = 277 mm ≈ 1047 CSS px): every column inside.
  await page.emulateMedia({ media: 'print' })
  await page.setViewportSize({ width: 1047, height: 740 })
  const overflow = await table.evaluate((t) => {
    const page = document.documentElement.clientWidth
    return [...t.querySelectorAll('th, td')].filter((c) => c.getBoundingClientRect().right > page + 0.5).length
  })
  expect(overflow).toBe(0)
  const lastHeader = await table.locator('thead th').last().boundingBox()
  expect(lastHeader!.x + lastHeader!.width).toBeLessThanOrEqual(1047)
  const pdf = await page.pdf({
    format: 'A4',
    landscape: true,
    printBackground: true,
    path: test.info().outputPath('school-report.pdf'),
  })
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF')
  await ctx.close()
})
