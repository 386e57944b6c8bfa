// Issue 21, part A: every adult lands on their job. At 360×640, from the first run, each role's main action lies
// inside the first screen (above the bottom navigation, without scrolling) on every screen of its job:
//   teacher:   /teacher (no class) "Tạo lớp" → new class "Chép đường link" → class with 40 results: the paste box
//              and its tally → /teacher with a class: the class itself
//   outreach:  /outreach "Bắt đầu phiên" and "Tạo tổ (tổ trưởng)" → team invite welcome "Bắt đầu" → /outreach/new
//              "Bắt đầu phiên" (xã/phường prefilled from the team) → session "Kết thúc phiên" and undo → ended:
//              "Tạo bản gửi tổ trưởng"
//   school officer: /school "Tạo trường mới";  unit officer: /unit "Tạo đơn vị nhận báo cáo"
// The class page with 40 results, a 100-character school name and a 40-letter name is never wider than the phone.
// Invites preselect the role and name what they are for. Every hub passes axe (WCAG 2.1 AA) in light and dark.
import { expect, test, type Locator, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { codecMessage } from '@/i18n/vi-codec'
import { decodeClassInvite, encodeReceipt, newId } from '@/exchange/codec/index.ts'
import { pickProvince } from '../helpers'

const path = (link: string) => link.replace(/^https?:\/\/[^/]+/, '')
const VIEW = { width: 360, height: 640 }

/** The main action's box lies between the top of the page and the top of the bottom navigation, at scroll 0. */
async function onFirstScreen(page: Page, target: Locator, screen: string): Promise<void> {
  await expect(target).toBeVisible()
  await page.evaluate(() => window.scrollTo(0, 0))
  const box = (await target.boundingBox())!
  const navTop = await page.evaluate(
    () => document.querySelector('nav.nav')?.getBoundingClientRect().top ?? innerHeight,
  )
  const scrolled = await page.evaluate(() => window.scrollY)
  console.log(`[roles] ${screen}: top ${Math.round(box.y)} px, bottom ${Math.round(box.y + box.height)} px`)
  expect(scrolled, screen).toBe(0)
  expect(box.y, `${screen}: top`).toBeGreaterThanOrEqual(0)
  expect(box.y + box.height, `${screen}: bottom above the navigation (${navTop} px)`).toBeLessThanOrEqual(navTop)
}

async function firstRun(page: Page, role: RegExp, province = 'Đồng Nai'): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Kỹ năng số' })).toBeVisible()
  await page.getByRole('checkbox', { name: role }).check()
  await pickProvince(page, province)
  await page.getByRole('button', { name: 'Bắt đầu', exact: true }).click()
}

async function axe(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    bad.map((v) => `${state}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)})`),
  ).toEqual([])
}

