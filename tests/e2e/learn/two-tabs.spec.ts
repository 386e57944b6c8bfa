// The same quiz open in two tabs (a student who opened the link twice): finishing it in one tab must not
// be undone by the other. A tab that hears of the save shows the result; a tab that did not hear (no
// BroadcastChannel) and answers is refused by the save transaction and shows the result too (issue #15).
import { expect, test } from '@playwright/test'
import { answer, chooseRole, currentQuestion, moduleById } from '../helpers'

const MODULE = 'dich-vu-cong'

test('a quiz finished in one tab stays finished, whatever the other tabs still show', async ({ context }) => {
  const quiz = moduleById(MODULE).quiz.questions
  const a = await context.newPage()
  await chooseRole(a)
  await a.goto(`/modules/${MODULE}/quiz`)
  await a.getByRole('button', { name: 'Bắt đầu làm bài' }).click()
  await expect(a.locator('main').getByText(`Câu 1/${quiz.length}`, { exact: true })).toBeVisible()

  const b = await context.newPage()
  await b.goto(`/modules/${MODULE}/quiz`)
  const c = await context.newPage()
  await c.addInitScript(() => {
    delete (window as { BroadcastChannel?: unknown }).BroadcastChannel
  })
  await c.goto(`/modules/${MODULE}/quiz`)
  for (const p of [b, c])
    await expect(p.locator('main').getByText(`Câu 1/${quiz.length}`, { exact: true })).toBeVisible()

  // Only the tab in front paints (Playwright waits for a stable element): bring each to the front to use it.
  await a.bringToFront()
  for (let i = 1; i <= quiz.length; i++) {
    await expect(a.locator('main').getByText(`Câu ${i}/${quiz.length}`, { exact: true })).toBeVisible()
    await answer(a, await currentQuestion(a, quiz), 'right')
    await a.getByRole('button', { name: i < quiz.length ? 'Câu tiếp' : 'Xem kết quả' }).click()
  }
  await expect(a.getByRole('heading', { name: 'Em đã đạt!' })).toBeVisible()

  // Tab b heard of the save and shows the result.
  await b.bringToFront()
  await expect(b.getByRole('heading', { name: 'Em đã đạt!' })).toBeVisible()
  // Tab c still shows question 1; its answer is refused, and it shows what is stored.
  await c.bringToFront()
  await expect(c.locator('main').getByText(`Câu 1/${quiz.length}`, { exact: true })).toBeVisible()
  // The toast and the screen-reader live region both carry the sentence: either being visible is enough.
  const told = expect(c.getByText('Bài này đã được làm tiếp ở một thẻ khác').first()).toBeVisible({
    timeout: 20_000,
  })
  // The answer is given, but the attempt on screen becomes the stored, finished one (no feedback shows).
  await answer(c, await currentQuestion(c, quiz), 'critical').catch(() => undefined)
  await told
  await expect(c.getByRole('heading', { name: 'Em đã đạt!' })).toBeVisible()

  // After all that, every tab (and a fresh load) finds the attempt finished.
  await a.bringToFront()
  await a.reload()
  await expect(a.getByRole('heading', { name: 'Em đã đạt!' })).toBeVisible()
  await a.goto('/progress')
  const stored = await a.evaluate(async (moduleId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('ky-nang-so')
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
    const all = await new Promise<Array<{ moduleId: string; finishedAt?: number }>>((resolve) => {
      const r = db.transaction('quizAttempts').objectStore('quizAttempts').getAll()
      r.onsuccess = () => resolve(r.result as Array<{ moduleId: string; finishedAt?: number }>)
    })
    db.close()
    return all.filter((x) => x.moduleId === moduleId)
  }, MODULE)
  expect(stored).toHaveLength(1)
  expect(stored[0]!.finishedAt).toBeGreaterThan(0)
})
