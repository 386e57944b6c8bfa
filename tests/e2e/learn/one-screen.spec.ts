// Issue #12, one screen per card: at 360×640 every card of every lesson shows its text and its next
// control together; a swipe moves a card; the arrow keys move cards; a finished lesson opens again at
// card 1.
import { expect, test, type Page } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import { chooseRole, content, finishLesson } from '../helpers'

const next = (page: Page) => page.getByTestId('lesson-actions').getByRole('button', { name: /^(Tiếp|Xong bài này)$/ })

// Issue #22, one screen per card honestly: a card whose text goes on under the Quay lại / Tiếp bar shows the
// "Kéo xuống đọc tiếp" cue, and "Tiếp" then scrolls to the rest (the same card stays) until all of it has
// been above the bar; only then does it move on. Walked at the default and the largest text size; the
// cards cued per module are written to test-results/screens/cues-<size>.json for the closing note.
/**
 * Walks one lesson's cards inside the page (fast: no round trip per press), pressing the real "Tiếp" /
 * "Xong bài này" button: on each card, once it has settled, the cue shows exactly when text is under the
 * bar; each press on a cued card keeps the same card and shows more of it, until none is hidden.
 */
function walkLesson(total: number): Promise<{ cued: number; maxHidden: number; problems: string[] }> {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()))
  const q = (sel: string) => document.querySelector(sel)
  const counter = () => q('.lesson .count')?.textContent?.trim()
  const measure = () => {
    const deck = q('[data-testid="lesson-deck"]')!.getBoundingClientRect()
    const bar = q('[data-testid="lesson-actions"]')!.getBoundingClientRect()
    const cue = q('[data-testid="read-on"]')?.getBoundingClientRect()
    return {
      hidden: Math.round(deck.bottom - bar.top),
      cue: cue !== undefined && cue.top >= 0 && cue.bottom <= bar.top + 1,
      barShown: bar.top >= 0 && bar.bottom <= innerHeight + 1,
    }
  }
  const settle = async () => {
    // Pictures and mock screens load just after the card: wait until its height holds still.
    let last = -1
    for (let i = 0; i < 40; i++) {
      await frame()
      await sleep(25)
      const h = q('[data-testid="lesson-deck"]')!.getBoundingClientRect().height
      if (h === last) break
      last = h
    }
    await frame()
  }
  const press = () =>
    [...document.querySelectorAll<HTMLButtonElement>('[data-testid="lesson-actions"] button')]
      .find((b) => /^(Tiếp|Xong bài này)$/.test(b.textContent!.trim()))!
      .click()
  return (async () => {
    const problems: string[] = []
    let cued = 0
    let maxHidden = 0
    for (let c = 0; c < total; c++) {
      const want = `Thẻ ${c + 1}/${total}`
      for (let i = 0; i < 200 && counter() !== want; i++) await sleep(20)
      if (counter() !== want) {
        problems.push(`card ${c + 1}: shows ${counter()}`)
        break
      }
      await settle()
      let m = measure()
      if (!m.barShown) problems.push(`card ${c + 1}: the bar is not on screen`)
      if (m.cue !== m.hidden > 4)
        problems.push(`card ${c + 1}: ${m.hidden}px under the bar, cue ${m.cue ? 'shown' : 'missing'}`)
      if (m.hidden > 4) {
        cued++
        maxHidden = Math.max(maxHidden, m.hidden)
      }
      for (let n = 0; m.hidden > 4 && n < 12; n++) {
        const before = m.hidden
        press()
        await frame()
        await frame()
        if (counter() !== want) {
          problems.push(`card ${c + 1}: Tiếp skipped ${before}px of text`)
          break
        }
        m = measure()
        if (m.hidden >= before) {
          problems.push(`card ${c + 1}: Tiếp did not show the rest (${before}px)`)
          break
        }
      }
      if (m.hidden > 4) problems.push(`card ${c + 1}: ${m.hidden}px never shown`)
      if (c + 1 < total) press()
    }
    return { cued, maxHidden, problems }
  })()
}

for (const size of ['normal', 'xlarge'] as const) {
  test(`every card of every module at ${size} text: no text under the bar without the cue, and "Tiếp" reveals the rest first`, async ({
    page,
  }) => {
    test.setTimeout(300_000)
    await chooseRole(page)
    if (size !== 'normal') {
      await page.goto('/settings')
      await page.getByRole('radio', { name: 'Rất lớn' }).check()
      await page.getByRole('button', { name: 'Lưu cài đặt' }).click()
      await expect(page.locator('html')).toHaveAttribute('data-text-size', size)
    }
    const cued: Record<string, { cards: number; cued: number; maxHidden: number }> = {}
    const problems: string[] = []
    for (const m of content) {
      const row = (cued[m.meta.id] = { cards: 0, cued: 0, maxHidden: 0 })
      for (const [i, l] of m.lessons.entries()) {
        await page.goto(`/modules/${m.meta.id}/lessons/${l.id}`)
        await expect(page.getByRole('heading', { level: 1, name: l.title })).toBeVisible()
        if (i === 0 && m === content[0]) {
          await expect(page.getByText('Kéo xuống đọc tiếp')).toBeInViewport()
          await page.screenshot({ path: `test-results/screens/after-cue-${size}.png` })
        }
        const r = await page.evaluate(walkLesson, l.cards.length)
        row.cards += l.cards.length
        row.cued += r.cued
        row.maxHidden = Math.max(row.maxHidden, r.maxHidden)
        problems.push(...r.problems.map((p) => `${m.meta.id}/${l.id} ${p}`))
      }
    }
    mkdirSync('test-results/screens', { recursive: true })
    writeFileSync(`test-results/screens/cues-${size}.json`, JSON.stringify(cued, null, 2))
    console.log(`cards cued at ${size} text:`, JSON.stringify(cued))
    expect(problems).toEqual([])
  })
}

async function swipe(page: Page, dx: number): Promise<void> {
  const deck = page.getByTestId('lesson-deck')
  const box = (await deck.boundingBox())!
  const y = box.y + Math.min(box.height / 2, 100)
  const x = box.x + box.width / 2
  await deck.dispatchEvent('pointerdown', { pointerType: 'touch', isPrimary: true, clientX: x, clientY: y })
  await deck.dispatchEvent('pointerup', {
    pointerType: 'touch',
    isPrimary: true,
    clientX: x + dx,
    clientY: y + 4,
  })
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
  await finishLesson(page, l.id)
  await page.goto(`/modules/${m.meta.id}`)
  await expect(page.getByRole('link', { name: new RegExp(l.title) })).toContainText('Học lại')
  await page.getByRole('link', { name: new RegExp(l.title) }).click()
  await expect(page.locator('main').getByText(`Thẻ 1/${n}`)).toBeVisible()
  await expect(page.getByTestId('relearn')).toBeVisible()
})

test('at the largest text size the header stays one line and the first screen of a lesson shows the card text', async ({
  page,
}) => {
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
