// Issue 21's table: for each adult screen it named, the main action's top in px at 360×640 (default text size),
// the page scrolled to its top. Every one must lie on the first screen, above the bottom navigation. The test
// prints the table (screen → action → top before → top now) for the closing note.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'
import { codecMessage } from '@/i18n/vi-codec'
import { decodeClassInvite, decodeSchoolInvite, encodeReceipt, encodeSummary, newId } from '@/exchange/codec/index.ts'
import { chooseRole } from '../helpers'

const VIEW = { width: 360, height: 640 }
const path = (link: string) => link.replace(/^https?:\/\/[^/]+/, '')
const vnMonth = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)
const rows: { screen: string; action: string; before: number | null; now: number; bottom: number; nav: number }[] = []

async function measure(
  page: Page,
  screen: string,
  action: string,
  before: number | null,
  target: Locator,
): Promise<void> {
  await expect(target).toBeVisible()
  await page.evaluate(() => window.scrollTo(0, 0))
  const box = (await target.boundingBox())!
  const nav = await page.evaluate(() => document.querySelector('nav.nav')?.getBoundingClientRect().top ?? innerHeight)
  rows.push({ screen, action, before, now: Math.round(box.y), bottom: Math.round(box.y + box.height), nav })
  await page.screenshot({ path: `test-results/screens/main-${rows.length}.png` })
}
const phone = async (browser: Browser) => (await browser.newContext({ viewport: VIEW })).newPage()

test.afterAll(() => {
  console.log(
    ['| screen | main action | top before (px) | top now (px) |', '|---|---|---|---|']
      .concat(rows.map((r) => `| ${r.screen} | ${r.action} | ${r.before ?? '— (no next step)'} | ${r.now} |`))
      .join('\n'),
  )
})

test('teacher: Tạo lớp, Chép đường link, the paste box with results, Tạo bản tổng hợp', async ({ browser }) => {
  test.setTimeout(120_000)
  const page = await phone(browser)
  const main = page.locator('main')
  await chooseRole(page, 'Giáo viên', 'Cô Lan')
  await measure(page, 'teacher hub', 'Tạo lớp', 735, main.getByRole('button', { name: 'Tạo lớp', exact: true }))
  await page.getByLabel('Tên lớp (ví dụ 6A1)').fill('6A1')
  await page.getByLabel('Trường', { exact: true }).fill('Trường THCS Thử Nghiệm')
  await main.getByRole('button', { name: 'Tạo lớp', exact: true }).click()
  await expect(page).toHaveURL(/\/teacher\/class\//)
  const classUrl = new URL(page.url()).pathname
  await measure(page, 'new class', 'Chép đường link', 796, main.getByRole('button', { name: 'Chép đường link' }))

  const inv = await decodeClassInvite(await page.getByTestId('invite-link').inputValue())
  if (!inv.ok) throw new Error(codecMessage(inv.error))
  const done = { completedAt: Date.now(), bestScore: 90, attempts: 1 }
  const codes = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      encodeReceipt(
        {
          classId: inv.invite.classId,
          studentId: newId(),
          name: `Học sinh số ${i + 1}`,
          classNumber: i + 1,
          issuedAt: Date.now(),
          seq: 1,
          modules: { 'dich-vu-cong': done, 'thanh-toan': done },
        },
        inv.invite.classKey,
      ),
    ),
  )
  await page.getByLabel('Đường link hoặc mã kết quả').fill(codes.map((c) => `https://x.vn/r#${c}`).join('\n'))
  await page.getByRole('button', { name: 'Nhập', exact: true }).click()
  await expect(main.getByText('Đã thêm 40, bỏ qua 0.')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('row', { name: /Học sinh số 2\b/ })).toBeVisible()
  await measure(page, 'class, 40 results', 'paste box', 2617, page.getByLabel('Đường link hoặc mã kết quả'))

  // The teacher joins a school (its invite opened on this phone), then sends the class's month up.
  await page.goto('/teacher')
  await main.getByRole('button', { name: 'Tạo trường mới' }).click()
  await page.getByLabel('Tên trường').fill('Trường THCS Thử Nghiệm')
  await page.getByLabel('Nơi nhận báo cáo của trường').fill('Phòng Văn hóa – Xã hội xã Thử Nghiệm')
  await main.getByRole('button', { name: 'Tạo trường', exact: true }).click()
  await page.goto(path(await page.getByTestId('school-invite-link').inputValue()))
  await main.getByRole('button', { name: 'Tham gia báo cáo của trường' }).click()
  await expect(page).toHaveURL(/\/teacher$/)
  await page.goto(`${classUrl}/report`)
  await measure(
    page,
    'class report',
    'Tạo bản tổng hợp',
    2128,
    main.getByRole('button', { name: /^Tạo bản tổng hợp tháng/ }),
  )
})

