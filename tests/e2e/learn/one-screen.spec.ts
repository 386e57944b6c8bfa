// Issue #12, one screen per card: at 360×640 every card of every lesson shows its text and its next
// control together; a swipe moves a card; the arrow keys move cards; a finished lesson opens again at
// card 1.
import { expect, test, type Page } from '@playwright/test'
import { chooseRole, content } from '../helpers'

const next = (page: Page) => page.getByTestId('lesson-actions').getByRole('button', { name: /^(Tiếp|Xong bài này)$/ })

test('every lesson card of every module shows its text and the next control at 360×640', async ({ page }) => {
  test.setTimeout(300_000)
  await chooseRole(page)
  for (const m of content) {
    for (const l of m.lessons) {
      await page.goto(`/modules/${m.meta.id}/lessons/${l.id}`)
      await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible()
      for (let c = 0; c < l.cards.length; c++) {
        const where = `${m.meta.id}/${l.id} thẻ ${c + 1}`
        await expect(page.locator('main').getByText(`Thẻ ${c + 1}/${l.cards.length}`), where).toBeVisible()
        await expect(next(page), where).toBeInViewport({ ratio: 1 })
        await expect(page.locator('.lcard > :first-child'), where).toBeInViewport()
        // Playwright clicks only what is on top at that point: nothing (nav, toast) covers the button.
        if (c + 1 < l.cards.length) await next(page).click({ trial: true })
        if (c + 1 < l.cards.length) await next(page).click()
      }
    }
  }
})

async function swipe(page: Page, dx: number): Promise<void> {
  const deck = page.getByTestId('lesson-deck')
  const box = (await deck.boundingBox())!
  const y = box.y + Math.min(box.height / 2, 100)
  const x = box.x + box.width / 2
  await deck.dispatchEvent('pointerdown', { pointerType: 'touch', isPrimary: true, clientX: x, clientY: y })
  await deck.dispatchEvent('pointerup', { pointerType: 'touch', isPrimary: true, clientX: x + dx, clientY: y + 4 })
}

test('a swipe and the arrow keys move cards; a finished lesson reopens at card 1', async ({ page }) => {
  await chooseRole(page)
  const m = content[0]!
  const l = m.lessons[0]!
  const n = l.cards.length
  await page.goto(`/modules/${m.meta.id}/lessons/${l.id}`)
  await expect(page.locator('main').getByText(`Thẻ 1/${n}`)).toBeVisible()
  await swipe(page, -150)
  await expect(page.locator('main').getByText(`Thẻ 2/${n}`)).toBeVisible()
  await swipe(page, 150)
  await expect(page.locator('main').getByText(`Thẻ 1/${n}`)).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('main').getByText(`Thẻ 2/${n}`)).toBeVisible()
  for (let c = 2; c < n; c++) await page.keyboard.press('ArrowRight')
  await expect(page.locator('main').getByText(`Thẻ ${n}/${n}`)).toBeVisible()
  await page.getByRole('button', { name: 'Xong bài này' }).click()
  await expect(page).not.toHaveURL(new RegExp(`${l.id}$`))
  await page.goto(`/modules/${m.meta.id}`)
  await expect(page.getByRole('link', { name: new RegExp(l.title) })).toContainText('Học lại')
  await page.getByRole('link', { name: new RegExp(l.title) }).click()
  await expect(page.locator('main').getByText(`Thẻ 1/${n}`)).toBeVisible()
  await expect(page.getByTestId('relearn')).toBeVisible()
})

test('at the largest text size the header stays one line and the first screen of a lesson shows the card text', async ({ page }) => {
  await chooseRole(page)
  await page.goto('/settings')
  await page.getByRole('radio', { name: 'Rất lớn' }).check()
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge')
  for (const m of content) {
    const l = m.lessons[0]!
    await page.goto(`/modules/${m.meta.id}/lessons/${l.id}`)
    await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible()
    const header = (await page.locator('header.header').boundingBox())!
    expect(header.height, 'header on one line').toBeLessThan(64)
    // The card's own words (its first paragraph, or its mock screen) are on the first screen.
    await expect(page.locator('.lcard').locator('p, figure').first(), m.meta.id).toBeInViewport()
    await expect(next(page)).toBeInViewport({ ratio: 1 })
  }
})

test('a practice folds its intro at the first move, so the step and its action are on screen', async ({ page }) => {
  await chooseRole(page)
  await page.goto('/modules/dich-vu-cong/practice/nop-ho-so-truc-tuyen')
  const intro = page.getByTestId('practice-intro')
  await expect(intro).toHaveAttribute('open', '')
  await page.getByLabel('Số định danh cá nhân').click()
  await expect(intro).not.toHaveAttribute('open', '')
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeInViewport({ ratio: 1 })
  // The intro is one tap away.
  await intro.locator('summary').click()
  await expect(intro).toHaveAttribute('open', '')
})
