// Shared steps for end-to-end tests: first run, and solvers that answer practices and quizzes from the
// content files themselves (so the tests follow the content as it changes).
import { expect, type Page } from '@playwright/test'
import { loadAllContent, loadLocalityPacks } from '../../build/content-files.ts'
import type { ModuleContent, Practice, Question } from '../../src/content/schema.ts'

export const content: ModuleContent[] = loadAllContent()
export const localityPacks = loadLocalityPacks()
export const moduleById = (id: string): ModuleContent => content.find((m) => m.meta.id === id)!

/** First run asks the province: search for it, then pick it. */
export async function pickProvince(page: Page, province = 'Đồng Nai'): Promise<void> {
  await page.getByLabel('Tìm tỉnh, thành phố').fill(province)
  await page.getByRole('radio', { name: province, exact: true }).check()
}

/** Each role's hub, where the first run lands (a student's is Home with its module list). */
export const HUB_OF: Record<string, string> = {
  'Học sinh': '/',
  'Giáo viên': '/teacher',
  'Cán bộ phụ trách báo cáo của trường': '/school',
  'Cán bộ xã/phường hoặc Sở GDĐT': '/unit',
  'Tổ công nghệ số cộng đồng': '/outreach',
}

export async function chooseRole(page: Page, role = 'Học sinh', name = 'Minh', province = 'Đồng Nai'): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Kỹ năng số' })).toBeVisible()
  await page.getByRole('checkbox', { name: new RegExp(role.replace(/[/()]/g, '\\$&')) }).check()
  await pickProvince(page, province)
  if (name) await page.getByLabel('Tên hiển thị (không bắt buộc)').fill(name)
  await page.getByRole('button', { name: 'Bắt đầu' }).click()
  const hub = HUB_OF[role] ?? '/'
  if (hub === '/') await expect(page.getByTestId('module-list')).toBeVisible()
  else await expect(page).toHaveURL(new RegExp(`${hub}$`))
}

/** Waits until the service worker controls the page (a reload is needed after the first install). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const timeout = new Promise((_, reject) =>
      setTimeout(() => reject(new Error('service worker not ready in 20 s')), 20_000),
    )
    await Promise.race([navigator.serviceWorker.ready, timeout])
  })
  await page.reload()
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 })
    .toBe(true)
}

/** An adult's phone keeps its tools offline: every file of teacher-tools.json is in the tools cache. */
export async function waitForTeacherTools(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const files = (await (await fetch('/teacher-tools.json')).json()) as string[]
          const cache = await caches.open('kns-teacher-tools')
          const held = await Promise.all(files.map((f) => cache.match(f)))
          return files.length > 0 && held.every(Boolean)
        }),
      { timeout: 20_000 },
    )
    .toBe(true)
}

/** Moves items with the up/down buttons until they stand in `want` order. */
export async function arrange(page: Page, want: string[], text: (id: string) => string): Promise<void> {
  // The practice or question is an async component: read the list only once it is on screen.
  await expect(page.locator('.order__text')).toHaveCount(want.length)
  const items = page.locator('.order__text')
  for (let i = 0; i < want.length; i++) {
    const item = text(want[i]!).trim()
    // One step up per try, re-reading the list each time, until the item stands at place i: a click that lands
    // while the list re-renders on a busy machine is simply tried again, never counted as done.
    await expect(async () => {
      const at = (await items.allInnerTexts()).findIndex((t) => t.trim() === item)
      expect(at).toBeGreaterThanOrEqual(0)
      if (at > i) await page.getByRole('button', { name: `Đưa “${item}” lên trên` }).click()
      expect((await items.allInnerTexts())[i]?.trim()).toBe(item)
    }).toPass({ intervals: [0], timeout: 20_000 })
  }
}

