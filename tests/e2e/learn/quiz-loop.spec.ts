// Issue #12, the quiz loop at 360×640: after every answer of every quiz the right option is marked in
// place and "Câu tiếp" is on screen; a passed quiz with lessons left says how many, links to them and
// never says "hoàn thành"; completing a module is a moment with the badge, the next module and, for a
// student in a class, one tap to send the result to the teacher.
import { expect, test, type Page } from '@playwright/test'
import { answer, chooseRole, completeModule, content, currentQuestion, joinFromInvite, moduleById } from '../helpers'
import type { Question } from '../../../src/content/schema.ts'

async function rightIsMarked(page: Page, q: Question): Promise<void> {
  const marked =
    q.type === 'order'
      ? '.order__item--right'
      : q.type === 'spot'
        ? '.spot__part--found'
        : '[data-mark=right], [data-mark=chosenRight]'
  await expect(page.locator(marked).first(), q.id).toBeVisible()
  if (q.type !== 'order' && q.type !== 'spot')
    await expect(page.locator('[data-mark=chosenRight]').first()).toContainText('Em chọn: đúng')
}

test('every answer of every quiz marks the right option and keeps "Câu tiếp" on screen; lessons left are named', async ({
  page,
}) => {
  test.setTimeout(300_000)
  await chooseRole(page)
  for (const m of content) {
    await page.goto(`/modules/${m.meta.id}/quiz`)
    await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click()
    const total = m.quiz.questions.length
    for (let i = 1; i <= total; i++) {
      await expect(page.locator('main').getByText(`Câu ${i}/${total}`, { exact: true })).toBeVisible()
      const q = await currentQuestion(page, m.quiz.questions)
      await answer(page, q, 'right')
      await rightIsMarked(page, q)
      const next = page.getByTestId('quiz-next').getByRole('button', { name: i < total ? 'Câu tiếp' : 'Xem kết quả' })
      await expect(next, `${m.meta.id} câu ${i}`).toBeInViewport({ ratio: 1 })
      await expect(page.getByTestId('feedback').locator('.fb__verdict')).toBeInViewport()
      await next.click()
    }
    await expect(page.getByRole('heading', { name: 'Em đã đạt!' })).toBeVisible()
    await expect(page.getByTestId('lessons-left')).toHaveText(
      `Em đã qua bài kiểm tra. Còn ${m.lessons.length + m.practices.length} bài học hoặc bài thực hành nữa là xong mô-đun:`,
    )
    await expect(
      page.getByTestId('quiz-result').getByRole('link', { name: m.lessons[0]!.title, exact: true }),
    ).toBeVisible()
    await expect(page.locator('main')).not.toContainText(/hoàn thành/i)
  }
})

test('completing a module is a moment: badge, next module, and one tap sends the receipt to the teacher', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const teacher = await (await browser.newContext()).newPage()
  const studentCtx = await browser.newContext()
  // Capture what the share sheet would send (the real one needs a user on a phone).
  await studentCtx.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => void ((window as unknown as { shared: ShareData }).shared = data),
    })
  })
  const student = await studentCtx.newPage()
  await chooseRole(teacher, 'Giáo viên', 'Cô Lan')
  await teacher.goto('/teacher')
  await teacher.getByLabel('Tên lớp (ví dụ 6A1)').fill('7B')
  await teacher.getByLabel('Trường', { exact: true }).fill('Trường THCS Hoà Bình')
  await teacher.getByLabel('Năm học').fill('2026-2027')
  await teacher.getByRole('button', { name: 'Tạo lớp' }).click()
  const invite = await teacher.getByTestId('invite-link').inputValue()

  await student.goto(invite.replace(/^https?:\/\/[^/]+/, ''))
  // The invite lands on a welcome that names the class and school and joins it in one tap.
  await expect(student.getByTestId('welcome-invite')).toContainText('Lớp 7B — Trường THCS Hoà Bình')
  await joinFromInvite(student, invite, 'Trần Thu Hà', 12)

  await completeModule(student, 'nen-tang-dia-phuong')
  const done = student.getByTestId('module-complete')
  await expect(done).toBeVisible()
  await expect(done.getByRole('img', { name: /Huy hiệu mô-đun 5/ })).toBeVisible()
  await expect(
    done.getByRole('link', { name: `Mô-đun tiếp theo: ${moduleById('an-ninh-mang').meta.title}` }),
  ).toBeVisible()
  await done.getByRole('button', { name: 'Gửi kết quả cho thầy cô' }).click()
  await expect
    .poll(() => student.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url ?? ''))
    .toMatch(/\/r#[A-Za-z0-9_-]+$/)
  const link = await student.evaluate(() => (window as unknown as { shared: ShareData }).shared.url!)

  // The shared link is the signed receipt: the teacher's app accepts it.
  await teacher.goto(link.replace(/^https?:\/\/[^/]+/, ''))
  await expect(teacher.getByTestId('receipt-result')).toHaveText('Đã thêm Trần Thu Hà (số 12).')
})
