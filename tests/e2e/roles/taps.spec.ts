// Issue 21's tap budgets, counted with the Taps helper (every click, tick, fill and paste the person makes):
//   teacher, true first visit (a fresh `/`) → class created and its invite on screen  ≤ 4
//   teacher already onboarded, on the hub → class created and its invite on screen    ≤ 4
//   40 receipt links pasted from one Zalo message (chat noise between them) → A4 report  ≤ 6
//   school officer → two class summaries (two messages) → school report printed         ≤ 6
//   unit officer → a school's summary → the form lines (one figure copied)              ≤ 4
// The teacher's first visit is counted from the welcome (the class form sits under the roles). The other flows
// start on the person's hub, where the app opens; what came before (the first run, making the school or unit) is
// set up, not counted.
import { expect, test, type Browser, type Page } from '@playwright/test'
import { codecMessage } from '@/i18n/vi-codec'
import {
  decodeClassInvite,
  decodeSchoolInvite,
  decodeUnitInvite,
  encodeReceipt,
  encodeSchoolSummary,
  encodeSummary,
  newId,
} from '@/exchange/codec/index.ts'
import { chooseRole, pickProvince } from '../helpers'
import { PRINT_SPY, prints, Taps } from './taps'

const VIEW = { width: 360, height: 640 }
const vnMonth = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)
const SCHOOL = 'Trường THCS Thử Nghiệm'
const UNIT = 'Phòng Văn hóa – Xã hội xã Thử Nghiệm'

async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEW })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await context.addInitScript(PRINT_SPY)
  return context.newPage()
}
function report(flow: string, taps: Taps, budget: number): void {
  console.log(`[taps] ${flow}: ${taps.n} (budget ${budget})\n  ${taps.log.join('\n  ')}`)
  expect(taps.n, `${flow}: ${taps.log.join(' · ')}`).toBeLessThanOrEqual(budget)
}
/** One Zalo message: the links, each after a sender line, with stickers and replies between them. */
function zaloMessage(links: string[]): string {
  return links
    .map((l, i) =>
      [
        `[07:${String(10 + (i % 50)).padStart(2, '0')}] Phụ huynh em số ${i + 1}: Cô ơi em gửi kết quả ạ`,
        l,
        i % 5 === 0 ? '[Sticker] 👍 Cảm ơn cô!' : 'Đã xem',
      ].join('\n'),
    )
    .join('\n')
}