test('teacher: from the first run, "Tạo lớp", the invite link and the paste box are on the first screen; 40 results never widen the page', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const page = await (await browser.newContext({ viewport: VIEW })).newPage()
  await page.goto('/')
  await firstRun(page, /^Giáo viên/)
  await expect(page).toHaveURL(/\/teacher$/)
  const main = page.locator('main')
  await onFirstScreen(
    page,
    main.getByRole('button', { name: 'Tạo lớp', exact: true }),
    'teacher hub, no class: Tạo lớp',
  )
  await page.screenshot({ path: 'test-results/screens/roles-teacher-hub.png' })

  const school = `Trường Trung học cơ sở và Trung học phổ thông Nguyễn Đình Chiểu phân hiệu ấp Một xã Thử Nghiệm A Bắc`
  expect(school).toHaveLength(100)
  await page.getByLabel('Tên lớp (ví dụ 6A1)').fill('6A1')
  await page.getByLabel('Trường', { exact: true }).fill(school)
  await main.getByRole('button', { name: 'Tạo lớp', exact: true }).click()
  await expect(page).toHaveURL(/\/teacher\/class\//)
  await onFirstScreen(page, main.getByRole('button', { name: 'Chép đường link' }), 'new class: Chép đường link')
  await page.screenshot({ path: 'test-results/screens/roles-class-new.png' })

  // 40 receipts from one chat message; one student typed a 40-letter name with no space.
  const inv = await decodeClassInvite(await page.getByTestId('invite-link').inputValue())
  if (!inv.ok) throw new Error(codecMessage(inv.error))
  const { classId, classKey } = inv.invite
  const done = { completedAt: Date.now(), bestScore: 90, attempts: 1 }
  const codes = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      encodeReceipt(
        {
          classId,
          studentId: newId(),
          name: i === 0 ? 'Nguyễnthịthanhthủyphươngloanbảongọcminhhh' : `Học sinh số ${i + 1}`,
          classNumber: i + 1,
          issuedAt: Date.now(),
          seq: 1,
          modules: { 'dich-vu-cong': done, 'mua-sam': done, 'thanh-toan': done },
        },
        classKey,
      ),
    ),
  )
  await page.getByLabel('Đường link hoặc mã kết quả').fill(codes.map((c) => `https://x.vn/r#${c}`).join('\n'))
  await page.getByRole('button', { name: 'Nhập', exact: true }).click()
  await expect(main.getByText('Đã thêm 40, bỏ qua 0.')).toBeVisible()

  await page.reload()
  await expect(page.getByRole('row', { name: /Học sinh số 2\b/ })).toBeVisible()
  await onFirstScreen(page, page.getByLabel('Đường link hoặc mã kết quả'), 'class with 40 results: paste box')
  await onFirstScreen(page, main.getByRole('button', { name: 'Nhập', exact: true }), 'class with 40 results: Nhập')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await page.getByLabel('Đường link hoặc mã kết quả').fill(`https://x.vn/r#${codes[1]}`)
  await page.getByRole('button', { name: 'Nhập', exact: true }).click()
  await onFirstScreen(page, main.getByText('Đã thêm 0, bỏ qua 1.'), 'class with 40 results: the tally')
  // The grid scrolls in its own box; the page stays the phone's width, with the long names.
  const grid = page.getByRole('region', { name: 'Bảng lớp' })
  expect(await grid.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await page.screenshot({ path: 'test-results/screens/roles-class-40.png' })
  await page.screenshot({ path: 'test-results/screens/roles-class-40-full.png', fullPage: true })

  await page.goto('/teacher')
  await onFirstScreen(page, main.getByRole('link', { name: /6A1/ }), 'teacher hub with a class: the class')
})

