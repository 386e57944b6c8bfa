// Issue #12, always a next step: Home's "Học tiếp" card names the module, lesson and card; the module
// page's first button starts or carries on; module cards are compact (three fit a 360×640 screen).
import { expect, test } from '@playwright/test'
import { chooseRole, content, nextCard } from '../helpers'

test('Home shows "Học tiếp" with the card after a lesson is started; the module page carries on too', async ({
  page,
}) => {
  await chooseRole(page)
  const m = content[0]!
  const l = m.lessons[1]!
  const n = l.cards.length
  const card = page.getByTestId('continue')
  await expect(card).toContainText('Bắt đầu học')
  await expect(card).toContainText(`Bài 1: ${m.lessons[0]!.title} · thẻ 1/${m.lessons[0]!.cards.length}`)

  // Three module cards fit the screen between the header and the bottom navigation (about 520 px).
  const heights = await page.locator('.mcard').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))
  expect(heights).toHaveLength(content.length)
  for (const h of heights) expect(h).toBeLessThanOrEqual(174)

  await page.getByRole('link', { name: new RegExp(`^${m.meta.order}\\. ${m.meta.title}`) }).click()
  // The module's picture is meaningful on its own page (Vietnamese alt text), bundled, not fetched.
  await expect(page.getByRole('img', { name: 'Hình minh hoạ: toà nhà cơ quan nhà nước' })).toBeVisible()
  await expect(page.getByTestId('module-next')).toHaveText('Bắt đầu bài 1')
  await expect(page.getByTestId('module-next')).toBeInViewport({ ratio: 1 })

  await page.goto(`/modules/${m.meta.id}/lessons/${l.id}`)
  await nextCard(page)
  await nextCard(page)
  await expect(page.locator('main').getByText(`Thẻ 3/${n}`)).toBeVisible()

  await page.getByRole('link', { name: 'Học', exact: true }).click()
  await expect(card).toContainText('Học tiếp')
  await expect(card).toContainText(`Mô-đun 1: ${m.meta.title}`)
  await expect(card).toContainText(`Bài 2: ${l.title} · thẻ 3/${n}`)
  await expect(page.getByTestId('continue-go')).toBeInViewport({ ratio: 1 })
  await page.getByTestId('continue-go').click()
  await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible()
  await expect(page.locator('main').getByText(`Thẻ 3/${n}`)).toBeVisible()

  await page.goto(`/modules/${m.meta.id}`)
  await expect(page.getByTestId('module-next')).toHaveText('Học tiếp bài 2')
})
