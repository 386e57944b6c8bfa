// Teaching in class at 360×640: a teacher with a class of 36 on the list logs a period of chong-lua-dao with
// 35 of 36 present (one untick), after the log refuses a day in the future and nobody present; the class
// report then counts 35 "đã học trên lớp". Then the whole-class quiz of three questions at 1280×720: tallies,
// the answer, a reload that keeps the tallies, and the summary.
import { expect, test, type Page } from '@playwright/test'
import { chooseRole, moduleById } from '../helpers'
import { readFileSync } from 'node:fs'
import { tallyChoices } from '@/domain/quiz/classQuiz'
import { decodeClassInvite, encodeReceipt, newId } from '@/exchange/codec/index.ts'

const MODULE = 'chong-lua-dao'
const names = Array.from({ length: 36 }, (_, i) => `${i + 1}, Học Sinh Số ${i + 1}`)

async function makeClass(page: Page): Promise<string> {
  await chooseRole(page, 'Giáo viên', 'Cô Lan')
  await page.goto('/teacher')
  await page.getByLabel('Tên lớp (ví dụ 6A1)').fill('7A')
  await page.getByLabel('Trường', { exact: true }).fill('Trường THCS Thử Nghiệm')
  await page.getByLabel('Năm học').fill('2026-2027')
  await page.getByRole('button', { name: 'Tạo lớp' }).click()
  await expect(page).toHaveURL(/\/teacher\/class\//)
  return page.url().split('/teacher/class/')[1]!.split(/[/?#]/)[0]!
}

async function fits(page: Page, testid: string): Promise<void> {
  const over = await page.getByTestId(testid).evaluate((el) => {
    const bottom = el.getBoundingClientRect().bottom
    return {
      over: el.scrollHeight - el.clientHeight,
      out: [...el.querySelectorAll('*')]
        .filter((x) => x.getBoundingClientRect().bottom > bottom + 0.5)
        .map((x) => `${x.tagName}.${x.className}:${Math.round(x.getBoundingClientRect().bottom)}>${Math.round(bottom)}`)
        .slice(0, 5),
    }
  })
  expect(over).toEqual({ over: 0, out: [] })
}

test('log a period with 35 of 36 present; the report counts 35 đã học trên lớp', async ({ page }) => {
  test.setTimeout(120_000)
  const classId = await makeClass(page)

  // Before the class list: the log asks for it and links to where it is entered.
  await page.goto(`/teach/${classId}/log?module=${MODULE}`)
  await expect(page.getByTestId('period-no-roster')).toContainText('Cần có danh sách lớp')
  await page.getByRole('link', { name: 'Nhập danh sách lớp' }).click()
  await expect(page).toHaveURL(new RegExp(`/teacher/class/${classId}#roster`))
  await page.getByLabel(/Dán hoặc gõ danh sách/).fill(names.join('\n'))
  await page.getByRole('button', { name: 'Xem trước' }).click()
  await page.getByRole('button', { name: 'Lưu danh sách (36 học sinh)' }).click()
  await expect(page.getByTestId('roster-summary')).toContainText('Sĩ số: 36 học sinh')

  await page.goto(`/teach/${classId}/log?module=${MODULE}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ghi nhận tiết dạy')
  const count = page.getByTestId('period-count')
  await expect(count).toHaveText('Có mặt 36/36')
  await expect(count).toBeInViewport()
  await expect(page.getByLabel('Người dạy')).toHaveValue('Cô Lan')
  await expect(page.getByRole('checkbox', { name: moduleById(MODULE).meta.title })).toBeChecked()
  await page.screenshot({ path: 'test-results/screens/period-log.png' })

  // A day in the future is refused, nothing saved.
  const tomorrow = new Date(Date.now() + 7 * 3600_000 + 86_400_000).toISOString().slice(0, 10)
  await page.getByLabel('Ngày dạy').fill(tomorrow)
  await page.getByRole('button', { name: 'Tiết 3' }).click()
  await page.getByRole('button', { name: 'Lưu tiết dạy' }).click()
  await expect(page.getByTestId('period-problem')).toHaveText(/Ngày dạy chưa tới.*Chưa lưu gì/)
  await page.getByLabel('Ngày dạy').fill(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10))

  // One tap per absent student; the count follows and stays on screen while scrolling.
  await page.getByRole('checkbox', { name: /Học Sinh Số 17$/ }).uncheck()
  await expect(count).toHaveText('Có mặt 35/36')
  await page.getByRole('checkbox', { name: /Học Sinh Số 36$/ }).scrollIntoViewIfNeeded()
  await expect(count).toBeInViewport()
  await page.screenshot({ path: 'test-results/screens/period-log-scrolled.png' })
  await page.getByRole('button', { name: 'Lưu tiết dạy' }).click()
  await expect(page).toHaveURL(new RegExp(`/teach/${classId}/periods`))
  const list = page.getByTestId('period-list')
  await expect(list.locator('li')).toHaveCount(1)
  await expect(list).toContainText('Có mặt 35/36')
  await expect(list).toContainText('Tiết 3')
  await page.screenshot({ path: 'test-results/screens/period-list.png' })

  // Stored: a reload lists it still.
  await page.reload()
  await expect(page.getByTestId('period-list')).toContainText('Người dạy: Cô Lan')

  // Student 5 was present AND completed the module on her phone: she counts once.
  await page.goto(`/teacher/class/${classId}`)
  const inv = await decodeClassInvite(await page.getByTestId('invite-link').inputValue())
  if (!inv.ok) throw new Error(inv.error.kind)
  const code = await encodeReceipt(
    {
      classId,
      studentId: newId(),
      name: 'Học Sinh Số 5',
      classNumber: 5,
      issuedAt: Date.now(),
      seq: 1,
      modules: { [MODULE]: { completedAt: Date.now(), bestScore: 90, attempts: 1 } },
    },
    inv.invite.classKey,
  )
  await page.getByLabel('Đường link hoặc mã kết quả').fill(`https://x.vn/r#${code}`)
  await page.getByRole('button', { name: 'Nhập', exact: true }).click()
  await expect(page.getByTestId('import-results')).toContainText('Học Sinh Số 5')

  // The class report: 35 đã học trên lớp for the module, 1 on the phone, 35 learners in all (not 36).
  await page.goto(`/teacher/class/${classId}/report`)
  const title = moduleById(MODULE).meta.title
  const inClass = page.getByRole('region', { name: 'Học trên lớp (các tiết dạy đã ghi nhận)' })
  const row = inClass.getByRole('row', { name: new RegExp(title) })
  await expect(row.locator('th, td')).toHaveText(['7', title, '1', '35', '1', '35'])
  await row.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/period-report.png' })
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải CSV' }).click(),
  ])
  expect(readFileSync((await csv.path())!).toString('utf8')).toContain(`7,${title},1,35,1,35`)
})

test('the whole-class quiz: three questions, tallies kept over a reload, the summary', async ({ page }) => {
  test.setTimeout(120_000)
  const classId = await makeClass(page)
  await page.setViewportSize({ width: 1280, height: 720 })
  const quiz = moduleById(MODULE).quiz.questions
  const critical = quiz.find((q) => q.type !== 'spot' && q.type !== 'order' && q.options.some((o) => o.critical))!
  const multiple = quiz.find((q) => q.type === 'multiple')!
  const spot = quiz.find((q) => q.type === 'spot')!
  const run = [critical, multiple, spot]
  await page.goto(`/teach/${classId}/quiz/${MODULE}?q=${run.map((q) => q.id).join(',')}`)

  // 1: the critical question. 30 right, 4 on a dangerous option.
  await expect(page.getByRole('heading', { level: 1, name: critical.prompt })).toBeVisible()
  await expect(page.getByText('Câu 1/3')).toBeVisible()
  await expect(page.getByTestId('class-quiz-critical')).toHaveText(/Đây là câu không được sai/)
  const choices = tallyChoices(critical)
  const right = choices.find((c) => c.right)!
  const danger = choices.find((c) => c.critical)!
  const plus = (letter: string) => page.getByRole('button', { name: `Thêm một cho ${letter}`, exact: true })
  for (let i = 0; i < 3; i++) await plus(right.letter).click()
  for (let i = 0; i < 4; i++) await plus(danger.letter).click()
  await page.getByRole('button', { name: `Bớt một cho ${right.letter}`, exact: true }).click()
  await expect(page.locator(`[data-choice="${right.key}"] output`)).toHaveText('2')
  await fits(page, 'class-quiz-question')
  await page.screenshot({ path: 'test-results/screens/class-quiz-1280.png' })
  await page.getByRole('button', { name: 'Xem đáp án' }).click()
  await expect(page.getByTestId('class-quiz-why')).toContainText(critical.explanation)
  await expect(page.locator(`[data-choice="${right.key}"]`)).toContainText('Đáp án đúng')
  await fits(page, 'class-quiz-question')
  await page.screenshot({ path: 'test-results/screens/class-quiz-1280-answer.png' })

  // Saved after each tap: a reload resumes the same question with its tallies.
  await page.reload()
  await expect(page.locator(`[data-choice="${right.key}"] output`)).toHaveText('2')
  await expect(page.locator(`[data-choice="${danger.key}"] output`)).toHaveText('4')

  // 2: a multiple question, one hand per option chosen.
  await page.getByRole('button', { name: 'Câu tiếp' }).click()
  await expect(page.getByRole('heading', { level: 1, name: multiple.prompt })).toBeVisible()
  const m = tallyChoices(multiple)
  for (const c of m) await plus(c.letter).click()
  await fits(page, 'class-quiz-question')
  await page.screenshot({ path: 'test-results/screens/class-quiz-1280-multiple.png' })

  // 3: a spot question, tallied per part.
  await page.getByRole('button', { name: 'Câu tiếp' }).click()
  await expect(page.getByText('Câu 3/3')).toBeVisible()
  const sp = tallyChoices(spot)
  await plus(sp.find((c) => c.right)!.letter).click()
  await page.getByRole('button', { name: 'Xem đáp án' }).click()
  await fits(page, 'class-quiz-question')
  await page.screenshot({ path: 'test-results/screens/class-quiz-1280-spot.png' })
  await page.getByRole('button', { name: 'Xem tổng kết' }).click()

  const summary = page.getByTestId('class-quiz-summary')
  const rows = summary.locator('tbody tr')
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(0)).toContainText('2/6 (33%)')
  const mRight = m.filter((c) => c.right).length
  await expect(rows.nth(1)).toContainText(`${mRight}/${m.length}`)
  await expect(rows.nth(2)).toContainText('1/1 (100%)')
  await expect(page.getByTestId('class-quiz-critical-missed')).toContainText(critical.prompt)
  await fits(page, 'class-quiz-summary')
  await page.screenshot({ path: 'test-results/screens/class-quiz-1280-summary.png' })

  // 1920×1080 and the teacher's phone show the same question without cutting it off.
  await page.getByRole('button', { name: 'Câu trước' }).click()
  await page.getByRole('button', { name: 'Câu trước' }).click()
  await page.getByRole('button', { name: 'Câu trước' }).click()
  await page.setViewportSize({ width: 1920, height: 1080 })
  await expect(page.getByRole('heading', { level: 1, name: critical.prompt })).toBeVisible()
  await fits(page, 'class-quiz-question')
  await page.screenshot({ path: 'test-results/screens/class-quiz-1920.png' })
  await page.setViewportSize({ width: 360, height: 640 })
  await expect(page.getByRole('button', { name: 'Câu tiếp' })).toBeInViewport()
  await page.screenshot({ path: 'test-results/screens/class-quiz-360.png' })
})