test('school and unit officers land on their hubs; their invites preselect the role and name the school or unit', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const officer = await (await browser.newContext({ viewport: VIEW })).newPage()
  await officer.goto('/')
  await firstRun(officer, /^Cán bộ phụ trách báo cáo của trường/)
  await expect(officer).toHaveURL(/\/school$/)
  const main = officer.locator('main')
  await onFirstScreen(officer, main.getByRole('button', { name: 'Tạo trường mới' }), 'school hub: Tạo trường mới')
  await officer.screenshot({ path: 'test-results/screens/roles-school-hub.png' })
  await main.getByRole('button', { name: 'Tạo trường mới' }).click()
  await officer.getByLabel('Tên trường').fill('Trường THCS Lê Lợi')
  await officer.getByLabel('Nơi nhận báo cáo của trường').fill('Phòng Văn hóa – Xã hội xã Thử Nghiệm')
  await main.getByRole('button', { name: 'Tạo trường', exact: true }).click()
  await expect(officer.getByRole('heading', { level: 1 })).toContainText('Trường THCS Lê Lợi')
  const schoolInvite = await officer.getByTestId('school-invite-link').inputValue()
  // Back on the hub, the school is listed first.
  await officer.goto('/school')
  await onFirstScreen(officer, main.getByRole('link', { name: /Trường THCS Lê Lợi/ }), 'school hub: the school')

  const unit = await (await browser.newContext({ viewport: VIEW })).newPage()
  await unit.goto('/')
  await firstRun(unit, /^Cán bộ xã\/phường hoặc Sở GDĐT/)
  await expect(unit).toHaveURL(/\/unit$/)
  await onFirstScreen(
    unit,
    unit.locator('main').getByRole('button', { name: 'Tạo đơn vị nhận báo cáo' }),
    'unit hub: Tạo đơn vị',
  )
  await unit.screenshot({ path: 'test-results/screens/roles-unit-hub.png' })
  await unit.locator('main').getByRole('button', { name: 'Tạo đơn vị nhận báo cáo' }).click()
  await unit.getByLabel('Tên đơn vị').fill('Phòng Văn hóa – Xã hội xã Thử Nghiệm')
  await unit.getByLabel('Địa bàn (xã, phường hoặc tỉnh)').fill('Xã Thử Nghiệm')
  await unit.getByRole('button', { name: 'Tạo đơn vị', exact: true }).click()
  const unitInvite = await unit.getByTestId('unit-invite-link').inputValue()

  // A school invite on a new phone: a teacher joining that school.
  const teacher = await (await browser.newContext({ viewport: VIEW })).newPage()
  await teacher.goto(path(schoolInvite))
  await expect(teacher.getByTestId('welcome-invite')).toContainText(
    'Lời mời cho giáo viên gửi báo cáo lớp về Trường THCS Lê Lợi',
  )
  await expect(teacher.getByRole('checkbox', { name: /^Giáo viên/ })).toBeChecked()
  await expect(teacher.locator('main')).not.toContainText(/\bem\b/i)
  // A unit invite: a school's reporting officer joining that unit.
  const second = await (await browser.newContext({ viewport: VIEW })).newPage()
  await second.goto(path(unitInvite))
  await expect(second.getByTestId('welcome-invite')).toContainText(
    'cán bộ phụ trách báo cáo của trường gửi báo cáo về Phòng Văn hóa – Xã hội xã Thử Nghiệm',
  )
  await expect(second.getByRole('checkbox', { name: /^Cán bộ phụ trách báo cáo của trường/ })).toBeChecked()
  await pickProvince(second)
  await second.getByRole('button', { name: 'Bắt đầu', exact: true }).click()
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Tham gia gửi báo cáo lên đơn vị')
})

