// The README's screenshots at 360×640: Home, a lesson card, quiz feedback, the completion moment and the
// certificate. Run against a served build: `npm run build && npx vite preview --port 4192` then
// `SCREENS_URL=http://localhost:4192 node scripts/readme-screens.mjs`. Writes docs/screens/*.png.
import { chromium } from '@playwright/test'
import { chromePath, chromeArgs } from './chrome.mjs'

const O = process.env.SCREENS_URL ?? 'http://localhost:4192'
const OUT = new URL('../docs/screens/', import.meta.url).pathname
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs })
const page = await (
  await browser.newContext({
    viewport: { width: 360, height: 640 },
    locale: 'vi-VN',
    reducedMotion: 'reduce',
  })
).newPage()
const shot = (name) => page.screenshot({ path: `${OUT}${name}.png` })

await page.goto(`${O}/`)
await page.getByRole('checkbox', { name: /Học sinh/ }).check()
await page.getByLabel('Tìm tỉnh, thành phố').fill('Đồng Nai')
await page.getByRole('radio', { name: 'Đồng Nai', exact: true }).check()
await page.getByLabel('Tên hiển thị (không bắt buộc)').fill('Minh An')
await page.getByRole('button', { name: 'Bắt đầu' }).click()
await page.getByTestId('module-list').waitFor()

// A lesson started, so Home shows "Học tiếp".
await page.goto(`${O}/modules/thanh-toan`)
await page.getByTestId('module-next').click()
await page.getByRole('button', { name: 'Tiếp' }).click()
await page.waitForTimeout(300)
await shot('lesson-card')
await page.goto(`${O}/`)
await page.getByTestId('continue-go').waitFor()
await shot('home')

// Quiz feedback: the second option of the first question, marked in place.
await page.goto(`${O}/modules/dich-vu-cong/quiz`)
await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click()
const choices = page.locator('label.choice')
if (await choices.count()) await choices.nth(1).click()
else
  await page
    .locator('.spot__part')
    .first()
    .click()
    .catch(() => undefined)
await page.getByRole('button', { name: 'Trả lời', exact: true }).click()
await page.getByTestId('feedback').waitFor()
await page.waitForTimeout(300)
await shot('quiz-feedback')

// The completion moment and the certificate, from seeded progress (all seven modules complete).
await page.evaluate(async () => {
  const ids = [
    'dich-vu-cong',
    'mua-sam',
    'thanh-toan',
    'tu-bao-ve',
    'nen-tang-dia-phuong',
    'an-ninh-mang',
    'chong-lua-dao',
  ]
  const db = await new Promise((res, rej) => {
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
  const at = Date.UTC(2026, 10, 14, 5)
  tx.objectStore('quizAttempts').put({
    id: 'shot-m5',
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
})
await page.goto(`${O}/modules/nen-tang-dia-phuong/quiz`)
await page.getByTestId('module-complete').scrollIntoViewIfNeeded()
await page.waitForTimeout(400)
await shot('completion')
await page.goto(`${O}/progress/certificate`)
await page.getByTestId('certificate').waitFor()
await page.waitForTimeout(300)
await shot('certificate')
await browser.close()
console.log(`screenshots in ${OUT}`)
