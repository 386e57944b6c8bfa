// The school and unit officers' screens at 360×640: the main action (the import box) inside the viewport
// without scrolling; the unit with 3 schools entered and 1 reported says "1/3" on screen, in the CSV, the
// XLSX and the print; the school report with 3 classes and the unit report print (A4 landscape) on exactly
// one page with the signatures on it, the screen's title not printed; its "Đã gửi kết quả" a/b per class (class
// summary v3) on screen, in the XLSX, the CSV (the plain number) and the print.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { expect, test, type Download, type Page } from '@playwright/test'
import { chooseRole } from '../helpers'
import {
  decodeSchoolInvite,
  decodeUnitInvite,
  encodeSchoolSummary,
  encodeSummary,
  newId,
} from '@/exchange/codec/index.ts'

const vnMonth = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)
const UNIT = 'Phòng Văn hóa – Xã hội xã Thử Nghiệm'
const SCHOOL = 'Trường THCS Thử Nghiệm'
const dir = mkdtempSync(join(tmpdir(), 'kns-reports-'))

async function bytes(d: Download): Promise<Buffer> {
  return Buffer.concat(await (await d.createReadStream()).toArray())
}
async function download(page: Page, name: string): Promise<Buffer> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()])
  return bytes(d)
}
/** The print view as an A4 landscape PDF: its page count and its text. */
async function printed(page: Page, file: string): Promise<{ pages: number; text: string }> {
  const path = join(dir, file)
  writeFileSync(path, await page.pdf({ format: 'A4', landscape: true, printBackground: true }))
  const info = execFileSync('pdfinfo', [path]).toString()
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    text: execFileSync('pdftotext', ['-layout', path, '-']).toString(),
  }
}
/** The top of the element, in px, with the page scrolled to its top: inside 640 means seen without scrolling. */
async function topOf(page: Page, selector: string): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, 0))
  const box = await page.locator(selector).first().boundingBox()
  expect(box, selector).not.toBeNull()
  return Math.round(box!.y)
}

