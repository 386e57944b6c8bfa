// Issue #22, a student's first minutes: from the class invite to card 1 of module 1 in two taps (the link,
// then "Vào lớp và học bài 1"), the teacher importing her receipt later; an old invite asks the province,
// with each error next to its field, scrolled to and focused; following only the primary next step from
// module 1's first lesson reaches each practice before the quiz, and the module is complete only after
// them; a database written by the previous version (lessons and quiz only) still shows its module complete.
import { expect, test, type Page } from '@playwright/test'
import { chooseRole, finishLesson, moduleById, passQuiz, pickProvince, readToEnd, solvePractice } from '../helpers'

const M1 = moduleById('dich-vu-cong')
const FIRST = M1.lessons[0]!

async function createClass(page: Page, className: string): Promise<string> {
  await chooseRole(page, 'Giáo viên', 'Cô Lan')
  await page.goto('/teacher')
  await page.getByLabel('Tên lớp (ví dụ 6A1)').fill(className)
  await page.getByLabel('Trường', { exact: true }).fill('Trường THCS Thử Nghiệm')
  await page.getByLabel('Năm học').fill('2026-2027')
  await page.getByRole('button', { name: 'Tạo lớp' }).click()
  return page.getByTestId('invite-link').inputValue()
}

test('invite → name and number → "Vào lớp và học bài 1" → card 1 of module 1; the teacher imports her receipt', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const teacherCtx = await browser.newContext()
  const studentCtx = await browser.newContext()
  const teacher = await teacherCtx.newPage()
  const student = await studentCtx.newPage()
  const invite = await createClass(teacher, '6A2')

  // Tap 1: the link. The welcome names the class and asks only name and number (the invite carries the province).
  await student.goto(invite.replace(/^https?:\/\/[^/]+/, ''))
  await expect(student.getByTestId('welcome-invite')).toHaveText('Lớp 6A2 — Trường THCS Thử Nghiệm, năm học 2026-2027')
  await expect(student.getByLabel('Tìm tỉnh, thành phố')).toHaveCount(0)
  await expect(student.getByRole('button', { name: 'Vào lớp và học bài 1' })).toBeInViewport({ ratio: 1 })
  await student.screenshot({ path: 'test-results/screens/after-welcome-invite.png' })
  await student.getByLabel('Họ và tên của em').fill('Lê Thị Mai')
  await student.getByLabel('Số thứ tự trong lớp').fill('15')
  // Tap 2.
  await student.getByRole('button', { name: 'Vào lớp và học bài 1' }).click()
  await expect(student).toHaveURL(new RegExp(`/modules/${M1.meta.id}/lessons/${FIRST.id}$`))
  await expect(student.getByRole('heading', { level: 1, name: FIRST.title })).toBeVisible()
  await expect(student.locator('main').getByText(`Thẻ 1/${FIRST.cards.length}`)).toBeVisible()
  await student.screenshot({ path: 'test-results/screens/after-invite-card1.png' })

  // Later: she sends a receipt and the teacher imports it — she is in the class.
  await student.goto('/send')
  await student.getByRole('button', { name: 'Tạo mã kết quả mới' }).click()
  const receipt = await student.getByTestId('receipt-link').inputValue()
  await teacher.goto(receipt.replace(/^https?:\/\/[^/]+/, ''))
  await expect(teacher.getByTestId('receipt-result')).toHaveText('Đã thêm Lê Thị Mai (số 15).')
  // The student's phone took the teacher's province from the invite.
  await student.goto('/settings')
  await expect(student.locator('main')).toContainText('Đồng Nai')
  await teacherCtx.close()
  await studentCtx.close()
})

// A version-1 invite, as the app wrote it before (docs/receipt-format.md): it carries no province.
const OLD_INVITE = 'AQFAAAECAwQFBgcAAQIDBAUGBwgJCgsMDQ4PBhkDNkExGlRyxrDhu51uZyBUSENTIE5ndXnhu4VuIER19ClNig'