/** The class page of a class just made: its name, grade and invite, "Chép đường link" on the first screen. */
async function classShown(page: Page): Promise<void> {
  const main = page.locator('main')
  await expect(page).toHaveURL(/\/teacher\/class\//)
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('8A2')
  await expect(main).toContainText('Khối 8')
  await expect(page.getByTestId('invite-link')).toHaveValue(/\/join#/)
  await expect(main.getByRole('button', { name: 'Chép đường link' })).toBeInViewport()
}

test('teacher: a fresh `/` → class created and its invite on screen in ≤ 4 taps; 40 links from one message → the A4 report printed in ≤ 6', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const page = await phone(browser)
  const main = page.locator('main')
  const taps = new Taps(page)

  await page.goto('/')
  await taps.check(page.getByRole('checkbox', { name: /^Giáo viên/ }), 'Giáo viên')
  // The class form comes under the roles, its "Tạo lớp" pinned on the first screen: no scrolling to find it.
  const create = main.getByRole('button', { name: 'Tạo lớp', exact: true })
  await expect(create).toBeInViewport()
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  await expect(main).toContainText('Thầy cô tạo lớp ngay tại đây, tỉnh/thành có thể chọn sau trong Cài đặt.')
  await page.screenshot({ path: test.info().outputPath('welcome-teacher.png') })
  await taps.fill(page.getByLabel('Tên lớp (ví dụ 6A1)'), '8A2', 'the class name')
  await taps.fill(page.getByLabel('Trường', { exact: true }), SCHOOL, 'the school')
  // The grade follows the class name: no tap on it.
  await expect(page.getByLabel('Khối')).toHaveValue('8')
  await expect(create).toBeInViewport()
  await taps.tap(create, 'Tạo lớp')
  await classShown(page)
  await page.screenshot({ path: test.info().outputPath('class-page.png') })
  report('teacher first visit (fresh /) → class created, invite shown', taps, 4)
  const inviteLink = await page.getByTestId('invite-link').inputValue()
  // The profile was saved with the class: the app now opens on the teacher's hub, the class listed.
  await page.goto('/')
  await expect(page).toHaveURL(/\/teacher$/)
  await expect(main.getByRole('link', { name: /8A2/ })).toBeVisible()

  // 40 students send their receipts; a parent group forwards them in one message.
  const inv = await decodeClassInvite(inviteLink)
  if (!inv.ok) throw new Error(codecMessage(inv.error))
  // No province was chosen: the invite carries none, so each student is asked theirs (not handed a default).
  expect(inv.invite.province).toBeUndefined()
  const done = { completedAt: Date.now(), bestScore: 90, attempts: 1 }
  const links = await Promise.all(
    Array.from({ length: 40 }, async (_, i) => {
      const code = await encodeReceipt(
        {
          classId: inv.invite.classId,
          studentId: newId(),
          name: `Học sinh số ${i + 1}`,
          classNumber: i + 1,
          issuedAt: Date.now(),
          seq: 1,
          modules: i % 2 ? { 'dich-vu-cong': done } : { 'dich-vu-cong': done, 'thanh-toan': done },
        },
        inv.invite.classKey,
      )
      return `${new URL(page.url()).origin}/r#${code}`
    }),
  )
  taps.reset()
  await taps.tap(main.getByRole('link', { name: /8A2/ }), 'the class')
  await taps.paste(page.getByLabel('Đường link hoặc mã kết quả'), zaloMessage(links), 'the Zalo message')
  await taps.tap(main.getByRole('button', { name: 'Nhập', exact: true }), 'Nhập')
  await expect(main.getByText('Đã thêm 40, bỏ qua 0.')).toBeVisible()
  await taps.tap(main.getByRole('link', { name: 'Báo cáo tháng' }).first(), 'Báo cáo tháng')
  await expect(page.getByTestId('report-table')).toContainText('40')
  await taps.tap(main.getByRole('button', { name: /^In \(/ }), 'In')
  expect(await prints(page)).toBe(1)
  // The sheet that prints carries the figures and the signature lines.
  const paper = page.locator('.paper')
  for (const s of ['Số học sinh đã gửi kết quả: 40/40', 'NGƯỜI LẬP BÁO CÁO', 'XÁC NHẬN CỦA HIỆU TRƯỞNG'])
    await expect(paper).toContainText(s)
  report('40 links from one Zalo message → A4 report printed', taps, 6)
})

test('teacher: already onboarded, the hub → class created and its invite on screen in ≤ 4 taps', async ({
  browser,
}) => {
  const page = await phone(browser)
  const main = page.locator('main')
  // The first run through "Bắt đầu" (the way on without a class), set up, not counted.
  await chooseRole(page, 'Giáo viên', 'Cô Lan')
  await expect(main.getByRole('heading', { name: 'Tạo lớp mới' })).toBeVisible()
  const taps = new Taps(page)
  await taps.fill(page.getByLabel('Tên lớp (ví dụ 6A1)'), '8A2', 'the class name')
  await taps.fill(page.getByLabel('Trường', { exact: true }), SCHOOL, 'the school')
  await expect(page.getByLabel('Khối')).toHaveValue('8')
  await taps.tap(main.getByRole('button', { name: 'Tạo lớp', exact: true }), 'Tạo lớp')
  await classShown(page)
  report('teacher hub → class created, invite shown', taps, 4)
  // Back returns to the hub, the class listed there.
  await page.goBack()
  await expect(page).toHaveURL(/\/teacher$/)
  await expect(main.getByRole('link', { name: /8A2/ })).toBeVisible()
})

test('school officer: the hub → two class summaries from two messages → the school report printed in ≤ 6 taps', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const page = await phone(browser)
  const main = page.locator('main')
  await chooseRole(page, 'Cán bộ phụ trách báo cáo của trường', 'Thầy Hùng')
  await main.getByRole('button', { name: 'Tạo trường mới' }).click()
  await page.getByLabel('Tên trường').fill(SCHOOL)
  await page.getByLabel('Nơi nhận báo cáo của trường').fill(UNIT)
  await main.getByRole('button', { name: 'Tạo trường', exact: true }).click()
  const inv = await decodeSchoolInvite(await page.getByTestId('school-invite-link').inputValue())
  if (!inv.ok) throw new Error('school invite')
  const origin = new URL(page.url()).origin
  const messages = await Promise.all(
    ['6A1', '7A2'].map(async (className, i) => {
      const code = await encodeSummary(
        {
          schoolId: inv.invite.schoolId,
          classId: newId(),
          teacherId: newId(),
          teacherName: `Cô Lan ${i + 1}`,
          className,
          grade: 6 + i,
          schoolYear: '2026-2027',
          month: vnMonth(),
          studentCount: 35,
          modules: { 'dich-vu-cong': { completedInMonth: 3, completedTotal: 20, outOf: 35, averageBestScore: 85 } },
          teacherCompleted: [],
          readiness: { vneidLevel2: true, dvcPortal: false, fiveSkills: true },
          issuedAt: Date.now(),
          seq: 1,
        },
        inv.invite.schoolKey,
      )
      return `Cô Lan ${i + 1}: Em gửi báo cáo lớp ${className} tháng này ạ\n${origin}/s#${code}\nCảm ơn anh!`
    }),
  )

  await page.goto('/school')
  const taps = new Taps(page)
  await taps.tap(main.getByRole('link', { name: new RegExp(SCHOOL) }), 'the school')
  for (const [i, message] of messages.entries()) {
    await taps.paste(page.getByLabel('Đường link hoặc mã bản tổng hợp'), message, `message ${i + 1}`)
    await taps.tap(main.getByRole('button', { name: 'Nhập', exact: true }), 'Nhập')
    await expect(page.getByTestId('summary-import-results')).toContainText(i ? '7A2' : '6A1')
  }
  await expect(page.getByTestId('school-report-table')).toContainText('7A2')
  await taps.tap(main.getByRole('button', { name: /^In \(/ }), 'In')
  expect(await prints(page)).toBe(1)
  for (const s of ['6A1', '7A2', 'HIỆU TRƯỞNG']) await expect(page.locator('.paper')).toContainText(s)
  report('school officer → two class summaries → school report printed', taps, 6)
})

test('unit officer: the hub → a school summary → the form lines, one figure copied, in ≤ 4 taps', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const page = await phone(browser)
  const main = page.locator('main')
  await page.goto('/')
  await page.getByRole('checkbox', { name: /^Cán bộ xã\/phường hoặc Sở GDĐT/ }).check()
  await pickProvince(page)
  await page.getByRole('button', { name: 'Bắt đầu', exact: true }).click()
  await main.getByRole('button', { name: 'Tạo đơn vị nhận báo cáo' }).click()
  await page.getByLabel('Tên đơn vị').fill(UNIT)
  await page.getByLabel('Địa bàn (xã, phường hoặc tỉnh)').fill('Xã Thử Nghiệm')
  await main.getByRole('button', { name: 'Tạo đơn vị', exact: true }).click()
  const inv = await decodeUnitInvite(await page.getByTestId('unit-invite-link').inputValue())
  if (!inv.ok) throw new Error('unit invite')
  const code = await encodeSchoolSummary(
    {
      unitId: inv.invite.unitId,
      schoolId: newId(),
      schoolName: SCHOOL,
      month: vnMonth(),
      classes: 3,
      studentCount: 105,
      modules: { 'dich-vu-cong': { inMonth: 5, total: 57 } },
      staff: { teachers: 3, vneidLevel2: 2, dvcPortal: 1, fiveSkills: 1, completedAny: 1, completedAll: 0, taught: 1 },
      outreach: { sessions: 0, people: 0, helped: 0 },
      issuedAt: Date.now(),
      seq: 1,
    },
    inv.invite.unitKey,
  )
  const message = `${SCHOOL}: Kính gửi Phòng, trường gửi báo cáo tháng\n${new URL(page.url()).origin}/u#${code}`

  await page.goto('/unit')
  const taps = new Taps(page)
  await taps.tap(main.getByRole('link', { name: new RegExp(UNIT) }), 'the unit')
  await taps.paste(page.getByLabel('Đường link hoặc mã báo cáo'), message, 'the message')
  await taps.tap(main.getByRole('button', { name: 'Nhập', exact: true }), 'Nhập')
  await expect(page.getByTestId('unit-import-results')).toContainText(`Đã nhận báo cáo của ${SCHOOL}`)
  const lines = page.getByTestId('unit-form-lines')
  await expect(lines).toContainText('Số trường đã báo cáo: 1')
  const first = lines.getByRole('listitem').first()
  await taps.tap(first.getByRole('button'), 'Chép (the first line)')
  const value = ((await first.locator('strong').innerText()).split(' ')[0] ?? '').trim()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value)
  report('unit officer → school summary → form lines', taps, 4)
})