export async function solvePractice(page: Page, moduleId: string, p: Practice): Promise<void> {
  await page.goto(`/modules/${moduleId}/practice/${p.id}`)
  await expect(page.getByRole('heading', { level: 1, name: p.title })).toBeVisible()
  if (p.type === 'order') {
    await arrange(
      page,
      p.items.map((i) => i.id),
      (id) => p.items.find((i) => i.id === id)!.text,
    )
    await page.getByRole('button', { name: 'Kiểm tra' }).click()
  } else if (p.type === 'match') {
    for (const item of p.items) {
      const group = p.groups.find((g) => g.id === item.group)!
      await page
        .locator('fieldset.mitem', { has: page.locator('legend', { hasText: item.text }) })
        .first()
        .getByRole('radio', { name: group.label, exact: true })
        .check()
    }
    await page.getByRole('button', { name: 'Kiểm tra' }).click()
  } else if (p.type === 'spot') {
    for (const [i, round] of p.rounds.entries()) {
      for (const part of round.parts.filter((x) => x.suspicious)) {
        await page.locator('.spot__part', { hasText: part.text }).first().click()
      }
      await page.getByRole('button', { name: 'Kiểm tra' }).click()
      await expect(page.locator('main').getByText('Chính xác!')).toBeVisible()
      await page.getByRole('button', { name: i + 1 < p.rounds.length ? 'Lượt tiếp' : 'Hoàn thành' }).click()
    }
  } else if (p.type === 'scenario') {
    let node = p.nodes.find((n) => n.id === p.start)!
    for (;;) {
      const unsafe = node.choices.find((c) => !c.safe)
      if (unsafe && node.id === p.start) {
        // Try one dangerous choice: its consequence is played back, then the learner tries again.
        await page.getByRole('button', { name: unsafe.text, exact: true }).click()
        await expect(page.locator('main').getByText('Điều gì sẽ xảy ra?')).toBeVisible()
        await page.getByRole('button', { name: 'Quay lại chọn lại' }).click()
      }
      const safe = node.choices.find((c) => c.safe)!
      await page.getByRole('button', { name: safe.text, exact: true }).click()
      await page.getByRole('button', { name: 'Tiếp tục' }).click()
      if (!safe.next) break
      node = p.nodes.find((n) => n.id === safe.next)!
    }
  } else if (p.component === 'dvc-application') {
    await solveDvcApplication(page)
  } else if (p.component === 'passphrase-builder') {
    await page.getByRole('button', { name: 'Abc@1234' }).click()
    await expect(page.locator('main').getByText('Điều gì sẽ xảy ra?')).toBeVisible()
    await page.getByRole('button', { name: 'Tạo cụm 4 từ ngẫu nhiên' }).click()
    await page.getByRole('button', { name: 'Em đã hiểu, hoàn thành' }).click()
  } else if (p.component === 'locality-practice') {
    const pack = localityPacks.find((x) => x.id === 'dong-nai')!
    for (const n of pack.needs) {
      const group = pack.groups.find((g) => g.id === n.group)!
      await page
        .locator('fieldset.mitem', { has: page.locator('legend', { hasText: n.need }) })
        .first()
        .getByRole('radio', { name: group.label, exact: true })
        .check()
    }
    await page.getByRole('button', { name: 'Kiểm tra' }).click()
  }
  await expect(page.getByTestId('practice-done')).toBeVisible()
}

async function solveDvcApplication(page: Page): Promise<void> {
  await page.getByLabel('Số định danh cá nhân').fill('0792')
  await page.getByLabel('Mật khẩu').fill('Abcdefg1!')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.locator('main').getByText('Số định danh cá nhân gồm đúng 12 chữ số')).toBeVisible()
  await page.getByLabel('Số định danh cá nhân').fill('079211000123')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.getByRole('button', { name: 'Không gửi, tự nhập mã vào cổng' }).click()
  await page.getByLabel('Mã OTP (6 chữ số)').fill('482913')
  await page.getByRole('button', { name: 'Xác nhận' }).click()
  await page.getByLabel(/Nhập tên thủ tục/).fill('trich luc')
  await page.getByRole('button', { name: /Cấp bản sao trích lục khai sinh/ }).click()
  await page.getByLabel('Họ và tên người yêu cầu').fill('Nguyễn Minh An')
  await page.getByLabel('Quan hệ với người được cấp trích lục').selectOption('ban-than')
  await page.getByLabel('Số điện thoại nhận thông báo').fill('0912345678')
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click()
  await expect(page.locator('main').getByText('Hãy đính kèm tờ khai')).toBeVisible()
  await page.getByRole('radio', { name: /To_khai_trich_luc.pdf/ }).check()
  await page.getByRole('button', { name: 'Nộp hồ sơ' }).click()
  await expect(page.getByTestId('file-code')).toHaveText(/^H99\.01-\d{6}-\d{4}$/)
  await page.getByRole('button', { name: 'Vào “Quản lý hồ sơ”' }).click()
  await page.getByRole('button', { name: 'Yêu cầu thanh toán' }).click()
  await page.getByRole('button', { name: /Thanh toán qua nền tảng/ }).click()
  await page.getByRole('button', { name: 'Xác nhận thanh toán' }).click()
  await page.getByRole('button', { name: 'Theo dõi trạng thái hồ sơ' }).click()
  await page.getByRole('button', { name: 'Làm mới trạng thái' }).click()
  await page.getByRole('button', { name: 'Làm mới trạng thái' }).click()
  await expect(page.locator('main').getByText('Hoàn thành cả quy trình!')).toBeVisible()
}

