// The student walk in the oldest Chromium the npm registry provides for the browser baseline (Chrome 92 from
// @sparticuz/chromium, driven by puppeteer-core 10; installed apart in tests/old-engine/): onboarding, a whole
// lesson, a quiz answer saved and resumed after a reload — against the production build (`vite preview`, with
// its CSP and service worker). Chrome 92 lacks Object.hasOwn, structuredClone and CompressionStream
// ('deflate-raw'): the walk fails if the polyfills (src/app/polyfills.ts) do not load, or on any page error.
// Run by `npm test` after the Playwright tests; alone: `npx vite build && node scripts/old-chrome-walk.mjs`.
// Writes test-results/old-engine.json ({ passed, failed }). Port: E2E_PORT (the e2e server is stopped by then).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { e2ePort } from './ports.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const engineDir = join(root, 'tests/old-engine')
const ORIGIN = `http://localhost:${e2ePort}`
const results = { passed: 0, failed: 0, browser: '', tests: [] }

function finish(code) {
  mkdirSync(join(root, 'test-results'), { recursive: true })
  writeFileSync(join(root, 'test-results/old-engine.json'), JSON.stringify(results, null, 2))
  console.log(
    `old-engine walk${results.browser ? ` (${results.browser})` : ''}: ${results.passed} passed, ${results.failed} failed`,
  )
  process.exit(code)
}

if (!existsSync(join(engineDir, 'node_modules/@sparticuz/chromium'))) {
  console.error('The old Chromium is not installed: run `npm --prefix tests/old-engine ci` (60 MB, once).')
  results.failed = 1
  finish(1)
}
if (!existsSync(join(root, 'dist/index.html'))) {
  console.error('dist/ is missing: run `npx vite build` first.')
  results.failed = 1
  finish(1)
}

const require = createRequire(join(engineDir, 'package.json'))
const puppeteer = require('puppeteer-core')
const chromium = require('@sparticuz/chromium')
const lambdafs = require('@sparticuz/chromium/build/lambdafs.js')

/** Unpacks the brotli-packed binary into tests/old-engine/.chromium (once), not into the shared /tmp. */
async function executable() {
  const dir = join(engineDir, '.chromium')
  const exe = join(dir, 'chromium')
  if (existsSync(exe)) return exe
  mkdirSync(dir, { recursive: true })
  const tmp = process.env.TMPDIR
  process.env.TMPDIR = dir
  try {
    const bin = join(engineDir, 'node_modules/@sparticuz/chromium/bin')
    const [path] = await Promise.all([
      lambdafs.inflate(join(bin, 'chromium.br')),
      lambdafs.inflate(join(bin, 'swiftshader.tar.br')),
    ])
    return path
  } finally {
    if (tmp === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = tmp
  }
}

let preview
let browser
async function cleanup() {
  await browser?.close().catch(() => {})
  if (preview && preview.exitCode === null) {
    try {
      process.kill(-preview.pid, 'SIGTERM')
    } catch {
      /* gone */
    }
  }
}
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)))
process.on('SIGTERM', () => void cleanup().then(() => process.exit(143)))

async function waitForServer(ms = 30_000) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if ((await fetch(ORIGIN)).ok) return
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`vite preview did not answer on ${ORIGIN} in ${ms / 1000} s`)
}

// --- small helpers over puppeteer 10 (no role locators there) ---------------------------------------
const TIMEOUT = 20_000

/** Waits until `fn(arg)` in the page returns a truthy value; returns it. */
async function until(page, what, fn, arg) {
  try {
    const h = await page.waitForFunction(fn, { timeout: TIMEOUT, polling: 100 }, arg)
    return h.jsonValue()
  } catch {
    throw new Error(`not seen in ${TIMEOUT / 1000} s: ${what}`)
  }
}
const seeText = (page, text) =>
  until(
    page,
    `"${text}"`,
    (t) => document.querySelector('main, #app')?.textContent.replace(/\s+/g, ' ').includes(t),
    text,
  )

/**
 * Presses `name` until `text` shows: a long card's first "Tiếp" (or "Xong bài này") scrolls to the rest of the
 * card ("Kéo xuống đọc tiếp"), the next press moves on.
 */
async function pressUntil(page, name, text, tries = 6) {
  for (let i = 0; i < tries; i++) {
    await click(page, name)
    const shown = await page
      .waitForFunction(
        (t) => document.querySelector('main, #app')?.textContent.replace(/\s+/g, ' ').includes(t),
        { timeout: 1500, polling: 100 },
        text,
      )
      .then(
        () => true,
        () => false,
      )
    if (shown) return
  }
  throw new Error(`not seen after ${tries} presses of "${name}": "${text}"`)
}

/** Clicks the visible button (or link) whose text is `name`. */
async function click(page, name, selector = 'button, a') {
  await until(
    page,
    `${selector} "${name}"`,
    ([n, s]) => {
      const el = [...document.querySelectorAll(s)].find(
        (b) => b.textContent.replace(/\s+/g, ' ').trim() === n && b.offsetParent !== null && !b.disabled,
      )
      if (el) el.click()
      return !!el
    },
    [name, selector],
  )
}