test('unit officer: import box first, 3 schools entered and 1 reported say 1/3 everywhere; one printed page', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const month = vnMonth()
  await chooseRole(page, 'Giáo viên', 'Chị Thu')
  await page.goto('/teacher')
  await page.getByRole('button', { name: 'Tạo đơn vị nhận báo cáo' }).click()
  await page.getByLabel('Tên đơn vị').fill(UNIT)
  await page.getByLabel('Địa bàn (xã, phường hoặc tỉnh)').fill('Xã Thử Nghiệm')
  await page.getByRole('button', { name: 'Tạo đơn vị', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(UNIT)

  // Screen 1, the new unit: its import box lies inside the viewport.
  const screens: Record<string, number> = { 'unit (new)': await topOf(page, '#code-import-text, textarea') }
  const invite = await decodeUnitInvite(await page.getByTestId('unit-invite-link').inputValue())
  if (!invite.ok) throw new Error('unit invite')

  // Before the list: the count is "chưa nhập số trường", never "đủ".
  await page.getByLabel('Danh sách trường hoặc số trường').fill('  \n ')
  await page.getByRole('button', { name: 'Lưu danh sách trường' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa có tên trường nào' })).toBeVisible()
  await page
    .getByLabel('Danh sách trường hoặc số trường')
    .fill(`1. ${SCHOOL}\n2. Trường THCS Lê Lợi\n3. Trường TH Kim Đồng\ntrường thcs le loi`)
  await page.getByRole('button', { name: 'Lưu danh sách trường' }).click()
  await expect(page.getByTestId('unit-schools-state')).toHaveText('Đơn vị có 3 trường.')

  const summary = await encodeSchoolSummary(
    {
      unitId: invite.invite.unitId,
      schoolId: newId(),
      schoolName: SCHOOL,
      month,
      classes: 3,
      studentCount: 105,
      modules: { 'dich-vu-cong': { inMonth: 5, total: 57 } },
      staff: { teachers: 3, vneidLevel2: 2, dvcPortal: 1, fiveSkills: 1, completedAny: 1, completedAll: 0, taught: 1 },
      outreach: { sessions: 0, people: 0, helped: 0 },
      issuedAt: Date.now(),
      seq: 1,
    },
    invite.invite.unitKey,
  )
  await page.getByLabel('Đường link hoặc mã báo cáo').fill(summary)
  await page.getByRole('button', { name: 'Nhập', exact: true }).click()
  await expect(page.getByTestId('unit-import-results')).toContainText(`Đã nhận báo cáo của ${SCHOOL}`)
  screens['unit (with a report)'] = await topOf(page, 'textarea')

  // The screen: "1/3", the two schools not reported by name.
  await expect(page.getByTestId('unit-coverage-count')).toHaveText('1/3 trường đã báo cáo tháng này')
  await expect(page.getByTestId('unit-coverage-missing')).toContainText('Trường TH Kim Đồng')
  await expect(page.getByTestId('unit-coverage-missing')).toContainText('Trường THCS Lê Lợi')
  await expect(page.locator('.paper')).toContainText('1/3 trường đã báo cáo')
  await expect(page.getByTestId('unit-form-lines')).toContainText('Tổng số trường của đơn vị: 3')
  await expect(page.getByTestId('unit-form-lines')).toContainText('Số trường chưa báo cáo: 2')
  // Figures the Vietnamese way on the paper: 57 of 105 is 54,3%.
  await expect(page.locator('.paper')).toContainText('54,3')

  // The CSV and the XLSX carry it too.
  const csv = (await download(page, 'Tải CSV')).toString('utf8')
  expect(csv).toContain('1/3 trường đã báo cáo')
  const xlsx = unzipSync(new Uint8Array(await download(page, 'Tải Excel')))
  expect(strFromU8(xlsx['xl/sharedStrings.xml']!)).toContain('1/3 trường đã báo cáo')

  // The print: one A4 landscape page, the figures and both signatures on it, the screen's title absent.
  const pdf = await printed(page, 'unit.pdf')
  expect(pdf.pages).toBe(1)
  expect(pdf.text).toContain('1/3 trường đã báo cáo')
  expect(pdf.text).toContain('THỦ TRƯỞNG ĐƠN VỊ')
  expect(pdf.text).toContain('NGƯỜI LẬP BIỂU')
  expect(pdf.text).not.toContain('Báo cáo tháng')
  expect(pdf.text).not.toContain('Nhận báo cáo của trường')

  for (const [screen, top] of Object.entries(screens)) expect(top, screen).toBeLessThan(640)
  console.log('main action top (px):', JSON.stringify(screens))
  await page.screenshot({ path: 'test-results/screens/unit-report-coverage.png' })
})

test('school officer: import box first; 3 classes print on one A4 landscape page with the signatures', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const month = vnMonth()
  await chooseRole(page, 'Giáo viên', 'Thầy Hùng')
  await page.goto('/teacher')
  await page.getByRole('button', { name: 'Tạo trường mới' }).click()
  await page.getByLabel('Tên trường').fill(SCHOOL)
  await page.getByLabel('Nơi nhận báo cáo của trường').fill(UNIT)
  await page.getByRole('button', { name: 'Tạo trường', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCHOOL)
  const screens: Record<string, number> = { 'school (new)': await topOf(page, '#summary-import-results-text') }
  const invite = await decodeSchoolInvite(await page.getByTestId('school-invite-link').inputValue())
  if (!invite.ok) throw new Error('school invite')

  const codes = await Promise.all(
    ['6A1', '7A2', '8A3'].map((className, i) =>
      encodeSummary(
        {
          schoolId: invite.invite.schoolId,
          classId: newId(),
          teacherId: newId(),
          teacherName: `Cô Lan ${i + 1}`,
          className,
          grade: 6 + i,
          schoolYear: '2026-2027',
          month,
          studentCount: 35,
          // Class summary v3: 30 and 12 of 35 sent their result; 8A3's summary does not say (as v1/v2).
          ...([{ sent: 30 }, { sent: 12 }, {}][i] ?? {}),
          modules: {
            'dich-vu-cong': {
              completedInMonth: 3,
              completedTotal: 20,
              outOf: 35,
              averageBestScore: 85.5,
            },
          },
          teacherCompleted: [],
          readiness: { vneidLevel2: true, dvcPortal: false, fiveSkills: true },
          issuedAt: Date.now(),
          seq: 1,
        },
        invite.invite.schoolKey,
      ),
    ),
  )
  await page.getByLabel('Đường link hoặc mã bản tổng hợp').fill(codes.join('\n'))
  await page.getByRole('button', { name: 'Nhập', exact: true }).click()
  await expect(page.getByTestId('summary-import-results')).toContainText('8A3')
  screens['school (with reports)'] = await topOf(page, '#summary-import-results-text')
  await expect(page.getByTestId('school-report-table')).toContainText('7A2')

  // "Đã gửi kết quả" a/b per class, "chưa rõ" where the summary does not carry it (and so for the school total).
  const table = page.getByTestId('school-report-table')
  await expect(table.getByRole('columnheader', { name: 'Đã gửi kết quả' })).toBeVisible()
  await expect(table.getByRole('row').filter({ hasText: '6A1' })).toContainText('30/35')
  await expect(table.getByRole('row').filter({ hasText: '7A2' })).toContainText('12/35')
  await expect(table.getByRole('row').filter({ hasText: '8A3' })).toContainText('chưa rõ')
  await expect(table.getByRole('row').filter({ hasText: 'Tổng cộng' })).toContainText('chưa rõ')
  // The XLSX keeps the text; the CSV the plain number beside the sĩ số (a text 12/35 could open as a date).
  const xlsx = strFromU8(unzipSync(new Uint8Array(await download(page, 'Tải Excel')))['xl/sharedStrings.xml']!)
  for (const c of ['Đã gửi kết quả', '30/35', '12/35', 'chưa rõ']) expect(xlsx).toContain(c)
  const csv = (await download(page, 'Tải CSV')).toString('utf8').split('\r\n')
  const cols = csv.find((l) => l.startsWith('Lớp,'))!.split(',')
  expect(cols.slice(0, 4)).toEqual(['Lớp', 'Khối', 'Sĩ số', 'Đã gửi kết quả'])
  expect(
    csv
      .find((l) => l.startsWith('6A1,'))!
      .split(',')
      .slice(0, 4),
  ).toEqual(['6A1', '6', '35', '30'])
  expect(
    csv
      .find((l) => l.startsWith('8A3,'))!
      .split(',')
      .slice(0, 4),
  ).toEqual(['8A3', '8', '35', 'chưa rõ'])

  const pdf = await printed(page, 'school.pdf')
  expect(pdf.pages).toBe(1)
  for (const c of ['6A1', '7A2', '8A3', 'HIỆU TRƯỞNG', 'NGƯỜI LẬP BIỂU', '30/35', '12/35', 'chưa rõ'])
    expect(pdf.text).toContain(c)
  expect(pdf.text).not.toContain('Nhận bản tổng hợp của lớp')

  for (const [screen, top] of Object.entries(screens)) expect(top, screen).toBeLessThan(640)
  console.log('main action top (px):', JSON.stringify(screens))
  await page.screenshot({ path: 'test-results/screens/school-report-3.png' })
})
