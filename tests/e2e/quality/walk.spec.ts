// Quality gates over the whole app: accessibility (axe, WCAG 2.2 AA: no serious or critical
// violations), privacy (every request goes to the app's own origin), safe external links, nothing wider
// than a phone screen, and an offline walk-through of every route, lesson and practice.
import { expect, test, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { answer, chooseRole, content, currentQuestion, waitForServiceWorker, nextCard } from '../helpers'

const ROUTES = [
  '/',
  '/progress',
  '/settings',
  '/about',
  '/teacher',
  '/outreach',
  '/outreach/new',
  '/outreach/outcomes',
  '/send',
  '/join',
  '/join#hong',
  '/r',
  '/r#hong',
  '/locality',
  '/khong-co',
]

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

async function pageChecks(page: Page, where: string): Promise<void> {
  const unsafeLinks = await page.$$eval('a[target=_blank]', (as) =>
    as.filter((a) => !(a.getAttribute('rel') ?? '').includes('noopener')).map((a) => a.getAttribute('href')),
  )
  expect(unsafeLinks, `${where}: external links without rel=noopener`).toEqual([])
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, `${where}: page wider than the screen`).toBeLessThanOrEqual(0)
}

test('every route and state passes axe, stays on our origin, and fits a phone screen', async ({
  page,
  context,
  baseURL,
}) => {
  // Every route in two modes with axe on each: the walk grew with the hubs (issue 21); it takes ~3 min alone.
  test.setTimeout(420_000)
  const foreign: string[] = []
  context.on('request', (r) => {
    const url = new URL(r.url())
    if (url.origin !== new URL(baseURL!).origin && url.protocol !== 'data:' && url.protocol !== 'blob:')
      foreign.push(r.url())
  })
  const cspViolations: string[] = []
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text())
  })
  await page.goto('/')
  await axe(page, 'welcome')
  await chooseRole(page)
  for (const route of ROUTES) {
    await page.goto(route)
    await expect(page.locator('h1')).toBeVisible()
    await axe(page, route)
    await pageChecks(page, route)
  }
  for (const m of content) {
    await page.goto(`/modules/${m.meta.id}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(m.meta.title)
    await pageChecks(page, m.meta.id)
    for (const [i, l] of m.lessons.entries()) {
      await page.goto(`/modules/${m.meta.id}/lessons/${l.id}`)
      await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible()
      // Every card of the first lesson of each module goes through axe (mock screens included).
      for (let c = 0; c < l.cards.length; c++) {
        await pageChecks(page, `${l.id} card ${c + 1}`)
        if (i === 0) await axe(page, `${l.id} card ${c + 1}`)
        if (c + 1 < l.cards.length) await nextCard(page)
      }
    }
    for (const p of m.practices) {
      await page.goto(`/modules/${m.meta.id}/practice/${p.id}`)
      await expect(page.getByRole('heading', { level: 1, name: p.title })).toBeVisible()
      await pageChecks(page, p.id)
    }
    const first = m.practices.find((p) => p.type !== 'custom')
    if (first) {
      await page.goto(`/modules/${m.meta.id}/practice/${first.id}`)
      await axe(page, `practice ${first.type}`)
    }
  }
  // The quiz in its states: a question, its feedback, the result.
  const m = content[0]!
  await page.goto(`/modules/${m.meta.id}/quiz`)
  await axe(page, 'quiz start')
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click()
  await axe(page, 'quiz question')
  for (let i = 0; i < m.quiz.questions.length; i++) {
    await expect(
      page.locator('main').getByText(`Câu ${i + 1}/${m.quiz.questions.length}`, { exact: true }),
    ).toBeVisible()
    const q = await currentQuestion(page, m.quiz.questions)
    await answer(page, q, 'critical')
    if (i === 0) await axe(page, 'quiz feedback')
    await page.getByRole('button', { name: i + 1 < m.quiz.questions.length ? 'Câu tiếp' : 'Xem kết quả' }).click()
  }
  await expect(page.getByTestId('quiz-result')).toBeVisible()
  await axe(page, 'quiz result')
  await pageChecks(page, 'quiz result')
  await page.goto('/modules/dich-vu-cong/practice/nop-ho-so-truc-tuyen')
  await axe(page, 'dvc practice')
  // The teacher's class page and monthly report.
  await page.goto('/teacher')
  await page.getByLabel('Tên lớp (ví dụ 6A1)').fill('7B')
  await page.getByLabel('Trường', { exact: true }).fill('Trường THCS Thử Nghiệm')
  await page.getByRole('button', { name: 'Tạo lớp' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('7B')
  await axe(page, 'class page')
  await pageChecks(page, 'class page')
  await page.getByRole('link', { name: 'Báo cáo tháng' }).click()
  await expect(page.getByTestId('report-table')).toBeVisible()
  await axe(page, 'monthly report')
  await pageChecks(page, 'monthly report')
  // At the largest text size nothing may overflow either.
  await page.goto('/settings')
  await page.getByRole('radio', { name: 'Rất lớn' }).check()
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click()
  for (const route of [
    '/',
    '/settings',
    `/modules/${m.meta.id}`,
    `/modules/${m.meta.id}/lessons/${m.lessons[0]!.id}`,
  ]) {
    await page.goto(route)
    await pageChecks(page, `${route} at very large text`)
  }
  expect(foreign).toEqual([])
  expect(cspViolations).toEqual([])
})

test('offline after one visit: every route, lesson and practice opens', async ({ page, context }) => {
  test.setTimeout(180_000)
  await chooseRole(page)
  await waitForServiceWorker(page)
  await context.setOffline(true)
  for (const route of ROUTES) {
    await page.goto(route)
    await expect(page.locator('h1')).toBeVisible()
  }
  for (const m of content) {
    await page.goto(`/modules/${m.meta.id}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(m.meta.title)
    for (const l of m.lessons) {
      await page.goto(`/modules/${m.meta.id}/lessons/${l.id}`)
      await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible()
    }
    for (const p of m.practices) {
      await page.goto(`/modules/${m.meta.id}/practice/${p.id}`)
      await expect(page.getByRole('heading', { level: 1, name: p.title })).toBeVisible()
      await expect(page.locator('main button, main input').first()).toBeVisible()
    }
    await page.goto(`/modules/${m.meta.id}/quiz`)
    await expect(page.getByRole('button', { name: 'Bắt đầu làm bài' })).toBeVisible()
  }
})