test('an old invite still works and asks the province; each missing field is said next to it, scrolled to and focused', async ({
  page,
}) => {
  await page.goto(`/join#${OLD_INVITE}`)
  await expect(page.getByTestId('welcome-invite')).toContainText('Lớp 6A1 — Trường THCS Nguyễn Du')
  await page.screenshot({ path: 'test-results/screens/after-welcome-old-invite.png', fullPage: true })
  const go = page.getByRole('button', { name: 'Vào lớp và học bài 1' })
  await go.click()
  await expect(page.getByText('Hãy nhập họ và tên của em.')).toBeInViewport()
  await expect(page.getByLabel('Họ và tên của em')).toBeFocused()
  await expect(page.getByText('Hãy nhập số thứ tự của em trong lớp (từ 1 đến 99).')).toBeVisible()
  await page.getByLabel('Họ và tên của em').fill('Phạm Văn Nam')
  await page.getByLabel('Số thứ tự trong lớp').fill('3')
  await go.click()
  await expect(page.getByText('Hãy chọn tỉnh, thành phố của em.')).toBeInViewport()
  await expect(page.getByLabel('Tìm tỉnh, thành phố')).toBeFocused()
  await pickProvince(page, 'Huế')
  await go.click()
  await expect(page.getByRole('heading', { level: 1, name: FIRST.title })).toBeVisible()
  await page.goto('/send')
  await expect(page.locator('main')).toContainText('6A1')
})

test('the first run without an invite says what is missing next to it, scrolled to and focused', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Bắt đầu' }).click()
  await expect(page.getByText('Hãy chọn ít nhất một vai trò để bắt đầu.')).toBeInViewport()
  await expect(page.getByRole('checkbox', { name: /Học sinh/ })).toBeFocused()
  await page.getByRole('checkbox', { name: /Học sinh/ }).check()
  await page.getByRole('button', { name: 'Bắt đầu' }).click()
  await expect(page.getByText('Hãy chọn tỉnh, thành phố của em.')).toBeInViewport()
  await expect(page.getByLabel('Tìm tỉnh, thành phố')).toBeFocused()
})

test('following only the primary next step from module 1’s first lesson reaches each practice before the quiz', async ({
  page,
}) => {
  test.setTimeout(300_000)
  await chooseRole(page)
  const path: string[] = []
  for (const id of M1.meta.lessons) {
    path.push(id)
    for (const p of M1.meta.practices) if ((M1.meta.practiceAfter[p] ?? M1.meta.lessons.at(-1)) === id) path.push(p)
  }
  expect(path.length).toBe(M1.lessons.length + M1.practices.length)
  await page.goto(`/modules/${M1.meta.id}`)
  await expect(page.getByTestId('module-rule')).toContainText('làm xong các bài thực hành')
  await page.getByTestId('module-next').click()
  const seen: string[] = []
  for (let i = 0; i < path.length; i++) {
    await expect(page).toHaveURL(/\/(lessons|practice)\/[a-z0-9-]+$/)
    const [, kind, id] = /\/(lessons|practice)\/([a-z0-9-]+)$/.exec(page.url())!
    seen.push(id!)
    if (kind === 'lessons') {
      const l = M1.lessons.find((x) => x.id === id)!
      await readToEnd(page, l.cards.length)
      await finishLesson(page, l.id)
    } else {
      if (seen.length === 3) {
        // Home's "Học tiếp" names the same practice.
        await page.goto('/')
        await expect(page.getByTestId('continue')).toContainText('Thực hành:')
        await page.getByTestId('continue-go').click()
        await expect(page).toHaveURL(new RegExp(`/practice/${id}$`))
      }
      await solvePractice(
        page,
        M1.meta.id,
        M1.practices.find((x) => x.id === id)!,
      )
      await page.getByTestId('practice-next').click()
      await expect(page).not.toHaveURL(new RegExp(`/practice/${id}$`))
    }
  }
  expect(seen).toEqual(path)
  // Every lesson and practice done: the module page's primary step is now the quiz; not complete yet.
  await page.goto(`/modules/${M1.meta.id}`)
  await expect(page.getByTestId('module-next')).toHaveText(/bài kiểm tra/)
  await expect(page.getByTestId('module-completed')).toHaveCount(0)
  await passQuiz(page, M1.meta.id)
  await expect(page.getByTestId('module-complete')).toBeVisible()
  // The result opens at its top: the verdict is on screen.
  await expect(page.getByRole('heading', { name: 'Em đã đạt!' })).toBeInViewport()
})