/** Answers the question on screen: right, or (when `critical`) with a dangerous option where one exists. */
export async function answer(page: Page, q: Question, how: 'right' | 'critical'): Promise<void> {
  if (q.type === 'spot') {
    for (const part of q.parts.filter((p) => p.suspicious))
      await page.locator('.spot__part', { hasText: part.text }).first().click()
  } else if (q.type === 'order') {
    await arrange(
      page,
      q.options.map((o) => o.id),
      (id) => q.options.find((o) => o.id === id)!.text,
    )
  } else {
    const critical = q.options.find((o) => o.critical)
    const pick = how === 'critical' && critical ? [critical] : q.options.filter((o) => o.correct)
    for (const o of pick) {
      await page.getByRole(q.type === 'multiple' ? 'checkbox' : 'radio', { name: o.text, exact: true }).check()
    }
  }
  await page.getByRole('button', { name: 'Trả lời', exact: true }).click()
  await expect(page.getByTestId('feedback')).toBeVisible()
}

/** The question on screen, found by its prompt. */
export async function currentQuestion(page: Page, quiz: Question[]): Promise<Question> {
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim()
  const prompt = norm(await page.locator('.question h2').first().innerText())
  const q = quiz.find((x) => norm(x.prompt) === prompt)
  expect(q, `question on screen: ${prompt}`).toBeDefined()
  return q!
}

/** Every lesson, every practice, then the quiz answered right: the module is complete. */
export async function completeModule(page: Page, moduleId: string): Promise<void> {
  const m = moduleById(moduleId)
  for (const l of m.lessons) {
    await page.goto(`/modules/${moduleId}/lessons/${l.id}`)
    await readToEnd(page, l.cards.length)
    await finishLesson(page, l.id)
  }
  for (const p of m.practices) await solvePractice(page, moduleId, p)
  await passQuiz(page, moduleId)
}

/** Moves to the next card: presses "Tiếp" until the card number changes (a long card first shows its rest). */
export async function nextCard(page: Page): Promise<void> {
  const count = page.locator('.lesson .count')
  const before = await count.innerText()
  for (let i = 0; i < 15; i++) {
    // While the cue shows, a press only scrolls: no need to wait for the card to change.
    const cue = await page.getByTestId('read-on').isVisible()
    await page.getByRole('button', { name: 'Tiếp', exact: true }).click()
    if (
      !cue &&
      (await expect(count)
        .not.toHaveText(before, { timeout: 2_000 })
        .then(
          () => true,
          () => false,
        ))
    )
      return
  }
  await expect(count).not.toHaveText(before)
}

/** Presses "Tiếp" until the lesson's last card is on screen (a long card takes one press to show its rest). */
export async function readToEnd(page: Page, cards: number): Promise<void> {
  const counter = page.locator('main').getByText(`Thẻ ${cards}/${cards}`)
  for (let i = 0; i < cards * 3 && !(await counter.isVisible()); i++)
    await page.getByRole('button', { name: 'Tiếp', exact: true }).click()
  await expect(counter).toBeVisible()
}

/** Presses "Xong bài này" until the lesson is left (a long last card takes a press to show its rest). */
export async function finishLesson(page: Page, lessonId: string): Promise<void> {
  const here = new RegExp(`/lessons/${lessonId}$`)
  for (let i = 0; i < 4 && here.test(page.url()); i++) {
    await page.getByRole('button', { name: 'Xong bài này' }).click()
    await page.waitForURL((u) => !here.test(u.pathname), { timeout: 1_000 }).catch(() => undefined)
  }
  await expect(page).not.toHaveURL(here)
}

/** Opens a class invite on a fresh phone and joins from its welcome: name, number, one button. */
export async function joinFromInvite(page: Page, invite: string, name: string, n: number): Promise<void> {
  await page.goto(invite.replace(/^https?:\/\/[^/]+/, ''))
  await page.getByLabel('Họ và tên của em').fill(name)
  await page.getByLabel('Số thứ tự trong lớp').fill(String(n))
  await page.getByRole('button', { name: 'Vào lớp và học bài 1' }).click()
  await expect(page.getByTestId('lesson-deck')).toBeVisible()
}

/** Starts the module's quiz and answers every question right. */
export async function passQuiz(page: Page, moduleId: string): Promise<void> {
  const m = moduleById(moduleId)
  await page.goto(`/modules/${moduleId}/quiz`)
  await page.getByRole('button', { name: /Bắt đầu làm bài|Làm lại cả bài/ }).click()
  const total = m.quiz.questions.length
  for (let i = 1; i <= total; i++) {
    await expect(page.locator('main').getByText(`Câu ${i}/${total}`, { exact: true })).toBeVisible()
    await answer(page, await currentQuestion(page, m.quiz.questions), 'right')
    await page.getByRole('button', { name: i < total ? 'Câu tiếp' : 'Xem kết quả' }).click()
  }
  await expect(page.getByRole('heading', { name: 'Em đã đạt!' })).toBeVisible()
  await expect(page.locator('main').getByText(`Đúng ${total}/${total} câu (100%)`)).toBeVisible()
}
