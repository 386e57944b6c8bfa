// Issue 23: "Chia sẻ…" on "Gửi kết quả" shows only where the browser has a share sheet (not Firefox, not most
// in-app WebViews), and a refused clipboard write shows the link selected with a message instead of nothing.
import { expect, test, type Browser, type Page } from '@playwright/test'
import { chooseRole } from '../helpers'

async function joinedStudent(browser: Browser, init: () => void): Promise<Page> {
  const teacher = await (await browser.newContext()).newPage()
  await chooseRole(teacher, 'Giáo viên', 'Cô Lan')
  await teacher.goto('/teacher')
  await teacher.getByLabel('Tên lớp (ví dụ 6A1)').fill('7B')
  await teacher.getByLabel('Trường', { exact: true }).fill('Trường THCS Hoà Bình')
  await teacher.getByLabel('Năm học').fill('2026-2027')
  await teacher.getByRole('button', { name: 'Tạo lớp' }).click()
  const invite = await teacher.getByTestId('invite-link').inputValue()
  const ctx = await browser.newContext()
  await ctx.addInitScript(init)
  const student = await ctx.newPage()
  await student.goto(invite.replace(/^https?:\/\/[^/]+/, ''))
  await expect(student.getByTestId('welcome-invite')).toContainText('7B')
  // The invite carries the class's province: the welcome joins and opens the first lesson in one tap.
  await student.getByLabel('Họ và tên của em').fill('Trần Thu Hà')
  await student.getByLabel('Số thứ tự trong lớp').fill('12')
  await student.getByRole('button', { name: 'Vào lớp và học bài 1' }).click()
  await expect(student).toHaveURL(/\/lessons\//)
  await student.goto('/send')
  await student.getByRole('button', { name: 'Tạo mã kết quả mới' }).click()
  await expect(student.getByTestId('receipt-link')).toHaveValue(/\/r#/)
  return student
}

test('no Web Share and a refused clipboard (Firefox, an in-app WebView): no "Chia sẻ…", and the link is shown selected with a message', async ({
  browser,
}) => {
  const student = await joinedStudent(browser, () => {
    delete (Navigator.prototype as { share?: unknown }).share
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      },
    })
  })
  await expect(student.getByRole('button', { name: 'Chép đường link' })).toBeVisible()
  await expect(student.getByRole('button', { name: 'Chia sẻ…' })).toHaveCount(0)
  await student.getByRole('button', { name: 'Chép đường link' }).click()
  await expect(student.getByTestId('copy-refused')).toHaveText(
    'Máy không cho chép tự động. Đường link đã được bôi đen ở ô trên: hãy giữ ngón tay lên nó rồi chọn "Sao chép".',
  )
  const sel = await student.getByTestId('receipt-link').evaluate((el: HTMLInputElement) => ({
    focused: document.activeElement === el,
    start: el.selectionStart,
    end: el.selectionEnd,
    length: el.value.length,
  }))
  expect(sel).toEqual({ focused: true, start: 0, end: sel.length, length: sel.length })
  expect(sel.length).toBeGreaterThan(20)
})

test('where the browser can share, "Chia sẻ…" is there and sends the link', async ({ browser }) => {
  const student = await joinedStudent(browser, () => {
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => void ((window as unknown as { shared: ShareData }).shared = data),
    })
  })
  await student.getByRole('button', { name: 'Chia sẻ…' }).click()
  const link = await student.getByTestId('receipt-link').inputValue()
  await expect.poll(() => student.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url)).toBe(link)
})
