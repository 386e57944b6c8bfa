// Teach the period: a homeroom teacher opens "Dạy trên lớp" for 7A and module 7, reads the lesson plan with
// the class's fields, downloads the .docx (read back through LibreOffice: headings I–III, the four
// activities, minutes summing to the periods, the competence codes of grade band TC1), prints the plan and
// the worksheet on A4 with every line inside the page, and presents lesson cards and a practice at
// 1280×720 and 1920×1080 with nothing cut off.
import { expect, test, type Page } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { chooseRole, moduleById } from '../helpers'
import type { LessonPlan } from '@/content/plan'

const m7 = moduleById('chong-lua-dao')
const plan = parse(readFileSync('src/content/chong-lua-dao/plan.yaml', 'utf8')) as LessonPlan

/** pdftotext's words with their boxes, and the page size (points). */
function pdfWords(pdf: string): {
  pages: number
  width: number
  words: Array<{ xMax: number; text: string }>
  text: string
} {
  const bbox = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }).stdout
  const width = Number(/<page width="([\d.]+)"/.exec(bbox)?.[1] ?? 0)
  const words = [
    ...bbox.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g),
  ].map((w) => ({ xMax: Number(w[1]), text: w[2]! }))
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout
  return { pages: (bbox.match(/<page /g) ?? []).length, width, words, text }
}

async function printToPdf(page: Page, dir: string, name: string): Promise<string> {
  const file = join(dir, name)
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  writeFileSync(file, pdf)
  // Kept beside the screenshots, to look at.
  mkdirSync('test-results/screens', { recursive: true })
  writeFileSync(join('test-results/screens', name), pdf)
  return file
}

async function makeClass(page: Page): Promise<void> {
  await chooseRole(page, 'Giáo viên', 'Cô Lan')
  await page.goto('/teacher')
  await page.getByLabel('Tên lớp (ví dụ 6A1)').fill('7A')
  await page.getByLabel('Trường', { exact: true }).fill('Trường THCS Lê Lợi')
  await page.getByLabel('Năm học').fill('2026-2027')
  await page.getByLabel('Khối').fill('7')
  await page.getByRole('button', { name: 'Tạo lớp' }).click()
  await expect(page.locator('main h2').first()).toHaveText('Mời học sinh vào lớp')
}

test('Dạy trên lớp for 7A, module 7: plan with the class fields, .docx read back, A4 prints', async ({ browser }) => {
  test.setTimeout(150_000)
  const ctx = await browser.newContext({ acceptDownloads: true })
  const page = await ctx.newPage()
  const dir = mkdtempSync(join(tmpdir(), 'kns-plan-'))
  await makeClass(page)

  await page.goto('/teacher')
  await page.getByRole('link', { name: 'Dạy trên lớp' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dạy trên lớp' })).toBeVisible()
  // The only class is the one taught.
  await expect(page.getByRole('radio', { name: '7A' })).toBeChecked()
  await page.getByRole('link', { name: `Dạy mô-đun: ${m7.meta.title}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Tiết dạy: ${m7.meta.title}` })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/teach-module.png' })
  // At 360×640 the plan tile and the four others are on the first screen, above the bottom navigation.
  const navTop = (await page.getByRole('navigation').last().boundingBox())?.y ?? 640
  for (const name of [/Kế hoạch bài dạy/, /Trình chiếu/, /Câu hỏi cả lớp/, /Phiếu học tập/, /Ghi nhận tiết dạy/]) {
    const box = await page.getByRole('link', { name }).first().boundingBox()
    expect(box!.y + box!.height, String(name)).toBeLessThanOrEqual(navTop)
  }

  await page.getByRole('link', { name: /Kế hoạch bài dạy/ }).click()
  const paper = page.getByTestId('plan-paper')
  // The label's word is not repeated before a name that starts with it (issue 21).
  await expect(paper).toContainText('Trường THCS Lê Lợi')
  await expect(paper).not.toContainText('Trường: Trường')
  await expect(paper).toContainText('lớp: 7A')
  await expect(paper).toContainText('Cô Lan')
  await expect(paper).toContainText(`TÊN BÀI DẠY: ${plan.title.toUpperCase()}`)
  await expect(paper).toContainText(/\d\.\d\.TC1 – /)
  await expect(paper).not.toContainText('undefined')
  // The tổ is typed once and printed.
  await page.getByText('Thông tin in trên kế hoạch').click()
  await page.getByLabel('Tổ chuyên môn').fill('Tổ Khoa học xã hội')
  await page.getByRole('button', { name: 'Lưu thông tin' }).click()
  await expect(page.getByRole('status').getByText('Đã lưu thông tin in trên kế hoạch.').first()).toBeAttached()
  await expect(paper).toContainText('Tổ Khoa học xã hội')
  await expect(paper).not.toContainText('Tổ: Tổ')
  await page.screenshot({ path: 'test-results/screens/teach-plan.png' })

  // The .docx, read back by LibreOffice Writer (no repair prompt: a headless conversion succeeds).
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-docx').click()])
  expect(download.suggestedFilename()).toMatch(/^ke-hoach-bai-day-chong-lua-dao-7a\.docx$/)
  const docx = join(dir, download.suggestedFilename())
  await download.saveAs(docx)
  const conv = spawnSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docx], {
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, HOME: dir },
  })
  expect(conv.status, conv.stderr).toBe(0)
  const fromWord = pdfWords(docx.replace(/\.docx$/, '.pdf'))
  writeFileSync('test-results/screens/plan-docx.pdf', readFileSync(docx.replace(/\.docx$/, '.pdf')))
  const flat = fromWord.text.replace(/\s+/g, ' ')
  for (const h of [
    'I. MỤC TIÊU',
    'II. THIẾT BỊ DẠY HỌC VÀ HỌC LIỆU',
    'III. TIẾN TRÌNH DẠY HỌC',
    'Trường THCS Lê Lợi',
    'Tổ Khoa học xã hội',
  ])
    expect(flat).toContain(h)
  expect(flat).not.toContain('Trường: Trường')
  // The four activities of a 5512 plan, each named in its heading.
  for (const kind of ['Mở đầu', 'Hình thành kiến thức mới', 'Luyện tập', 'Vận dụng']) expect(flat).toContain(kind)
  // Each activity's heading in the file carries its tiết and minutes; read back, they sum to 45 per tiết.
  const esc = (x: string) => x.replace(/\s+/g, ' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const minutes = plan.activities.map((a) => {
    const found = new RegExp(`${esc(a.title)} \\((?:tiết (\\d), )?(\\d+) phút\\)`).exec(flat)
    expect(found, a.title).not.toBeNull()
    return { period: Number(found![1] ?? 1), n: Number(found![2]) }
  })
  for (let p = 1; p <= plan.periods; p++)
    expect(minutes.filter((x) => x.period === p).reduce((s, x) => s + x.n, 0)).toBe(45)
  expect(flat).toMatch(/\d\.\d\.TC1 – /)
  expect(flat).toContain(`${plan.periods} tiết`)

  // The plan printed on A4 portrait: every word inside the page's printable width.
  await page.emulateMedia({ media: 'print' })
  const printed = pdfWords(await printToPdf(page, dir, 'plan.pdf'))
  expect(Math.round(printed.width)).toBe(596) // A4 portrait: 210 mm
  expect(printed.pages).toBeGreaterThan(1)
  expect(Math.max(...printed.words.map((w) => w.xMax))).toBeLessThanOrEqual(printed.width - 30)
  expect(printed.text).not.toMatch(/^\s*Kế hoạch bài dạy\s*$/m) // the screen's page title does not print
  await page.emulateMedia({ media: 'screen' })

  // The worksheet: tasks, the check, then the answer key on its own sheet.
  await page.goto(page.url().replace('/plan', '/worksheet'))
  const sheet = page.getByTestId('worksheet-paper')
  await expect(sheet).toContainText('PHIẾU HỌC TẬP')
  await expect(sheet).toContainText(plan.worksheet.tasks[0]!.prompt)
  await page.emulateMedia({ media: 'print' })
  const ws = pdfWords(await printToPdf(page, dir, 'worksheet.pdf'))
  expect(Math.max(...ws.words.map((w) => w.xMax))).toBeLessThanOrEqual(ws.width - 30)
  const pages = ws.text.split('\f').filter((s) => s.trim())
  const keyPage = pages.findIndex((s) => s.includes('ĐÁP ÁN (dành cho giáo viên)'))
  expect(keyPage).toBeGreaterThan(0)
  // No answer is on the students' sheets.
  for (const task of plan.worksheet.tasks)
    expect(pages.slice(0, keyPage).join(' ').replace(/\s+/g, ' ')).not.toContain(
      task.answer.replace(/\s+/g, ' ').slice(0, 40),
    )
  await ctx.close()
})

