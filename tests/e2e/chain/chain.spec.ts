// The whole reporting chain with no server, in three browser contexts (three phones):
//   teacher (and outreach team member) → school officer (and team leader) → commune unit officer.
// A class summary reaches the school; the school summary reaches the unit; a member's month reaches the team
// leader and the team's month the same unit; the unit's CSV holds the school row, the outreach total and the
// totals row. A tampered or foreign summary at each level is refused with a message and changes nothing.
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { codecMessage } from '@/i18n/vi-codec'
import { chooseRole } from '../helpers'
import {
  decodeClassInvite,
  decodeUnitInvite,
  encodeOutreachSummary,
  encodeReceipt,
  encodeSchoolSummary,
  newId,
  newKey,
} from '@/exchange/codec/index.ts'

const path = (link: string) => link.replace(/^https?:\/\/[^/]+/, '')
const vnMonth = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)
/** The link with one character of its signed part changed. */
const tamper = (p: string) => p.slice(0, -5) + (p.at(-5) === 'A' ? 'B' : 'A') + p.slice(-4)
const SCHOOL = 'Trường THCS Thử Nghiệm'
const UNIT = 'Phòng Văn hóa – Xã hội xã Thử Nghiệm'
const TEAM = 'Tổ công nghệ số ấp Một'

async function csvRows(page: Page, button: string): Promise<{ name: string; rows: string[][] }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()])
  const text = Buffer.concat(await (await dl.createReadStream()).toArray()).toString('utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  return {
    name: dl.suggestedFilename(),
    rows: text
      .slice(1)
      .trim()
      .split('\r\n')
      .map((r) => r.split(',')),
  }
}