test('outreach member: "Bắt đầu phiên" and "Tạo tổ" first; the team invite names the team; the session form has the team\'s xã/phường; "Kết thúc phiên" and undo stay on screen; sending follows the end', async ({
  browser,
}) => {
  test.setTimeout(150_000)
  const leader = await (await browser.newContext({ viewport: VIEW })).newPage()
  await leader.goto('/')
  await firstRun(leader, /Tổ công nghệ số cộng đồng/)
  await expect(leader).toHaveURL(/\/outreach$/)
  const lm = leader.locator('main')
  await onFirstScreen(leader, lm.getByRole('link', { name: 'Bắt đầu phiên' }), 'outreach hub: Bắt đầu phiên')
  await onFirstScreen(leader, lm.getByRole('button', { name: 'Tạo tổ (tổ trưởng)' }), 'outreach hub: Tạo tổ')
  await leader.screenshot({ path: 'test-results/screens/roles-outreach-hub.png' })
  await lm.getByRole('button', { name: 'Tạo tổ (tổ trưởng)' }).click()
  await leader.getByLabel('Tên tổ').fill('Tổ công nghệ số ấp Một')
  await lm.getByLabel('Xã/phường').fill('Xã Thử Nghiệm')
  await lm.getByRole('button', { name: 'Tạo tổ', exact: true }).click()
  const teamInvite = await leader.getByTestId('team-invite-link').inputValue()

  const member = await (await browser.newContext({ viewport: VIEW })).newPage()
  const main = member.locator('main')
  await member.goto(path(teamInvite))
  await expect(member.getByTestId('welcome-invite')).toContainText(
    'Lời mời vào Tổ công nghệ số ấp Một (Xã Thử Nghiệm) với vai trò thành viên tổ',
  )
  await expect(member.getByRole('checkbox', { name: /Tổ công nghệ số cộng đồng/ })).toBeChecked()
  await expect(main).not.toContainText(/\bem\b/i)
  await onFirstScreen(
    member,
    main.getByRole('button', { name: 'Bắt đầu', exact: true }),
    'team invite welcome: Bắt đầu',
  )
  await pickProvince(member)
  await main.getByRole('button', { name: 'Bắt đầu', exact: true }).click()
  await member.getByLabel('Họ tên của anh/chị').fill('Anh Tuấn')
  await main.getByRole('button', { name: 'Tham gia tổ' }).click()
  await expect(member).toHaveURL(/\/outreach$/)

  await main.getByRole('link', { name: 'Bắt đầu phiên' }).click()
  await expect(member.getByLabel('Xã/phường')).toHaveValue('Xã Thử Nghiệm')
  await onFirstScreen(member, main.getByRole('button', { name: 'Bắt đầu phiên' }), 'session form: Bắt đầu phiên')
  await member.screenshot({ path: 'test-results/screens/roles-session-form.png' })
  await main.getByRole('button', { name: 'Bắt đầu phiên' }).click()
  await expect(member.getByRole('heading', { level: 1, name: /^Phiên hỗ trợ/ })).toBeVisible()
  await onFirstScreen(member, main.getByRole('button', { name: 'Kết thúc phiên' }), 'session: Kết thúc phiên')
  for (let i = 0; i < 3; i++)
    await main.getByRole('button', { name: 'Thêm 1: Số người được hỗ trợ', exact: true }).click()
  await main.getByRole('button', { name: 'Thêm 1: Cài VNeID', exact: true }).click()
  await expect(main.getByRole('group', { name: 'Cài VNeID', exact: true }).getByTestId('tally-count')).toHaveText('1')
  await onFirstScreen(member, member.getByTestId('undo'), 'session: undo')
  await member.screenshot({ path: 'test-results/screens/roles-session.png' })
  // Scrolled to the lessons to present, the bar is still there.
  await member.mouse.wheel(0, 4000)
  await expect(main.getByRole('button', { name: 'Kết thúc phiên' })).toBeInViewport()
  await member.getByTestId('undo').click()
  await expect(main.getByRole('group', { name: 'Cài VNeID', exact: true }).getByTestId('tally-count')).toHaveText('0')
  await main.getByRole('button', { name: 'Kết thúc phiên' }).click()
  await member.getByRole('dialog').getByRole('button', { name: 'Kết thúc', exact: true }).click()
  await expect(main.getByRole('status').filter({ hasText: 'Phiên đã kết thúc lúc' })).toBeVisible()
  await onFirstScreen(member, main.getByRole('button', { name: 'Tạo bản gửi tổ trưởng' }), 'ended: Gửi cho tổ trưởng')
  await member.screenshot({ path: 'test-results/screens/roles-session-ended.png' })
  await main.getByRole('button', { name: 'Tạo bản gửi tổ trưởng' }).click()
  expect(await member.getByTestId('member-summary-link').inputValue()).toMatch(/\/o#[A-Za-z0-9_-]+$/)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every hub passes axe in ${colorScheme} mode`, async ({ browser }) => {
    test.setTimeout(120_000)
    const page = await (await browser.newContext({ colorScheme, viewport: VIEW })).newPage()
    await page.goto('/')
    // One person with every adult role: the nav shows each hub, the first ticked opens.
    for (const r of [/^Giáo viên/, /^Cán bộ phụ trách/, /^Cán bộ xã/, /Tổ công nghệ số cộng đồng/])
      await page.getByRole('checkbox', { name: r }).check()
    await page.getByLabel('Tìm tỉnh, thành phố').fill('ha')
    await axe(page, 'welcome, four roles, province search')
    await pickProvince(page)
    await page.getByRole('button', { name: 'Bắt đầu', exact: true }).click()
    await expect(page).toHaveURL(/\/teacher$/)
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' })
    for (const label of ['Giáo viên', 'Trường', 'Đơn vị', 'Tổ CNS', 'Học', 'Cài đặt'])
      await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    for (const [hub, heading] of [
      ['/teacher', 'Giáo viên'],
      ['/school', 'Báo cáo của trường'],
      ['/unit', 'Tổng hợp của đơn vị'],
      ['/outreach', 'Tổ công nghệ số cộng đồng'],
      ['/settings', 'Cài đặt'],
    ]) {
      await page.goto(hub!)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      await axe(page, hub!)
    }
    // Reopening the app (its icon starts at /) lands on the first role's hub.
    await page.goto('/')
    await expect(page).toHaveURL(/\/teacher$/)
  })
}
