// The outreach screens at 360×640 as a volunteer uses them (issue 21): the session's counters on the first screen
// with "Kết thúc phiên" and undo pinned above the navigation, never over a counter the keyboard moves to; once
// ended, "Gửi số liệu cho tổ trưởng" first and only the outcomes that were counted; "Sửa danh sách việc" leads back
// to the session; a new team's page opens with its invite, then with the members' figures coming in; a month with
// no session offers no empty export.
import { expect, test, type Page } from '@playwright/test'
import { chooseRole } from '../helpers'

const path = (link: string) => link.replace(/^https?:\/\/[^/]+/, '')
const VIEW = { width: 360, height: 640 }

/** The element's centre is on screen and nothing (the pinned bar, the navigation) lies over it. */
async function unobscured(page: Page, selector: string, index: number): Promise<boolean> {
  return page.evaluate(
    ([sel, i]) => {
      const el = document.querySelectorAll(sel as string)[i as number] as HTMLElement
      const r = el.getBoundingClientRect()
      const x = r.left + r.width / 2
      const y = r.top + r.height / 2
      if (y < 0 || y > innerHeight) return false
      const hit = document.elementFromPoint(x, y)
      return hit === el || el.contains(hit)
    },
    [selector, index],
  )
}

test('session: counters first, the bar never over a focused counter; ended: send first, counted outcomes only', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const leader = await (await browser.newContext({ viewport: VIEW })).newPage()
  const lm = leader.locator('main')
  await chooseRole(leader, 'Tổ công nghệ số cộng đồng', 'Chị Hoa')
  // No session yet: the month has nothing to export.
  await expect(lm.getByText('Chưa có số liệu trong tháng này.')).toBeVisible()
  await expect(lm.getByRole('button', { name: 'Tải CSV' })).toHaveCount(0)
  await lm.getByRole('button', { name: 'Tạo tổ (tổ trưởng)' }).click()
  await leader.getByLabel('Tên tổ').fill('Tổ công nghệ số ấp Một')
  await lm.getByLabel('Xã/phường').fill('Xã Thử Nghiệm')
  await lm.getByRole('button', { name: 'Tạo tổ', exact: true }).click()
  // A new team: the invite is on the first screen, above the import box.
  const inviteCard = leader.getByTestId('team-invite')
  await expect(leader.getByTestId('team-invite-link')).toHaveValue(/\/join#/)
  const qr = (await inviteCard.getByRole('img', { name: /^Mã QR/ }).boundingBox())!
  const navTop = await leader.evaluate(() => document.querySelector('nav.nav')!.getBoundingClientRect().top)
  expect(qr.y + qr.height, 'the QR above the navigation').toBeLessThanOrEqual(navTop)
  const importBox = lm.getByLabel('Đường link hoặc mã số liệu')
  expect((await inviteCard.boundingBox())!.y).toBeLessThan((await importBox.boundingBox())!.y)
  const invite = await leader.getByTestId('team-invite-link').inputValue()

  const member = await (await browser.newContext({ viewport: VIEW })).newPage()
  const main = member.locator('main')
  await chooseRole(member, 'Tổ công nghệ số cộng đồng', 'Anh Tuấn')
  await member.goto(path(invite))
  await main.getByRole('button', { name: 'Tham gia tổ' }).click()
  await expect(member).toHaveURL(/\/outreach$/)
  await expect(
    member.getByTestId('member-send').getByRole('button', { name: 'Tạo bản gửi tổ trưởng' }),
  ).toBeInViewport()
  await main.getByRole('link', { name: 'Bắt đầu phiên' }).click()
  await main.getByRole('button', { name: 'Bắt đầu phiên' }).click()
  await expect(member.getByRole('heading', { level: 1, name: /^Phiên hỗ trợ/ })).toBeVisible()

  // The first screen: the people counter and its +, unobscured by the bar.
  await member.evaluate(() => window.scrollTo(0, 0))
  const plus = main.getByRole('button', { name: 'Thêm 1: Số người được hỗ trợ', exact: true })
  await expect(plus).toBeInViewport()
  expect(await unobscured(member, '.tally__btn--plus', 0)).toBe(true)
  // The next counter lies under the pinned bar at first; moving to it with the keyboard brings it above the bar.
  expect(await unobscured(member, '.tally__btn--plus', 1)).toBe(false)
  await member.locator('.tally__btn--plus').nth(1).focus()
  expect(await unobscured(member, '.tally__btn--plus', 1)).toBe(true)
  // So does the last one, further down.
  const last = (await member.locator('.tally__btn--plus').count()) - 1
  await member.locator('.tally__btn--plus').nth(last).focus()
  expect(await unobscured(member, '.tally__btn--plus', last)).toBe(true)
  const bar = member.getByTestId('session-bar')
  const barBox = (await bar.boundingBox())!
  const lastBox = (await member.locator('.tally__btn--plus').nth(last).boundingBox())!
  expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(barBox.y)

  await plus.click()
  await main.getByRole('button', { name: 'Thêm 1: Cài VNeID', exact: true }).click()
  // The undo names what it takes back; its +1 is readable.
  await expect(member.getByTestId('undo')).toHaveText(/Hoàn tác\s*“Cài VNeID \+1”/)
  await expect(member.getByTestId('undo')).toBeInViewport()

  // "Sửa danh sách việc" from the session: the add box first, and the way back is the session.
  const session = new URL(member.url()).pathname
  await main.getByRole('link', { name: 'Sửa danh sách việc' }).click()
  await expect(member.getByLabel('Tên việc mới')).toBeInViewport()
  await main.getByRole('link', { name: '← Quay lại phiên' }).click()
  await expect(member).toHaveURL(new RegExp(`${session}$`))

  await main.getByRole('button', { name: 'Kết thúc phiên' }).click()
  await member.getByRole('dialog').getByRole('button', { name: 'Kết thúc', exact: true }).click()
  await expect(main.getByRole('status').filter({ hasText: 'Phiên đã kết thúc lúc' })).toBeVisible()
  await expect(main.getByRole('button', { name: 'Tạo bản gửi tổ trưởng' })).toBeInViewport()
  // Only what was counted: people 1, Cài VNeID 1; no card reading 0.
  await expect(main.getByTestId('tally')).toHaveCount(2)
  await expect(main.getByRole('group', { name: 'Cài VNeID', exact: true }).getByTestId('tally-count')).toHaveText('1')
  await main.getByRole('button', { name: 'Tạo bản gửi tổ trưởng' }).click()
  const link = await member.getByTestId('member-summary-link').inputValue()

  // Once a member's figures are in, the team page opens with the import box, the invite goes to the end.
  await leader.goto(path(link))
  await leader.getByRole('link', { name: 'Xem số liệu của tổ' }).click()
  await expect(leader.getByTestId('team-month-table')).toContainText('Anh Tuấn')
  await leader.evaluate(() => window.scrollTo(0, 0))
  await expect(lm.getByLabel('Đường link hoặc mã số liệu')).toBeInViewport()
  expect((await leader.getByTestId('team-invite').boundingBox())!.y).toBeGreaterThan(640)
})