test('school officer: Tạo trường mới, the paste box with two classes in', async ({ browser }) => {
  test.setTimeout(120_000)
  const page = await phone(browser)
  const main = page.locator('main')
  await chooseRole(page, 'Cán bộ phụ trách báo cáo của trường', 'Thầy Hùng')
  await measure(page, 'school hub', 'Tạo trường mới', 2199, main.getByRole('button', { name: 'Tạo trường mới' }))
  await main.getByRole('button', { name: 'Tạo trường mới' }).click()
  await measure(
    page,
    'school hub, form open',
    'Tạo trường (submit)',
    2199,
    main.getByRole('button', { name: 'Tạo trường', exact: true }),
  )
  await page.getByLabel('Tên trường').fill('Trường THCS Thử Nghiệm')
  await page.getByLabel('Nơi nhận báo cáo của trường').fill('Phòng Văn hóa – Xã hội xã Thử Nghiệm')
  await main.getByRole('button', { name: 'Tạo trường', exact: true }).click()
  const inv = await decodeSchoolInvite(await page.getByTestId('school-invite-link').inputValue())
  if (!inv.ok) throw new Error('school invite')
  const codes = await Promise.all(
    ['6A1', '7A2'].map((className, i) =>
      encodeSummary(
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
      ),
    ),
  )
  await page.getByLabel('Đường link hoặc mã bản tổng hợp').fill(codes.join('\n'))
  await page.getByRole('button', { name: 'Nhập', exact: true }).click()
  await expect(page.getByTestId('summary-import-results')).toContainText('7A2')
  await page.reload()
  await expect(page.getByTestId('school-report-table')).toContainText('7A2')
  await measure(page, 'school, 2 classes in', 'paste box', 3017, page.getByLabel('Đường link hoặc mã bản tổng hợp'))
  await measure(page, 'school, 2 classes in', 'Nhập', null, page.getByRole('button', { name: 'Nhập', exact: true }))
})

test('unit officer: Tạo đơn vị', async ({ browser }) => {
  const page = await phone(browser)
  await chooseRole(page, 'Cán bộ xã/phường hoặc Sở GDĐT', 'Chị Thu')
  await measure(
    page,
    'unit hub',
    'Tạo đơn vị',
    2492,
    page.locator('main').getByRole('button', { name: 'Tạo đơn vị nhận báo cáo' }),
  )
  await page.locator('main').getByRole('button', { name: 'Tạo đơn vị nhận báo cáo' }).click()
  await measure(
    page,
    'unit hub, form open',
    'Tạo đơn vị',
    null,
    page.locator('main').getByRole('button', { name: 'Tạo đơn vị', exact: true }),
  )
})

test('outreach: Tạo tổ, Tạo bản gửi tổ trưởng, Kết thúc phiên', async ({ browser }) => {
  test.setTimeout(120_000)
  const leader = await phone(browser)
  const lm = leader.locator('main')
  await chooseRole(leader, 'Tổ công nghệ số cộng đồng', 'Chị Hoa')
  await measure(leader, 'outreach hub', 'Tạo tổ', 1101, lm.getByRole('button', { name: 'Tạo tổ (tổ trưởng)' }))
  await lm.getByRole('button', { name: 'Tạo tổ (tổ trưởng)' }).click()
  await measure(
    leader,
    'outreach hub, team form open',
    'Tạo tổ (submit)',
    1101,
    lm.getByRole('button', { name: 'Tạo tổ', exact: true }),
  )
  await leader.getByLabel('Tên tổ').fill('Tổ công nghệ số ấp Một')
  await lm.getByLabel('Xã/phường').fill('Xã Thử Nghiệm')
  await lm.getByRole('button', { name: 'Tạo tổ', exact: true }).click()
  const invite = await leader.getByTestId('team-invite-link').inputValue()

  const member = await phone(browser)
  const main = member.locator('main')
  await chooseRole(member, 'Tổ công nghệ số cộng đồng', 'Anh Tuấn')
  await member.goto(path(invite))
  await main.getByRole('button', { name: 'Tham gia tổ' }).click()
  await expect(member).toHaveURL(/\/outreach$/)
  await measure(
    member,
    'outreach hub (member)',
    'Tạo bản gửi tổ trưởng',
    2165,
    main.getByRole('button', { name: 'Tạo bản gửi tổ trưởng' }),
  )
  await main.getByRole('link', { name: 'Bắt đầu phiên' }).click()
  await main.getByRole('button', { name: 'Bắt đầu phiên' }).click()
  await measure(member, 'session', 'Kết thúc phiên', 4394, main.getByRole('button', { name: 'Kết thúc phiên' }))
  await main.getByRole('button', { name: 'Kết thúc phiên' }).click()
  await member.getByRole('dialog').getByRole('button', { name: 'Kết thúc', exact: true }).click()
  await measure(
    member,
    'session, ended',
    'Tạo bản gửi tổ trưởng',
    null,
    main.getByRole('button', { name: 'Tạo bản gửi tổ trưởng' }),
  )
})

test.afterEach(() => {
  for (const r of rows) {
    expect(r.now, `${r.screen}: ${r.action} top`).toBeGreaterThanOrEqual(0)
    expect(r.bottom, `${r.screen}: ${r.action} above the navigation`).toBeLessThanOrEqual(r.nav)
  }
})