test('a passed quiz with a practice left is not complete; the practice done last completes it', async ({ page }) => {
  test.setTimeout(180_000)
  await chooseRole(page)
  const m = moduleById('nen-tang-dia-phuong')
  for (const l of m.lessons) {
    await page.goto(`/modules/${m.meta.id}/lessons/${l.id}`)
    await readToEnd(page, l.cards.length)
    await finishLesson(page, l.id)
  }
  const [last, ...rest] = [...m.practices].reverse()
  for (const p of rest) await solvePractice(page, m.meta.id, p)
  await passQuiz(page, m.meta.id)
  await expect(page.getByTestId('lessons-left')).toContainText('Còn 1 bài học hoặc bài thực hành')
  await expect(page.getByTestId('module-complete')).toHaveCount(0)
  await solvePractice(page, m.meta.id, last!)
  await page.goto(`/modules/${m.meta.id}`)
  await expect(page.getByTestId('module-completed')).toBeVisible()
})

test('a database from the previous version with a completed module still shows it complete', async ({ page }) => {
  await chooseRole(page)
  // What the previous version stored for a completed module 1: every lesson done, a passed full attempt and
  // the status with its completion date; no practice results (they did not count then). Same schema (v7).
  await page.evaluate(
    async ({ moduleId, lessons, questions }) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('ky-nang-so')
        r.onsuccess = () => res(r.result)
        r.onerror = () => rej(r.error)
      })
      const tx = db.transaction(['lessonProgress', 'quizAttempts', 'moduleStatus'], 'readwrite')
      const t = Date.UTC(2026, 9, 20)
      for (const [i, l] of lessons.entries()) {
        tx.objectStore('lessonProgress').put({
          moduleId,
          lessonId: l.id,
          step: l.cards - 1,
          steps: l.cards,
          done: true,
          startedAt: t,
          updatedAt: t + i,
          completedAt: t + i,
          timeMs: 60_000,
        })
      }
      tx.objectStore('quizAttempts').put({
        id: 'old-attempt',
        moduleId,
        seed: 1,
        questionIds: questions,
        answers: {},
        current: questions.length - 1,
        mode: 'full',
        contentSchema: 1,
        startedAt: t + 100,
        updatedAt: t + 200,
        finishedAt: t + 200,
        correct: questions.length,
        total: questions.length,
        percent: 100,
        criticalIds: [],
        passed: true,
      })
      tx.objectStore('moduleStatus').put({
        moduleId,
        bestScore: 100,
        attempts: 1,
        quizPassedAt: t + 200,
        completedAt: t + 200,
        updatedAt: t + 200,
      })
      await new Promise((res, rej) => {
        tx.oncomplete = res
        tx.onerror = () => rej(tx.error)
      })
      db.close()
    },
    {
      moduleId: M1.meta.id,
      lessons: M1.lessons.map((l) => ({ id: l.id, cards: l.cards.length })),
      questions: M1.quiz.questions.map((q) => q.id),
    },
  )
  await page.goto('/')
  await expect(page.getByRole('link', { name: new RegExp(M1.meta.title) }).first()).toContainText('Đã hoàn thành')
  await page.goto(`/modules/${M1.meta.id}`)
  await expect(page.getByTestId('module-completed')).toContainText('Em đã hoàn thành mô-đun này ngày 20/10/2026')
  await expect(page.getByTestId('module-next')).toHaveCount(0)
  // Doing a practice now keeps the earlier completion date.
  await solvePractice(
    page,
    M1.meta.id,
    M1.practices.find((p) => p.type === 'order')!,
  )
  await page.goto(`/modules/${M1.meta.id}`)
  await expect(page.getByTestId('module-completed')).toContainText('20/10/2026')
})