/** Checks the radio or checkbox whose label text matches `pattern` (a RegExp source). */
async function check(page, pattern) {
  await until(
    page,
    `control labelled /${pattern}/`,
    (p) => {
      const re = new RegExp(p)
      const input = [...document.querySelectorAll('input[type=radio], input[type=checkbox]')].find((i) =>
        re.test((i.labels?.[0]?.textContent ?? i.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim()),
      )
      if (input) input.click()
      return !!input && input.checked
    },
    pattern,
  )
}

/** Types into the input labelled `label`. */
async function fill(page, label, value) {
  const id = await until(
    page,
    `field "${label}"`,
    (l) => {
      const lab = [...document.querySelectorAll('label')].find((x) => x.textContent.replace(/\s+/g, ' ').trim() === l)
      const input = lab?.control ?? document.querySelector(`[aria-label="${l}"]`)
      if (!input) return ''
      if (!input.id) input.id = `walk-${Math.random().toString(36).slice(2)}`
      return input.id
    },
    label,
  )
  await page.type(`#${id}`, value)
}

async function step(name, fn) {
  const t0 = Date.now()
  try {
    await fn()
    results.passed++
    results.tests.push({ name, ok: true, ms: Date.now() - t0 })
    console.log(`  ✓ ${name} (${Date.now() - t0} ms)`)
    return true
  } catch (e) {
    results.failed++
    results.tests.push({ name, ok: false, error: String(e?.message ?? e) })
    console.log(`  ✘ ${name}: ${e?.message ?? e}`)
    return false
  }
}

try {
  preview = spawn('npx', ['vite', 'preview', '--port', String(e2ePort), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  })
  await waitForServer()
  browser = await puppeteer.launch({
    executablePath: await executable(),
    args: [...chromium.args, '--no-sandbox', '--lang=vi-VN'],
    headless: true,
    defaultViewport: { width: 360, height: 640, isMobile: true, hasTouch: true },
  })
  results.browser = await browser.version()
  const page = await browser.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(String(e?.message ?? e)))
  page.on('console', (m) => {
    // Chrome < 97 does not know 'wasm-unsafe-eval' and says so: it ignores the source, which keeps the CSP
    // stricter (no WebAssembly), and the QR reader falls back to jsQR there.
    if (m.type() === 'error' && !/Failed to load resource|invalid source: ''wasm-unsafe-eval''/.test(m.text()))
      errors.push(m.text())
  })
  const noErrors = () => {
    if (errors.length) throw new Error(`page errors: ${errors.splice(0).join(' | ')}`)
  }
  const lacks = await page.evaluate(() => [typeof Object.hasOwn, typeof structuredClone])
  console.log(`${results.browser}: Object.hasOwn ${lacks[0]}, structuredClone ${lacks[1]} before the app loads`)

  const onboarded = await step('onboarding: role, province, name, "Bắt đầu" → the module list', async () => {
    await page.goto(ORIGIN, { waitUntil: 'domcontentloaded' })
    await seeText(page, 'Chào mừng đến với Kỹ năng số')
    await check(page, 'Học sinh')
    await fill(page, 'Tìm tỉnh, thành phố', 'Đồng Nai')
    await check(page, '^Đồng Nai$')
    await fill(page, 'Tên hiển thị (không bắt buộc)', 'Minh')
    await click(page, 'Bắt đầu')
    await until(
      page,
      'the module list with its modules',
      () => document.querySelectorAll('[data-testid=module-list] a').length >= 5,
    )
    // The polyfills ran: the old engine now has what the app uses.
    const has = await page.evaluate(() => typeof Object.hasOwn === 'function' && typeof structuredClone === 'function')
    if (!has) throw new Error('the polyfills did not load')
    noErrors()
  })

  if (onboarded)
    await step('a lesson: every card, "Xong bài này", saved', async () => {
      await page.evaluate(() => document.querySelector('[data-testid=module-list] a').click())
      await until(
        page,
        'a module page with its lessons',
        () => /\/modules\/[^/]+$/.test(location.pathname) && !!document.querySelector('main a[href*="/lessons/"]'),
      )
      await page.evaluate(() => document.querySelector('main a[href*="/lessons/"]').click())
      const total = Number(
        await until(
          page,
          'card counter "Thẻ 1/n"',
          () => /Thẻ 1\/(\d+)/.exec(document.querySelector('main')?.textContent ?? '')?.[1],
        ),
      )
      for (let i = 2; i <= total; i++) await pressUntil(page, 'Tiếp', `Thẻ ${i}/${total}`)
      await pressUntil(page, 'Xong bài này', 'Đã lưu: em đã học xong bài này.')
      noErrors()
    })

  if (onboarded)
    await step('a quiz answer is saved and resumed after a reload', async () => {
      const moduleId = await page.evaluate(() => location.pathname.split('/')[2])
      await page.goto(`${ORIGIN}/modules/${moduleId}/quiz`, { waitUntil: 'domcontentloaded' })
      await click(page, 'Bắt đầu làm bài')
      await until(page, 'question 1', () => /Câu 1\/\d+/.test(document.querySelector('main')?.textContent ?? ''))
      const prompt = await page.evaluate(() => document.querySelector('.question h2')?.textContent.trim())
      // Any answer will do: the first option, the first part of a message to spot, or the order as given.
      await page.evaluate(() => {
        const first = document.querySelector('.question input[type=radio], .question input[type=checkbox], .spot__part')
        first?.click()
      })
      await click(page, 'Trả lời')
      await until(page, 'the feedback', () => !!document.querySelector('[data-testid=feedback]'))
      await new Promise((r) => setTimeout(r, 500)) // the answer is written to IndexedDB right after the tap
      await page.reload({ waitUntil: 'domcontentloaded' })
      await until(
        page,
        'question 1 again, with its feedback',
        () =>
          /Câu 1\/\d+/.test(document.querySelector('main')?.textContent ?? '') &&
          !!document.querySelector('[data-testid=feedback]'),
      )
      const again = await page.evaluate(() => document.querySelector('.question h2')?.textContent.trim())
      if (again !== prompt) throw new Error(`resumed on another question: "${again}" instead of "${prompt}"`)
      noErrors()
    })
} catch (e) {
  console.error(`old-engine walk could not run: ${e?.message ?? e}`)
  results.failed++
} finally {
  await cleanup()
}
finish(results.failed ? 1 : 0)