test('present module 7 at 1280×720 and 1920×1080: every card of a lesson and a practice fits, the QR opens the lesson', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const ctx = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    isMobile: false,
    hasTouch: false,
    deviceScaleFactor: 1,
  })
  const page = await ctx.newPage()
  await makeClass(page)
  await page.goto('/teach')
  await page.getByRole('link', { name: `Dạy mô-đun: ${m7.meta.title}` }).click()
  const back = new URL(page.url()).pathname
  const lesson = m7.lessons[0]!
  const practiceId = plan.activities.flatMap((a) => a.uses.practices ?? [])[0]!
  const practice = m7.practices.find((p) => p.id === practiceId)!

  async function walk(title: string, size: { width: number; height: number }): Promise<number> {
    await page.setViewportSize(size)
    const layer = page.getByRole('dialog', { name: title })
    await expect(layer).toBeVisible()
    const total = Number((await layer.getByText(/^Thẻ 1\/\d+$/).textContent())!.split('/')[1])
    for (let i = 1; i <= total; i++) {
      await expect(layer.getByText(`Thẻ ${i}/${total}`)).toBeVisible()
      // Fitted: the card's stage does not scroll, and nothing of it is under the buttons.
      await expect
        .poll(() => layer.locator('.stage').evaluate((el) => el.scrollHeight - el.clientHeight))
        .toBeLessThanOrEqual(1)
      if (i === 1) await page.screenshot({ path: `test-results/screens/present-${size.width}-${title.length}.png` })
      if (i < total) await layer.getByRole('button', { name: 'Tiếp', exact: true }).click()
    }
    return total
  }

  await page.getByRole('link', { name: `Chiếu: ${lesson.title}` }).click()
  expect(await walk(lesson.title, { width: 1280, height: 720 })).toBe(lesson.cards.length)
  await page.getByRole('button', { name: 'Mã QR' }).click()
  await expect(page.getByRole('img', { name: new RegExp(`/modules/${m7.meta.id}/lessons/${lesson.id}`) })).toBeVisible()
  await page.getByRole('button', { name: 'Ẩn mã QR' }).click()
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(new RegExp(`${back}`))

  await page.getByRole('link', { name: `Chiếu: ${practice.title}` }).click()
  await walk(practice.title, { width: 1280, height: 720 })
  await page.keyboard.press('Escape')
  await page.getByRole('link', { name: `Chiếu: ${lesson.title}` }).click()
  await walk(lesson.title, { width: 1920, height: 1080 })
  await ctx.close()
})