test('class → school → commune unit, member → team leader → the same unit; tampered and foreign codes refused', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const contexts: BrowserContext[] = await Promise.all([
    browser.newContext(),
    browser.newContext(),
    browser.newContext(),
  ])
  const [unit, officer, teacher] = await Promise.all(contexts.map((c) => c.newPage()))
  const month = vnMonth()
  const shown = `${Number(month.slice(5))}/${month.slice(0, 4)}`

  // 1. The commune's officer creates the reporting unit and shows its invite.
  await chooseRole(unit!, 'Giáo viên', 'Chị Thu')
  await unit!.goto('/teacher')
  await unit!.getByRole('button', { name: 'Tạo đơn vị nhận báo cáo' }).click()
  await unit!.getByLabel('Tên đơn vị').fill(UNIT)
  await unit!.getByLabel('Địa bàn (xã, phường hoặc tỉnh)').fill('Xã Thử Nghiệm')
  await unit!.getByRole('button', { name: 'Tạo đơn vị', exact: true }).click()
  await expect(unit!.getByRole('heading', { level: 1 })).toHaveText(UNIT)
  await expect(unit!.getByRole('img', { name: /Mã QR mời các trường/ })).toBeVisible()
  const unitInvite = await unit!.getByTestId('unit-invite-link').inputValue()
  expect(unitInvite).toMatch(/\/join#[A-Za-z0-9_-]+$/)
  await unit!.screenshot({ path: 'test-results/screens/unit-page-new.png' })

  // 2. The school officer creates the school; the teacher sends a class summary; the school imports it.
  await chooseRole(officer!, 'Giáo viên', 'Thầy Hùng')
  await officer!.goto('/teacher')
  await officer!.getByRole('button', { name: 'Tạo trường mới' }).click()
  await officer!.getByLabel('Tên trường').fill(SCHOOL)
  await officer!.getByLabel('Nơi nhận báo cáo của trường').fill(UNIT)
  await officer!.getByRole('button', { name: 'Tạo trường', exact: true }).click()
  await expect(officer!.getByRole('heading', { level: 1 })).toHaveText(SCHOOL)
  const schoolInvite = await officer!.getByTestId('school-invite-link').inputValue()

  await chooseRole(teacher!, 'Giáo viên', 'Cô Lan')
  await teacher!.goto('/teacher')
  await teacher!.getByLabel('Tên lớp (ví dụ 6A1)').fill('6A1')
  await teacher!.getByLabel('Trường', { exact: true }).fill(SCHOOL)
  await teacher!.getByLabel('Năm học').fill('2026-2027')
  await teacher!.getByRole('button', { name: 'Tạo lớp' }).click()
  const ci = await decodeClassInvite(await teacher!.getByTestId('invite-link').inputValue())
  if (!ci.ok) throw new Error(codecMessage(ci.error))
  const receipt = await encodeReceipt(
    {
      classId: ci.invite.classId,
      studentId: newId(),
      name: 'Nguyễn Minh An',
      classNumber: 7,
      issuedAt: Date.now(),
      seq: 1,
      modules: { 'dich-vu-cong': { completedAt: Date.now(), bestScore: 90, attempts: 1 } },
    },
    ci.invite.classKey,
  )
  await teacher!.goto(`/r#${receipt}`)
  await expect(teacher!.getByTestId('receipt-result')).toHaveText('Đã thêm Nguyễn Minh An (số 7).')
  await teacher!.goto(path(schoolInvite))
  await teacher!.getByRole('button', { name: 'Tham gia báo cáo của trường' }).click()
  await expect(teacher!).toHaveURL(/\/teacher$/)
  await teacher!.goto(`/teacher/class/${ci.invite.classId}/report`)
  await teacher!.getByRole('button', { name: `Tạo bản tổng hợp tháng ${shown}` }).click()
  const classSummary = await teacher!.getByTestId('summary-link').inputValue()
  await officer!.goto(path(classSummary))
  await expect(officer!.getByTestId('summary-result')).toHaveText(`Đã nhận báo cáo lớp 6A1 tháng ${shown} (Cô Lan).`)
  await officer!.getByRole('link', { name: 'Xem báo cáo của trường' }).click()

  // 3. The school joins the unit from its page (pasting the invite) and sends its month up.
  await expect(officer!.getByRole('heading', { name: 'Đơn vị nhận báo cáo của trường' })).toBeVisible()
  await officer!.getByLabel('Đường link mời của đơn vị').fill('không phải mã')
  await officer!.getByRole('button', { name: 'Tham gia', exact: true }).click()
  await expect(officer!.getByRole('alert').filter({ hasText: 'Mã mời của đơn vị nhận báo cáo' })).toBeVisible()
  await officer!.getByLabel('Đường link mời của đơn vị').fill(`Mời trường tham gia: ${unitInvite}`)
  await officer!.getByRole('button', { name: 'Tham gia', exact: true }).click()
  await expect(officer!.getByRole('heading', { name: `Gửi lên ${UNIT}` })).toBeVisible()
  await officer!.getByRole('button', { name: `Tạo bản gửi lên tháng ${shown}` }).click()
  await expect(officer!.getByRole('img', { name: `Mã QR bản gửi lên của ${SCHOOL}` })).toBeVisible()
  const schoolSummary = await officer!.getByTestId('school-summary-link').inputValue()
  expect(schoolSummary).toMatch(/\/u#[A-Za-z0-9_-]+$/)
  const [txt] = await Promise.all([
    officer!.waitForEvent('download'),
    officer!.getByRole('button', { name: 'Tải tệp .txt' }).click(),
  ])
  expect(txt.suggestedFilename()).toBe(`bao-cao-truong-thcs-thu-nghiem-${month}.txt`)
  await officer!.getByRole('heading', { name: `Gửi lên ${UNIT}` }).scrollIntoViewIfNeeded()
  await officer!.screenshot({ path: 'test-results/screens/school-send-up.png' })

  // 4. At the unit: a tampered school summary and one of another unit are refused; the real one is stored once.
  const ui = await decodeUnitInvite(unitInvite)
  if (!ui.ok) throw new Error('unit invite')
  await unit!.goto(tamper(path(schoolSummary)))
  await expect(unit!.getByTestId('unit-summary-result')).toHaveAttribute('role', 'alert')
  await expect(unit!.getByTestId('unit-summary-result')).toContainText('Chữ ký của bản tổng hợp của trường không đúng')
  const forged = await encodeSchoolSummary(
    {
      unitId: ui.invite.unitId,
      schoolId: newId(),
      schoolName: 'Trường giả',
      month,
      classes: 1,
      studentCount: 40,
      modules: {},
      staff: { teachers: 0, vneidLevel2: 0, dvcPortal: 0, fiveSkills: 0, completedAny: 0, completedAll: 0 },
      outreach: { sessions: 0, people: 0, helped: 0 },
      issuedAt: Date.now(),
      seq: 9,
    },
    newKey(),
  )
  await unit!.goto(`/u#${forged}`)
  await expect(unit!.getByTestId('unit-summary-result')).toContainText('Chữ ký của bản tổng hợp của trường không đúng')
  const foreign = await encodeSchoolSummary(
    {
      unitId: newId(),
      schoolId: newId(),
      schoolName: 'Trường xã khác',
      month,
      classes: 1,
      studentCount: 40,
      modules: {},
      staff: { teachers: 0, vneidLevel2: 0, dvcPortal: 0, fiveSkills: 0, completedAny: 0, completedAll: 0 },
      outreach: { sessions: 0, people: 0, helped: 0 },
      issuedAt: Date.now(),
      seq: 1,
    },
    newKey(),
  )
  await unit!.goto(`/u#${foreign}`)
  await expect(unit!.getByTestId('open-elsewhere')).toBeVisible()
  await expect(unit!.getByRole('link', { name: 'Xem báo cáo của đơn vị' })).toHaveCount(0)
  await unit!.goto(path(schoolSummary))
  await expect(unit!.getByTestId('unit-summary-result')).toHaveText(`Đã nhận báo cáo của ${SCHOOL} tháng ${shown}.`)
  await unit!.reload()
  await expect(unit!.getByTestId('unit-summary-result')).toContainText('đã nhập rồi, không thay đổi gì')

  // 5. Outreach: the officer leads a team (and joined the unit above); the teacher joins it as a member.
  await officer!.goto('/outreach')
  await officer!.getByRole('button', { name: 'Tạo tổ (tổ trưởng)' }).click()
  await officer!.getByLabel('Tên tổ').fill(TEAM)
  await officer!.locator('main').getByLabel('Xã/phường').fill('Xã Thử Nghiệm')
  await officer!.getByRole('button', { name: 'Tạo tổ', exact: true }).click()
  await expect(officer!.getByRole('heading', { level: 1 })).toHaveText(TEAM)
  const teamInvite = await officer!.getByTestId('team-invite-link').inputValue()
  await officer!.screenshot({ path: 'test-results/screens/team-page.png' })

  await teacher!.goto(path(teamInvite))
  await expect(teacher!.getByRole('heading', { level: 1 })).toHaveText('Tham gia tổ công nghệ số')
  await expect(teacher!.getByLabel('Họ tên của anh/chị')).toHaveValue('Cô Lan')
  await teacher!.getByRole('button', { name: 'Tham gia tổ' }).click()
  await expect(teacher!).toHaveURL(/\/outreach$/)
  // One session this month: 3 people, 2 times "Cài VNeID".
  const main = teacher!.locator('main')
  await teacher!.goto('/outreach/new')
  await teacher!.getByLabel('Xã/phường').fill('Xã Thử Nghiệm')
  await main.getByRole('radio', { name: 'Buổi sinh hoạt tại nhà văn hóa' }).check()
  await main.getByRole('checkbox').first().check()
  await main.getByRole('button', { name: 'Bắt đầu phiên' }).click()
  await expect(teacher!.getByRole('heading', { level: 1, name: /^Phiên hỗ trợ/ })).toBeVisible()
  for (let i = 0; i < 3; i++)
    await main.getByRole('button', { name: 'Thêm 1: Số người được hỗ trợ', exact: true }).click()
  for (let i = 0; i < 2; i++) await main.getByRole('button', { name: 'Thêm 1: Cài VNeID', exact: true }).click()
  // Each tap is saved before it shows: wait for both counts before leaving the session.
  await expect(
    main.getByRole('group', { name: 'Số người được hỗ trợ', exact: true }).getByTestId('tally-count'),
  ).toHaveText('3')
  await expect(main.getByRole('group', { name: 'Cài VNeID', exact: true }).getByTestId('tally-count')).toHaveText('2')
  await teacher!.goto('/outreach')
  await main.getByRole('button', { name: 'Tạo bản gửi tổ trưởng' }).click()
  const memberSummary = await teacher!.getByTestId('member-summary-link').inputValue()
  expect(memberSummary).toMatch(/\/o#[A-Za-z0-9_-]+$/)
  await teacher!.getByRole('heading', { name: /Gửi số liệu tháng/ }).scrollIntoViewIfNeeded()
  await teacher!.screenshot({ path: 'test-results/screens/team-member-send.png' })

  // 6. The leader: a tampered member summary is refused; the real one shows in the team's month; sent up.
  await officer!.goto(tamper(path(memberSummary)))
  await expect(officer!.getByTestId('outreach-summary-result')).toContainText(
    'Chữ ký của số liệu tổ công nghệ số không đúng',
  )
  await officer!.goto(path(memberSummary))
  await expect(officer!.getByTestId('outreach-summary-result')).toHaveText(`Đã nhận số liệu của Cô Lan tháng ${shown}.`)
  await officer!.getByRole('link', { name: 'Xem số liệu của tổ' }).click()
  const teamTable = officer!.getByTestId('team-month-table')
  await expect(teamTable.getByRole('row', { name: /^Cô Lan 1 3 2/ })).toBeVisible()
  await expect(teamTable.getByRole('row', { name: /^Cộng cả tổ 1 3 2/ })).toBeVisible()
  const team = await csvRows(officer!, 'Tải CSV')
  expect(team.rows.find((r) => r[0] === 'Cộng cả tổ')).toEqual(['Cộng cả tổ', '1', '3', '2'])
  await officer!.getByRole('button', { name: `Tạo bản gửi lên tháng ${shown}` }).click()
  const teamSummary = await officer!.getByTestId('team-summary-link').inputValue()

  // 7. The unit: a member's summary (team key) and a forged team summary are refused; the team's is stored.
  await unit!.goto(path(memberSummary))
  await expect(unit!.getByTestId('outreach-summary-result')).toHaveAttribute('role', 'alert')
  const forgedTeam = await encodeOutreachSummary(
    {
      toId: ui.invite.unitId,
      from: 'team',
      fromId: newId(),
      fromName: 'Tổ giả',
      commune: 'Xã Thử Nghiệm',
      month,
      members: 9,
      figures: {
        sessions: 0,
        people: 999,
        byKind: { household: 0, community: 0, parents: 0 },
        modules: {},
        outcomes: [],
      },
      issuedAt: Date.now(),
      seq: 1,
    },
    newKey(),
  )
  await unit!.goto(`/o#${forgedTeam}`)
  await expect(unit!.getByTestId('outreach-summary-result')).toContainText(
    'Chữ ký của số liệu tổ công nghệ số không đúng',
  )
  await unit!.goto(path(teamSummary))
  await expect(unit!.getByTestId('outreach-summary-result')).toHaveText(`Đã nhận số liệu của ${TEAM} tháng ${shown}.`)
  await unit!.getByRole('link', { name: 'Xem báo cáo của đơn vị' }).click()

  // 8. The unit's report: the school row, the totals, outreach of the school's team; its CSV and form lines.
  const table = unit!.getByTestId('unit-report-table')
  await expect(unit!.getByRole('heading', { name: `Báo cáo tháng ${shown}` })).toBeVisible()
  await expect(table.getByRole('row', { name: new RegExp(`^${SCHOOL}`) })).toBeVisible()
  await unit!.screenshot({ path: 'test-results/screens/unit-page.png' })
  const { name, rows } = await csvRows(unit!, 'Tải CSV')
  expect(name).toBe(`bao-cao-phong-van-hoa-xa-hoi-xa-thu-nghiem-${month}.csv`)
  expect(rows.find((r) => r[0] === SCHOOL)!.slice(0, 5)).toEqual([SCHOOL, '1', '1', '1', '1'])
  expect(rows.find((r) => r[0] === 'Tổng cộng')!.slice(0, 5)).toEqual(['Tổng cộng', '1', '1', '1', '1'])
  expect(rows.find((r) => r[0] === `${TEAM} (tổ)`)!.slice(0, 5)).toEqual([`${TEAM} (tổ)`, '1', '1', '3', '2'])
  expect(rows.find((r) => r[0] === 'Cộng hỗ trợ người dân')!.slice(0, 5)).toEqual([
    'Cộng hỗ trợ người dân',
    '',
    '1',
    '3',
    '2',
  ])
  expect(rows.some((r) => r.includes('Trường giả') || r.includes('Tổ giả') || r.includes('Trường xã khác'))).toBe(false)
  const form = unit!.getByTestId('unit-form-lines')
  await expect(form.getByText('Số trường đã báo cáo: 1')).toBeVisible()
  await expect(form.getByText('Số người dân được hỗ trợ: 3')).toBeVisible()
  await form.scrollIntoViewIfNeeded()
  await unit!.screenshot({ path: 'test-results/screens/unit-form-lines.png' })
  await Promise.all(contexts.map((c) => c.close()))
})
