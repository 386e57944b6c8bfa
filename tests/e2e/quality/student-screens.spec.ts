// Issue #12's new screens pass axe (nothing serious or critical) in light and in dark mode: the province
// picker, Home's "Học tiếp", a lesson card with its picture and action bar, quiz feedback marked in place,
// a passed quiz with lessons left, the completion moment, badges, the certificate, and the learners card.
import { expect, test, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { answer, chooseRole, content, currentQuestion, moduleById, nextCard } from '../helpers'

async function axe(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    bad.map(
      (v) =>
        `${state}: ${v.id} — ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    ),
  ).toEqual([])
}

async function seedAllComplete(page: Page): Promise<void> {
  await page.evaluate(
    async (ids) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('ky-nang-so')
        r.onsuccess = () => res(r.result)
        r.onerror = rej
      })
      const tx = db.transaction(['moduleStatus', 'quizAttempts'], 'readwrite')
      ids.forEach((moduleId, i) => {
        const at = Date.UTC(2026, 10, 10 + i, 5)
        tx.objectStore('moduleStatus').put({
          moduleId,
          bestScore: 100,
          attempts: 1,
          quizPassedAt: at,
          completedAt: at,
          updatedAt: at,
        })
      })
      // A finished, passed attempt: the quiz page opens on its result, the completion moment.
      const at = Date.UTC(2026, 10, 14, 5)
      tx.objectStore('quizAttempts').put({
        id: 'seed-m5',
        moduleId: 'nen-tang-dia-phuong',
        seed: 1,
        questionIds: [],
        answers: {},
        current: 0,
        mode: 'full',
        contentSchema: 1,
        startedAt: at,
        updatedAt: at,
        finishedAt: at,
        correct: 15,
        total: 15,
        percent: 100,
        criticalIds: [],
        passed: true,
      })
      await new Promise((r) => (tx.oncomplete = r))
      db.close()
    },
    content.map((m) => m.meta.id),
  )
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the student's new screens pass axe in ${colorScheme} mode`, async ({ browser }) => {
    test.setTimeout(120_000)
    const page = await (await browser.newContext({ colorScheme, viewport: { width: 360, height: 640 } })).newPage()
    await page.goto('/')
    await page.getByRole('checkbox', { name: /Học sinh/ }).check()
    await page.getByLabel('Tìm tỉnh, thành phố').fill('ha')
    await axe(page, 'welcome with province search')
    // The class invite's welcome (an old invite: it asks the province too), its errors shown.
    await page.goto('/join#AQFAAAECAwQFBgcAAQIDBAUGBwgJCgsMDQ4PBhkDNkExGlRyxrDhu51uZyBUSENTIE5ndXnhu4VuIER19ClNig')
    await page.getByRole('button', { name: 'Vào lớp và học bài 1' }).click()
    await expect(page.getByText('Hãy nhập họ và tên của em.')).toBeVisible()
    await axe(page, 'invite welcome with errors')
    await page.goto('/')
    await chooseRole(page)

    const m = moduleById('dich-vu-cong')
    await page.goto(`/modules/${m.meta.id}/lessons/${m.lessons[0]!.id}`)
    await nextCard(page)
    await axe(page, 'lesson card')
    await page.getByTestId('listen').click()
    await axe(page, 'lesson card, Nghe')
    await page.goto('/')
    await expect(page.getByTestId('continue')).toContainText('Học tiếp')
    await axe(page, 'home with Học tiếp')
    await page.goto(`/modules/${m.meta.id}`)
    await axe(page, 'module page')

    // The mock DVC portal and its OTP trap, the code given away.
    await page.goto(`/modules/${m.meta.id}/practice/nop-ho-so-truc-tuyen`)
    await axe(page, 'mock DVC login')
    await page.getByLabel('Số định danh cá nhân').fill('079211000123')
    await page.getByLabel('Mật khẩu').fill('Abcdefg1!')
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.getByRole('button', { name: 'Gửi mã cho “Hỗ trợ Dịch vụ công”' }).click()
    await page.getByRole('button', { name: 'Hiểu rồi, tự nhập mã' }).click()
    await expect(page.getByTestId('otp-given')).toContainText('Em đã đưa mã OTP cho người lạ')
    await expect(page.locator('main').getByText('Đúng rồi!')).toHaveCount(0)
    await axe(page, 'OTP given away')
    // A spot round checked with nothing picked: every sign is marked in place as missed.
    const spot = m.practices.find((p) => p.type === 'spot')!
    await page.goto(`/modules/${m.meta.id}/practice/${spot.id}`)
    await page.getByRole('button', { name: 'Kiểm tra' }).click()
    const signs = spot.type === 'spot' ? spot.rounds[0]!.parts.filter((x) => x.suspicious).length : 0
    await expect(page.locator('.spot__part--missed')).toHaveCount(signs)
    await axe(page, 'spot practice, signs missed')

    await page.goto(`/modules/${m.meta.id}/quiz`)
    await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click()
    const total = m.quiz.questions.length
    for (let i = 1; i <= total; i++) {
      await expect(page.locator('main').getByText(`Câu ${i}/${total}`, { exact: true })).toBeVisible()
      await answer(page, await currentQuestion(page, m.quiz.questions), i === 1 ? 'critical' : 'right')
      if (i === 1) {
        await page.getByTestId('feedback').locator('summary').click()
        await axe(page, 'quiz feedback, explanations open')
      }
      await page.getByTestId('quiz-next').getByRole('button').click()
    }
    await axe(page, 'quiz result')

    await page.goto('/settings')
    await axe(page, 'settings with learners')
    await seedAllComplete(page)
    await page.goto('/modules/nen-tang-dia-phuong/quiz')
    await expect(page.getByTestId('module-complete')).toBeVisible()
    // The title rises in (0.8 s): axe measures its colours once it stands still, not half transparent.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
    await axe(page, 'completion moment')
    await page.goto('/progress')
    await expect(page.getByTestId('badges').locator('.earned')).toHaveCount(7)
    await axe(page, 'progress with badges')
    // In a class, the certificate carries a QR of its signed code (the /c link).
    await page.goto('/join#AQFAAAECAwQFBgcAAQIDBAUGBwgJCgsMDQ4PBhkDNkExGlRyxrDhu51uZyBUSENTIE5ndXnhu4VuIER19ClNig')
    await page.getByLabel('Họ và tên của em').fill('Minh')
    await page.getByLabel('Số thứ tự trong lớp').fill('4')
    await page.getByRole('button', { name: 'Vào lớp', exact: true }).click()
    await expect(page).not.toHaveURL(/\/join/)
    await page.goto('/progress/certificate')
    await expect(page.getByTestId('certificate')).toBeVisible()
    // The QR scans from the screen: at least 200 px.
    const qr = (await page.getByTestId('certificate-qr').locator('svg').boundingBox())!
    expect(Math.min(qr.width, qr.height)).toBeGreaterThanOrEqual(200)
    await axe(page, 'certificate')
  })
}
