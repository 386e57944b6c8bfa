// `npm run bench`: builds the app, measures what a cheap phone on a thin data plan pays for it, and checks
// the budgets. Prints one table, writes bench/results.json, exits 1 when any figure is over budget.
// See bench/README.md for what each figure means and why the budgets are what they are.
//
// Steps: vite build → sizes from dist/ (gzip -9) → `vite preview` on :4180 → Lighthouse 12 (mobile,
// simulated throttling, 3 runs a page, medians) → cold start from the service-worker cache (Playwright,
// 4× CPU throttling, 3 runs, median) → table + JSON. The preview server and every Chrome are stopped on
// the way out, also when a step throws or the run is interrupted.
import { spawn, spawnSync, execSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { createSecureServer } from 'node:http2'
import { tmpdir } from 'node:os'
import { chromeArgs, chromePath } from './chrome.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')
const benchDir = join(root, 'bench')
const PORT = Number(process.env.BENCH_PORT || 4180)
const ORIGIN = `http://localhost:${PORT}`
const RUNS = 3

const MODULE_IDS = [
  'dich-vu-cong',
  'mua-sam',
  'thanh-toan',
  'tu-bao-ve',
  'nen-tang-dia-phuong',
  'an-ninh-mang',
  'chong-lua-dao',
]
const N_STUDENTS = 1000
/** A province's schools reporting to its Sở GDĐT. */
const N_SCHOOLS = 1000
const LH_PAGES = ['/', '/modules/dich-vu-cong/lessons/vneid-muc-1-2', '/modules/dich-vu-cong/quiz']
const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

const KB = 1024
const BUDGET = {
  firstPaintJs: 50 * KB,
  routeChunk: 35 * KB,
  contentChunk: 60 * KB,
  precache: 1.5 * KB * KB,
  // Issue 25, measured on a first visit at 1.6 Mbps / 300 ms RTT / 4× CPU / 360×640 (medians).
  fcpMs: 1200,
  usableMs: 2000,
  offlineReadyMs: 15_000,
  import1000Ms: 1000,
  import10000Ms: 5000,
  import1000SchoolsMs: 1000,
  paste2000Ms: 1000,
  lh: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 95 },
}
const LH_LABEL = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best-practices',
  seo: 'SEO',
}

const started = Date.now()
const log = (msg) => console.log(`\n[bench] ${msg}`)

// ---------------------------------------------------------------------------------------------------
// Clean-up: everything started here is registered, and stopped on success, error, signal or exit.
// ---------------------------------------------------------------------------------------------------
let preview // ChildProcess of `npx vite preview`, spawned in its own process group
let lhChrome // chrome-launcher instance
const browsers = new Set() // Playwright browsers (launched or connected)

function killPreviewSync(signal = 'SIGTERM') {
  if (!preview || preview.exitCode !== null || preview.signalCode !== null) return
  try {
    process.kill(-preview.pid, signal) // the group: npx and the vite process under it
  } catch {
    try {
      preview.kill(signal)
    } catch {
      /* already gone */
    }
  }
}

function killChromeSync() {
  if (!lhChrome) return
  try {
    process.kill(lhChrome.pid, 'SIGKILL')
  } catch {
    /* already gone */
  }
}

async function cleanup() {
  h2Server?.close()
  h2Server = undefined
  for (const b of browsers) {
    await b.close().catch(() => {})
  }
  browsers.clear()
  if (lhChrome) {
    const c = lhChrome
    lhChrome = undefined
    try {
      await c.kill()
    } catch {
      try {
        process.kill(c.pid, 'SIGKILL')
      } catch {
        /* gone */
      }
    }
  }
  if (preview) {
    killPreviewSync('SIGTERM')
    const p = preview
    await new Promise((resolve) => {
      if (p.exitCode !== null || p.signalCode !== null) return resolve()
      const t = setTimeout(() => {
        killPreviewSync('SIGKILL')
        resolve()
      }, 3000)
      p.once('exit', () => {
        clearTimeout(t)
        resolve()
      })
    })
    preview = undefined
  }
}

process.on('exit', () => {
  killPreviewSync('SIGKILL')
  killChromeSync()
})
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`\n[bench] ${sig}: stopping the preview server and Chrome`)
    cleanup().finally(() => process.exit(130))
  })
}
// A hung step must not hang CI: give up well after the ~8 minutes a normal run takes on a shared machine.
const watchdog = setTimeout(() => {
  console.error('\n[bench] gave up after 25 minutes')
  cleanup().finally(() => process.exit(2))
}, 25 * 60_000)
watchdog.unref()

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const withTimeout = (promise, ms, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms).unref()),
  ])
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** One row of the table (and of results.json). `budget` = { op: '<=' | '>=' | '=', value, text } or null. */
const figures = []
function figure(id, label, value, display, budget = null) {
  let status = '—'
  if (value === null || value === undefined) {
    status = '—'
  } else if (budget) {
    const ok =
      budget.op === '<=' ? value <= budget.value : budget.op === '>=' ? value >= budget.value : value === budget.value
    status = ok ? 'OK' : 'OVER'
  }
  figures.push({ id, label, value: value ?? null, display, budget, status })
}

function fail(msg) {
  const e = new Error(msg)
  e.bench = true
  throw e
}

// ---------------------------------------------------------------------------------------------------
// 1. Build
// ---------------------------------------------------------------------------------------------------
function build() {
  log('building (npx vite build)')
  const r = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) fail(`vite build failed (exit ${r.status ?? r.signal})`)
}

// ---------------------------------------------------------------------------------------------------
// 2. Sizes
// ---------------------------------------------------------------------------------------------------
function sizes() {
  log('measuring sizes (gzip -9)')
  const manifestPath = join(dist, '.vite', 'manifest.json')
  if (!existsSync(manifestPath)) fail('dist/.vite/manifest.json is missing: vite.config.ts needs build.manifest: true')
  /**
   * @type {Record<string, {file: string, imports?: string[], dynamicImports?: string[], css?: string[], isEntry?:
   * boolean, isDynamicEntry?: boolean}>}
   */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  const clean = (key) => key.replace(/^\0/, '')

  // First visit of `/`: index.html holds the welcome prerendered with its CSS inline (build/vite-plugin-prerender.ts)
  // and preloads the welcome route; the app itself is the entry script and its static imports.
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1]
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? []
  const fpJs = []
  const preloaded = []
  const fpCss = []
  const head = html.slice(0, html.indexOf('</head>'))
  for (const tag of tags) {
    const file = (u) => u.replace(/^\//, '').split(/[?#]/)[0]
    if (/^<script/i.test(tag) && /type\s*=\s*["']module["']/i.test(tag) && attr(tag, 'src'))
      fpJs.push(file(attr(tag, 'src')))
    else if (/^<link/i.test(tag) && /rel\s*=\s*["']modulepreload["']/i.test(tag))
      preloaded.push(file(attr(tag, 'href')))
    // Only a stylesheet linked in <head> holds the first paint (the route's, after the content, does not).
    else if (/^<link/i.test(tag) && /rel\s*=\s*["']stylesheet["']/i.test(tag) && head.includes(tag))
      fpCss.push(file(attr(tag, 'href')))
  }
  if (!fpJs.length) fail('no <script type="module"> found in dist/index.html')

  // The entry chunk and its static imports, transitively (from the manifest).
  const closure = (keys) => {
    const seen = new Set()
    const walk = (k) => {
      if (seen.has(k) || !manifest[k]) return
      seen.add(k)
      for (const i of manifest[k].imports ?? []) walk(i)
    }
    keys.forEach(walk)
    return seen
  }
  const entryKeys = Object.keys(manifest).filter((k) => manifest[k].isEntry)
  const entryFiles = new Set([...closure(entryKeys)].map((k) => manifest[k].file))
  const fpSet = new Set(fpJs)
  const missing = [...entryFiles].filter((f) => !preloaded.includes(f) && !fpSet.has(f))
  if (missing.length)
    console.warn(`[bench] warning: static imports of the entry not preloaded by index.html: ${missing.join(', ')}`)
  for (const f of entryFiles) fpSet.add(f)

  const fpJsBytes = [...fpSet].reduce((s, f) => s + gz(f), 0)
  figure('firstPaint.js', 'first-paint JS (/): the entry and its imports', fpJsBytes, kb(fpJsBytes), {
    op: '<=',
    value: BUDGET.firstPaintJs,
    text: '≤ 50 KB',
  })
  // What the welcome needs to be usable (hydrated): the entry plus the welcome route that index.html preloads.
  const screenSet = new Set([...fpSet, ...preloaded])
  const screenBytes = [...screenSet].reduce((s, f) => s + gz(f), 0)
  figure('firstScreen.js', 'JS until the welcome is usable (entry + welcome route)', screenBytes, kb(screenBytes))
  const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('')
  const inlineCssBytes = gzipSync(inlineCss, { level: 9 }).length
  const fpCssBytes = fpCss.reduce((s, f) => s + gz(f), 0)
  figure('firstPaint.css', 'first-paint CSS (/): linked in <head>', fpCssBytes, kb(fpCssBytes))
  figure('firstPaint.inlineCss', 'first-paint CSS (/): inline in index.html', inlineCssBytes, kb(inlineCssBytes))
  const htmlBytes = gz('index.html')
  figure('firstPaint.html', 'index.html (welcome, CSS inline; one round trip)', htmlBytes, kb(htmlBytes), {
    op: '<=',
    value: 14 * KB,
    text: '≤ 14 KB',
  })
  const allCss = []
  const walkDir = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name)
      if (e.isDirectory()) walkDir(p)
      else if (e.name.endsWith('.css')) allCss.push(relative(dist, p))
    }
  }
  walkDir(dist)
  const allCssBytes = allCss.reduce((s, f) => s + gz(f), 0)
  figure('css.total', `all CSS (${allCss.length} files)`, allCssBytes, kb(allCssBytes))

  // Route chunks: each lazily loaded page, with the static imports it needs beyond the first paint.
  const chunkCost = (key) => {
    const files = [...closure([key])].map((k) => manifest[k].file).filter((f) => f.endsWith('.js') && !fpSet.has(f))
    return { files, bytes: files.reduce((s, f) => s + gz(f), 0) }
  }
  const routes = {}
  const routeKeys = Object.keys(manifest)
    .filter((k) => manifest[k].isDynamicEntry && clean(k).endsWith('Page.vue'))
    .sort((a, b) => clean(a).localeCompare(clean(b)))
  for (const k of routeKeys) {
    const name = clean(k)
      .replace(/^src\/(features\/)?/, '')
      .replace(/\.vue$/, '')
    const { files, bytes } = chunkCost(k)
    routes[name] = { source: clean(k), files, gzipBytes: bytes }
    figure(`route.${name}`, `route ${name}`, bytes, kb(bytes), {
      op: '<=',
      value: BUDGET.routeChunk,
      text: '≤ 35 KB',
    })
  }
  if (!routeKeys.length) fail('no lazily loaded *Page.vue found in the Vite manifest')

  // Content chunks: one per module (`virtual:content/<id>`), plus any module not in the list yet.
  const contentKeys = new Map()
  for (const k of Object.keys(manifest)) {
    const m = clean(k).match(/^virtual:content\/([^?]+)/)
    if (m) contentKeys.set(m[1].replace(/\.js$/, ''), k)
  }
  const content = {}
  const ids = [...MODULE_IDS, ...[...contentKeys.keys()].filter((id) => !MODULE_IDS.includes(id)).sort()]
  for (const id of ids) {
    const k = contentKeys.get(id)
    if (!k) {
      // Content that is not in its own chunk is inlined somewhere bigger: count it as over budget.
      figure(`content.${id}`, `content ${id}`, Infinity, 'missing chunk', {
        op: '<=',
        value: BUDGET.contentChunk,
        text: '≤ 60 KB',
      })
      figures.at(-1).over =
        `OVER: content ${id}: no chunk for virtual:content/${id} in the build (inlined elsewhere, or the module is gone)`
      content[id] = null
      continue
    }
    const { files, bytes } = chunkCost(k)
    content[id] = { source: clean(k), files, gzipBytes: bytes }
    figure(`content.${id}`, `content ${id}`, bytes, kb(bytes), {
      op: '<=',
      value: BUDGET.contentChunk,
      text: '≤ 60 KB',
    })
  }

  // Precache: the files the service worker downloads on first visit (raw bytes, as stored on the phone).
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8')
  const entries = [...sw.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"\s*,\s*"?revision"?\s*:\s*(?:null|"[^"]*")\s*\}/g)].map(
    (m) => m[1],
  )
  if (!entries.length) fail('no precache entries ({url:"…",revision:…}) found in dist/sw.js')
  let precacheBytes = 0
  for (const url of entries) {
    const p = join(dist, url.replace(/^\//, '').split(/[?#]/)[0])
    if (!existsSync(p)) fail(`precache entry ${url} is not in dist/`)
    precacheBytes += statSync(p).size
  }
  figure('precache.total', `precache total (${entries.length} files)`, precacheBytes, kb(precacheBytes), {
    op: '<=',
    value: BUDGET.precache,
    text: '≤ 1.5 MB',
  })

  return {
    firstPaint: {
      js: [...fpSet],
      jsGzipBytes: fpJsBytes,
      css: fpCss,
      cssGzipBytes: fpCssBytes,
      inlineCssGzipBytes: inlineCssBytes,
      htmlGzipBytes: htmlBytes,
    },
    firstScreen: { js: [...screenSet], jsGzipBytes: screenBytes },
    css: { files: allCss.length, gzipBytes: allCssBytes },
    routes,
    content,
    precache: { files: entries.length, bytes: precacheBytes },
  }
}

// ---------------------------------------------------------------------------------------------------
// Preview server
// ---------------------------------------------------------------------------------------------------
async function startPreview() {
  log(`serving dist/ (npx vite preview --port ${PORT} --strictPort)`)
  let output = ''
  preview = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    cwd: root,
    detached: true, // own process group, so npx and vite stop together
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  preview.stdout.on('data', (d) => (output += d))
  preview.stderr.on('data', (d) => (output += d))
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (preview.exitCode !== null)
      fail(`vite preview exited (${preview.exitCode}) — is port ${PORT} in use?\n${output}`)
    try {
      // Our own build, not something else that happens to listen on the port.
      const r = await fetch(`${ORIGIN}/`, { signal: AbortSignal.timeout(2000) })
      if (r.ok && (await r.text()).includes('<div id="app"') && preview.exitCode === null) return
    } catch {
      /* not up yet */
    }
    await sleep(200)
  }
  fail(`vite preview did not answer on ${ORIGIN} within 30 s\n${output}`)
}

// ---------------------------------------------------------------------------------------------------
// First run: choose a role so that `/` shows the module list instead of redirecting to /welcome.
// ---------------------------------------------------------------------------------------------------
async function chooseRole(page) {
  await page.goto(`${ORIGIN}/`, { timeout: 30_000 })
  await page.getByRole('checkbox', { name: /^Học sinh/ }).check({ timeout: 15_000 })
  // First run asks the province (issue #12).
  await page.getByLabel('Tìm tỉnh, thành phố').fill('Đồng Nai', { timeout: 15_000 })
  await page.getByRole('radio', { name: 'Đồng Nai', exact: true }).check({ timeout: 15_000 })
  await page.getByRole('button', { name: 'Bắt đầu', exact: true }).click({ timeout: 15_000 })
  await page.locator('[data-testid=module-list]').waitFor({ state: 'visible', timeout: 15_000 })
}

// ---------------------------------------------------------------------------------------------------
// 3. Lighthouse
// ---------------------------------------------------------------------------------------------------
/** Vite's module runner for the app's TypeScript (the '@/' alias as in vite.config.ts). */
async function appModule(path) {
  const { runnerImport } = await import('vite')
  const config = { configFile: false, logLevel: 'silent', resolve: { alias: { '@': join(root, 'src') } } }
  return (await runnerImport(join(root, path), config)).module
}

/** Reads the first record of an IndexedDB store in the page (the class or unit the UI just created). */
const firstRecord = (page, store) =>
  page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('ky-nang-so')
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const all = req.result.transaction(name).objectStore(name).getAll()
          all.onsuccess = () => resolve(all.result.sort((x, y) => y.createdAt - x.createdAt)[0])
        }
      }),
    store,
  )

/** Creates a class through the UI; returns the stored class (with its key) and its invite link. */
async function createClass(page, className) {
  await page.goto(`${ORIGIN}/teacher`, { timeout: 30_000 })
  await page.getByLabel('Tên lớp (ví dụ 6A1)').fill(className)
  await page.getByLabel('Trường', { exact: true }).fill('Trường THCS Thử Nghiệm')
  await page.getByRole('button', { name: 'Tạo lớp' }).click()
  await page.waitForURL(/\/teacher\/class\//, { timeout: 15_000 })
  const invite = await (
    await page.waitForFunction(() => document.querySelector('[data-testid=invite-link]')?.value, null, {
      timeout: 15_000,
    })
  ).jsonValue()
  return { cls: await firstRecord(page, 'classes'), invite }
}

/** `n` signed receipts of new students of a class (made in Node with the class key). */
async function receiptCodes(cls, n) {
  const codec = await appModule('src/exchange/codec/index.ts')
  const figures = await appModule('src/exchange/codec/figures.ts')
  const key = codec.fromBase64url(cls.keyB64).bytes
  const codes = []
  for (let i = 0; i < n; i++) {
    const r = figures.fullReceipt({
      classId: cls.id,
      studentId: codec.newId(),
      name: `Học sinh số ${i + 1}`,
      classNumber: (i % 99) + 1,
      seq: 1,
    })
    codes.push(await codec.encodeReceipt(r, key))
  }
  return codes
}

/**
 * A paste as the phone makes it (a `paste` event carrying the text), not Playwright's `fill`: typing 1,000
 * lines into a text box goes through Chromium's editor, which is what the import box avoids for a long paste.
 */
async function pasteInto(box, text) {
  await box.evaluate((el, t) => {
    const data = new DataTransfer()
    data.setData('text/plain', t)
    el.focus()
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, text)
}

/**
 * Pastes `text` into the import box labelled `label`, presses "Nhập" and waits for the tally "Đã thêm `n`";
 * returns the milliseconds from the press to the tally on screen.
 */
async function importThroughBox(page, label, text, n) {
  await pasteInto(page.getByLabel(label), text)
  const t0 = Date.now()
  await page.getByRole('button', { name: 'Nhập', exact: true }).click({ timeout: 120_000 })
  await page
    .getByRole('status')
    .filter({ hasText: `Đã thêm ${n},` })
    .waitFor({ timeout: 120_000 })
  return Date.now() - t0
}

/**
 * The teacher's side with a whole grade: creates a class through the UI, makes 1,000 signed receipts
 * (in Node, with the class key read from the page's IndexedDB), pastes them into the import box and
 * times the import until the tally "Đã thêm 1000" is shown.
 */
let seeded = { classId: '', invite: '', importMs: null, rosterXlsxMs: null }
async function seedClass(page) {
  const { cls, invite } = await createClass(page, 'Khối 6')
  const codes = await receiptCodes(cls, N_STUDENTS)
  const importMs = await importThroughBox(page, 'Đường link hoặc mã kết quả', codes.join('\n'), N_STUDENTS)
  console.log(`[bench] imported ${N_STUDENTS} receipts in ${importMs} ms`)
  // A whole grade's class list (2,000 rows × 15 columns, tests/fixtures/rosters/) picked on the class page,
  // under the production CSP, until the preview says what it would save: median of 3.
  const rosterRuns = []
  for (let i = 0; i < 3; i++) {
    const r0 = Date.now()
    await page.getByLabel(/Hoặc chọn tệp danh sách/).setInputFiles(join(root, 'tests/fixtures/rosters/grade-2000.xlsx'))
    await page
      .getByTestId('roster-preview')
      .getByRole('status')
      .filter({ hasText: 'Sẽ lưu 2000 học sinh' })
      .waitFor({ timeout: 30_000 })
    rosterRuns.push(Date.now() - r0)
    await page.getByTestId('roster-preview').getByRole('button', { name: 'Huỷ' }).click()
  }
  const rosterXlsxMs = median(rosterRuns)
  console.log(`[bench] class list of 2000 rows from .xlsx in Chromium: ${rosterRuns.join(', ')} ms`)
  return { classId: cls.id, invite, importMs, rosterXlsxMs }
}

/**
 * A province's month at the Sở: creates a reporting unit through the UI, makes 1,000 signed school summaries
 * (in Node, with the unit key read from the page's IndexedDB), pastes them into the unit's import box and times
 * the import until all 1,000 result lines are shown. The unit's report over them is timed in Node.
 */
let seededUnit = { importMs: null, summaries: [] }
async function createUnit(page) {
  await page.goto(`${ORIGIN}/teacher`, { timeout: 30_000 })
  await page.getByRole('button', { name: 'Tạo đơn vị nhận báo cáo' }).click()
  await page.getByRole('radio', { name: /Sở GDĐT/ }).check()
  await page.getByLabel('Tên đơn vị').fill('Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm')
  await page.getByLabel('Địa bàn (xã, phường hoặc tỉnh)').fill('Tỉnh Thử Nghiệm')
  await page.getByRole('button', { name: 'Tạo đơn vị', exact: true }).click()
  await page.waitForURL(/\/unit\//, { timeout: 15_000 })
  return firstRecord(page, 'units')
}

/** A province's month of school summaries for a unit, signed with its key (in Node): the items and their codes. */
async function schoolSummaryCodes(unit) {
  const codec = await appModule('src/exchange/codec/index.ts')
  const key = codec.fromBase64url(unit.keyB64).bytes
  const month = codec.vnMonth(Date.now())
  const summaries = Array.from({ length: N_SCHOOLS }, (_, i) => ({
    unitId: unit.id,
    schoolId: codec.newId(),
    schoolName: `Trường THPT số ${i + 1} tỉnh Thử Nghiệm`,
    month,
    classes: 30,
    studentCount: 1200,
    modules: {
      'dich-vu-cong': { inMonth: 40, total: 900 },
      'mua-sam': { inMonth: 30, total: 600 },
      'thanh-toan': { inMonth: 20, total: 500 },
      'tu-bao-ve': { inMonth: 10, total: 400 },
      'nen-tang-dia-phuong': { inMonth: 5, total: 300 },
      'an-ninh-mang': { inMonth: 5, total: 200 },
      'chong-lua-dao': { inMonth: 50, total: 1000 },
    },
    staff: {
      teachers: 80,
      vneidLevel2: 78,
      dvcPortal: 70,
      fiveSkills: 60,
      completedAny: 50,
      completedAll: 10,
    },
    outreach: { sessions: 4, people: 120, helped: 150 },
    issuedAt: Date.now(),
    seq: 1,
  }))
  const codes = []
  for (const s of summaries) codes.push(await codec.encodeSchoolSummary(s, key))
  return { summaries, codes }
}

async function seedUnit(page) {
  const { summaries, codes } = await schoolSummaryCodes(await createUnit(page))
  const importMs = await importThroughBox(page, 'Đường link hoặc mã báo cáo', codes.join('\n'), N_SCHOOLS)
  console.log(`[bench] imported ${N_SCHOOLS} school summaries in ${importMs} ms`)
  return { importMs, summaries }
}

/** The unit's monthly report over a province's 1,000 school summaries (Node), median of 5. */
async function unitFigures() {
  const unit = await appModule('src/report/unit.ts')
  const s = seededUnit.summaries
  if (!s.length) return { reportMs: null }
  const runs = []
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    unit.unitReport(s, [], s[0].month)
    runs.push(performance.now() - t0)
  }
  return { reportMs: median(runs) }
}

/**
 * A class list of 1,000 rows from an .xlsx file (the school management system's export), read by the same
 * library and the same pure steps as the roster screen: read the sheet, cells to text, guess the columns,
 * build the list. Node (read-excel-file's node build over the same parser), median of 5.
 */
async function rosterFigures() {
  const { default: writeXlsxFile } = await import('write-excel-file/node')
  const { readSheet } = await import('read-excel-file/node')
  const roster = await appModule('src/domain/roster.ts')
  const rows = [
    ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính'].map((value) => ({ value })),
    ...Array.from({ length: 1000 }, (_, i) => [
      { value: i + 1 },
      { value: `Nguyễn Thị Học Sinh Số ${i + 1}` },
      { value: '01/02/2013' },
      { value: i % 2 ? 'Nam' : 'Nữ' },
    ]),
  ]
  const xlsx = await writeXlsxFile(rows).toBuffer()
  const runs = []
  let entries = 0
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    const grid = (await readSheet(xlsx)).map((r) => r.map(roster.cellText))
    const result = roster.rosterFromGrid(grid, roster.guessColumns(grid))
    runs.push(performance.now() - t0)
    entries = result.ok ? result.entries.length : 0
  }
  return { ms: median(runs), entries }
}

/**
 * The lesson plans: each plan's document model and its .docx (the same code as the plan screen, in Node),
 * median of 5 for the longest plan (most blocks). The docx library chunk's size is reported beside it.
 */
async function planFigures() {
  const files = await appModule('build/content-files.ts')
  const model = await appModule('src/report/lessonPlan.ts')
  const { planDocx } = await appModule('src/report/export/docx.ts')
  const words = (await appModule('src/i18n/vi-teach.ts')).default.teach.doc
  const modules = files.loadAllContent()
  const plans = files.loadPlans(undefined, modules)
  const fields = {
    school: 'Trường THCS Lê Lợi',
    department: 'Tổ Khoa học xã hội',
    teacher: 'Nguyễn Thị Lan',
    className: '7A',
    grade: 7,
  }
  const docs = plans.map((p) => ({
    id: p.moduleId,
    doc: model.planDocument(
      p,
      modules.find((m) => m.meta.id === p.moduleId),
      fields,
      [],
      words,
    ),
  }))
  const longest = docs.sort((a, b) => b.doc.blocks.length - a.doc.blocks.length)[0]
  const runs = []
  let bytes = 0
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    const blob = await planDocx(longest.doc)
    runs.push(performance.now() - t0)
    bytes = blob.size
  }
  return { id: longest.id, blocks: longest.doc.blocks.length, ms: median(runs), bytes }
}

/** Receipt size and QR version, and the monthly report's aggregation over 1,000 students (Node). */
async function classroomFigures() {
  const figures = await appModule('src/exchange/codec/figures.ts')
  const report = await appModule('src/report/class.ts')
  const f = await figures.fullReceiptFigures()
  const students = Array.from({ length: N_STUDENTS }, (_, i) => {
    const r = figures.fullReceipt({ studentId: `s${i}`, classNumber: (i % 99) + 1 })
    return {
      classId: r.classId,
      studentId: r.studentId,
      name: r.name,
      classNumber: r.classNumber,
      lastSeq: 1,
      lastReceiptAt: r.issuedAt,
      modules: r.modules,
    }
  })
  const runs = []
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    for (const m of ['2026-09', '2026-10', '2026-11']) report.monthlyFigures(students, m)
    runs.push((performance.now() - t0) / 3)
  }
  return { ...f, reportMs: median(runs) }
}

async function runLighthouse() {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const { chromium } = await import('playwright-core')

  log('starting Chrome for Lighthouse')
  lhChrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: ['--headless=new', ...chromeArgs],
    logLevel: 'silent',
  })
  const cdpUrl = `http://127.0.0.1:${lhChrome.port}`

  // Connects Playwright to that Chrome, runs `fn(page, cdp)` in a fresh tab, closes the tab, disconnects
  // (Playwright must not stay attached while Lighthouse measures).
  const withTab = async (fn) => {
    const browser = await chromium.connectOverCDP(cdpUrl, { timeout: 15_000 })
    browsers.add(browser)
    try {
      const context = browser.contexts()[0] ?? (await browser.newContext())
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      const result = await fn(page, cdp)
      await page.close()
      return result
    } finally {
      browsers.delete(browser)
      await browser.close().catch(() => {})
    }
  }

  // Removes what the previous load left that would turn the next one into a repeat visit
  // (service worker, its cache, the HTTP cache) — but keeps IndexedDB, where the chosen role is.
  const resetForNetworkLoad = (cdp) =>
    Promise.all([
      cdp.send('Storage.clearDataForOrigin', {
        origin: ORIGIN,
        storageTypes: 'service_workers,cache_storage',
      }),
      cdp.send('Network.clearBrowserCache'),
    ])

  log('seeding the profile (role "Học sinh") in that Chrome')
  const chromeVersion = await withTab(async (page, cdp) => {
    await chooseRole(page)
    const unregistered = await page.evaluate(async () => {
      // Let the worker finish installing first, or it could register again after we unregister it.
      await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 15_000))])
      const regs = await navigator.serviceWorker.getRegistrations()
      await Promise.all(regs.map((r) => r.unregister()))
      return regs.length
    })
    console.log(`[bench] service workers unregistered: ${unregistered}`)
    seeded = await seedClass(page)
    seededUnit = await seedUnit(page)
    await resetForNetworkLoad(cdp)
    return page.context().browser()?.version() ?? ''
  })

  const flags = {
    port: lhChrome.port,
    output: 'html',
    logLevel: 'error',
    onlyCategories: LH_CATEGORIES,
    disableStorageReset: true, // keep the profile (IndexedDB); we clear the SW and the caches ourselves
  }

  const results = {}
  const teacherPath = `/teacher/class/${seeded.classId}`
  for (const path of [...LH_PAGES, teacherPath]) {
    const runs = []
    const reports = []
    for (let i = 0; i < RUNS; i++) {
      await withTab((_page, cdp) => resetForNetworkLoad(cdp))
      const t0 = Date.now()
      const result = await lighthouse(`${ORIGIN}${path}`, flags)
      const lhr = result?.lhr
      if (!lhr) fail(`Lighthouse returned no result for ${path}`)
      if (lhr.runtimeError) fail(`Lighthouse failed on ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
      const final = new URL(lhr.finalDisplayedUrl)
      if (final.pathname !== path) {
        fail(
          `Lighthouse measured ${lhr.finalDisplayedUrl} instead of ${ORIGIN}${path}` +
            (final.pathname.startsWith('/welcome')
              ? ' — the first-run redirect: the seeded role was lost (storage reset?)'
              : ''),
        )
      }
      const scores = Object.fromEntries(
        LH_CATEGORIES.map((c) => [
          c,
          lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100),
        ]),
      )
      const num = (id) => lhr.audits[id]?.numericValue ?? null
      const run = {
        ...scores,
        lcpMs: num('largest-contentful-paint'),
        tbtMs: num('total-blocking-time'),
        cls: num('cumulative-layout-shift'),
        finalUrl: lhr.finalDisplayedUrl,
      }
      // Audits below full marks in each category, kept to explain a category that misses its budget.
      run.belowFull = {}
      for (const c of LH_CATEGORIES) {
        run.belowFull[c] = (lhr.categories[c]?.auditRefs ?? [])
          .map((ref) => lhr.audits[ref.id])
          .filter(
            (a) =>
              a &&
              a.score !== null &&
              a.score < 1 &&
              !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode),
          )
          .map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue ?? '' }))
      }
      runs.push(run)
      reports.push(result.report)
      console.log(
        `[bench] LH ${path} run ${i + 1}/${RUNS}: ${LH_CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}; ` +
          `LCP ${Math.round(run.lcpMs)} ms, TBT ${Math.round(run.tbtMs)} ms, CLS ${run.cls?.toFixed(3)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
      )
    }
    const med = {}
    for (const c of LH_CATEGORIES) med[c] = runs.some((r) => r[c] === null) ? null : median(runs.map((r) => r[c]))
    for (const m of ['lcpMs', 'tbtMs', 'cls']) med[m] = median(runs.map((r) => r[m] ?? NaN))
    // Keep the HTML report of the run whose performance score is the median (bench/lighthouse/ is git-ignored).
    const medianRun = runs.map((r, i) => [r.performance, i]).sort((a, b) => a[0] - b[0])[runs.length >> 1][1]
    mkdirSync(join(benchDir, 'lighthouse'), { recursive: true })
    const reportFile = join(
      'bench',
      'lighthouse',
      `${path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replace(/\//g, '_')}.html`,
    )
    writeFileSync(join(root, reportFile), reports[medianRun])

    for (const c of LH_CATEGORIES) {
      const b = BUDGET.lh[c]
      const budget = b === 100 ? { op: '=', value: 100, text: '= 100' } : { op: '>=', value: b, text: `≥ ${b}` }
      figure(`lh.${path}.${c}`, `LH ${path} ${LH_LABEL[c]}`, med[c], med[c] === null ? 'error' : String(med[c]), budget)
    }
    figure(`lh.${path}.lcp`, `LH ${path} LCP`, Math.round(med.lcpMs), `${Math.round(med.lcpMs)} ms`)
    figure(`lh.${path}.tbt`, `LH ${path} TBT`, Math.round(med.tbtMs), `${Math.round(med.tbtMs)} ms`)
    figure(`lh.${path}.cls`, `LH ${path} CLS`, Number(med.cls.toFixed(3)), med.cls.toFixed(3))

    // Failing categories: which audits (in any run) kept them below full marks.
    const failing = {}
    for (const c of LH_CATEGORIES) {
      const b = BUDGET.lh[c]
      if (med[c] !== null && med[c] >= b) continue
      const byId = new Map()
      for (const r of runs)
        for (const a of r.belowFull[c]) byId.set(a.id, { ...a, runs: (byId.get(a.id)?.runs ?? 0) + 1 })
      failing[c] = [...byId.values()]
    }
    results[path] = {
      runs: runs.map(({ belowFull: _, ...r }) => r),
      median: med,
      report: reportFile,
      failingAudits: failing,
    }
  }

  const c = lhChrome
  lhChrome = undefined
  await c.kill()
  return { chrome: chromeVersion, pages: results }
}

// ---------------------------------------------------------------------------------------------------
// 4. Cold start from the service-worker cache (repeat visit), 4× CPU throttling
// ---------------------------------------------------------------------------------------------------
async function coldStart() {
  const { chromium } = await import('playwright-core')
  log('cold start from the service-worker cache (Playwright, 360×640, 4× CPU)')
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs, timeout: 30_000 })
  browsers.add(browser)
  try {
    const context = await browser.newContext({
      viewport: { width: 360, height: 640 },
      serviceWorkers: 'allow',
    })
    const first = await context.newPage()
    await chooseRole(first)
    await withTimeout(
      first.evaluate(() => navigator.serviceWorker.ready.then(() => true)),
      20_000,
      'navigator.serviceWorker.ready',
    )
    await first.reload({ timeout: 30_000 })
    await first.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 })
    await first.close()

    const runs = []
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      // A cold start: the worker is not running yet (the browser stops idle workers after ~30 s).
      await cdp.send('ServiceWorker.enable')
      await cdp.send('ServiceWorker.stopAllWorkers')
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      // Records, inside the page, the first frame where a module is visible (ms since navigation start).
      await page.addInitScript(() => {
        const check = () => {
          const li = document.querySelector('[data-testid=module-list] li')
          if (
            li &&
            li.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
            li.getBoundingClientRect().height > 0
          ) {
            window.__benchVisibleAt = performance.now()
            window.__benchControlled = navigator.serviceWorker?.controller !== null
            return
          }
          requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      })
      await page.goto(`${ORIGIN}/`, { waitUntil: 'commit', timeout: 30_000 })
      const handle = await page.waitForFunction(
        () =>
          window.__benchVisibleAt !== undefined && {
            at: window.__benchVisibleAt,
            controlled: window.__benchControlled,
          },
        null,
        { timeout: 30_000, polling: 100 },
      )
      const { at, controlled } = await handle.jsonValue()
      if (!controlled) fail('cold start: the page was not served by the service worker')
      runs.push(at)
      console.log(`[bench] cold start run ${i + 1}/${RUNS}: ${Math.round(at)} ms`)
      await page.close()
    }
    const ms = Math.round(median(runs))
    figure('coldStart.swCache', 'cold start / from SW cache (4× CPU)', ms, `${ms} ms`)
    return { runsMs: runs.map((x) => Math.round(x)), medianMs: ms }
  } finally {
    browsers.delete(browser)
    await browser.close().catch(() => {})
  }
}

// ---------------------------------------------------------------------------------------------------
// 5. A cheap phone on a thin link (issue 25): 1.6 Mbps down, 300 ms RTT, 4× CPU, 360×640, fresh profile
// ---------------------------------------------------------------------------------------------------
const THROTTLED_RUNS = Number(process.env.BENCH_THROTTLED_RUNS || 5)
const SLOW_LINK = { offline: false, latency: 300, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 }

/**
 * The first visits are measured as the issue measured them: over HTTP/2 with brotli, as the app is deployed (a
 * static host), not over `vite preview`'s HTTP/1.1, where Chromium opens six connections per host and a page of 20
 * small files waits ~4 round trips for its last one (300 ms each on this link) — a cost no real phone pays.
 * dist/ is served as is: the files, index.html for a page's URL, each compressed with brotli once.
 */
const H2_PORT = Number(process.env.BENCH_H2_PORT || PORT + 1)
const H2_ORIGIN = `https://localhost:${H2_PORT}`
let h2Server
async function startH2() {
  const dir = join(tmpdir(), `kns-bench-cert-${process.pid}`)
  mkdirSync(dir, { recursive: true })
  const key = join(dir, 'key.pem')
  const cert = join(dir, 'cert.pem')
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
    ],
    { stdio: 'ignore' },
  )
  if (made.status !== 0) fail('openssl could not make the HTTPS certificate the HTTP/2 server needs')
  const types = {
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.html': 'text/html; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
    '.webmanifest': 'application/manifest+json',
    '.png': 'image/png',
    '.wasm': 'application/wasm',
    '.txt': 'text/plain',
  }
  const cache = new Map()
  h2Server = createSecureServer({ key: readFileSync(key), cert: readFileSync(cert), allowHTTP1: true }, (req, res) => {
    const path = decodeURIComponent(new URL(req.url, H2_ORIGIN).pathname)
    let file = join(dist, path)
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html')
    const ext = file.slice(file.lastIndexOf('.'))
    let body = cache.get(file)
    if (!body) cache.set(file, (body = brotliCompressSync(readFileSync(file))))
    res.writeHead(200, {
      'content-type': types[ext] ?? 'application/octet-stream',
      'content-encoding': 'br',
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    res.end(body)
  })
  await new Promise((resolve, reject) => h2Server.once('error', reject).listen(H2_PORT, '127.0.0.1', resolve))
}

/** A fresh profile with the slow link and the slow CPU on its first page. */
async function slowPhone(browser, { network = true } = {}) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    serviceWorkers: 'allow',
    ignoreHTTPSErrors: true,
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  if (network) await cdp.send('Network.emulateNetworkConditions', SLOW_LINK)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  return { context, page, cdp }
}

/**
 * One first visit of `url`: first contentful paint, "usable" (the first screen's main button `button` on
 * screen and enabled, i.e. the app is running) and, when `offline`, the moment the service worker is active
 * with its precache complete (navigator.serviceWorker.ready), all in ms since navigation start.
 */
async function firstVisit(browser, url, button, offline) {
  const { context, page } = await slowPhone(browser)
  try {
    await page.addInitScript((name) => {
      const check = () => {
        const b = [...document.querySelectorAll('button')].find((x) => x.textContent?.trim() === name)
        // The prerendered welcome (#app[data-ssr]) shows the button before the app runs: usable once hydrated.
        if (b && !b.disabled && !b.closest('[data-ssr]') && b.getBoundingClientRect().height > 0)
          return (window.__benchUsableAt = performance.now())
        requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
      navigator.serviceWorker?.ready.then(() => (window.__benchReadyAt = performance.now()))
    }, button)
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 })
    const r = await page.waitForFunction(
      (offline) => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime
        const done = fcp !== undefined && window.__benchUsableAt !== undefined && (!offline || window.__benchReadyAt)
        return done && { fcp, usable: window.__benchUsableAt, ready: window.__benchReadyAt ?? null }
      },
      offline,
      { timeout: 180_000, polling: 100 },
    )
    return await r.jsonValue()
  } finally {
    await context.close()
  }
}

/** Imports at 4× CPU (fast link, the cost is the phone's): receipts, school summaries, and the paste box. */
async function throttledImports(browser) {
  const { context, page, cdp } = await slowPhone(browser, { network: false })
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    await chooseRole(page)
    const out = {}
    for (const n of [1000, 10_000]) {
      const { cls } = await createClass(page, `Khối ${n}`)
      const codes = await receiptCodes(cls, n)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      out[`receipts${n}`] = await importThroughBox(page, 'Đường link hoặc mã kết quả', codes.join('\n'), n)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
      console.log(`[bench] 4× CPU: imported ${n} receipts in ${out[`receipts${n}`]} ms`)
    }
    // The paste box with a 2,000-line chat (links inside sentences): from the paste to "Nhập" enabled and a frame.
    const { cls } = await createClass(page, 'Khối chat')
    const chat = (await receiptCodes(cls, 2000)).map((c, i) => `Em số ${i + 1} gửi cô: ${ORIGIN}/r#${c} ạ.`).join('\n')
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    const box = page.getByLabel('Đường link hoặc mã kết quả')
    const t0 = Date.now()
    await pasteInto(box, chat)
    await page.getByRole('button', { name: 'Nhập', exact: true }).waitFor({ state: 'visible' })
    await page.waitForFunction(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => resolve(!document.querySelector('form button[type=submit]')?.disabled)),
        ),
    )
    out.paste2000 = Date.now() - t0
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    console.log(`[bench] 4× CPU: 2000-line paste ready in ${out.paste2000} ms`)
    const { codes } = await schoolSummaryCodes(await createUnit(page))
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    out.schools1000 = await importThroughBox(page, 'Đường link hoặc mã báo cáo', codes.join('\n'), N_SCHOOLS)
    console.log(`[bench] 4× CPU: imported ${N_SCHOOLS} school summaries in ${out.schools1000} ms`)
    return out
  } finally {
    await context.close()
  }
}

async function throttled(inviteUrl) {
  const { chromium } = await import('playwright-core')
  log(`a cheap phone: 1.6 Mbps, 300 ms RTT, 4× CPU, 360×640, fresh profile, medians of ${THROTTLED_RUNS}`)
  // The self-signed certificate of the HTTP/2 server is accepted (the service worker too needs a valid one).
  const browser = await chromium.launch({
    executablePath: chromePath(),
    args: [...chromeArgs, '--ignore-certificate-errors'],
    timeout: 30_000,
  })
  browsers.add(browser)
  await startH2()
  log(`first visits over HTTP/2 + brotli (${H2_ORIGIN})`)
  try {
    const visits = { home: [], invite: [] }
    const h2Invite = inviteUrl?.replace(ORIGIN, H2_ORIGIN)
    for (let i = 0; i < THROTTLED_RUNS; i++) {
      visits.home.push(await firstVisit(browser, `${H2_ORIGIN}/`, 'Bắt đầu', true))
      if (h2Invite) visits.invite.push(await firstVisit(browser, h2Invite, 'Vào lớp và học bài 1', false))
      const h = visits.home.at(-1)
      const v = visits.invite.at(-1)
      console.log(
        `[bench] first visit run ${i + 1}/${THROTTLED_RUNS}: / FCP ${Math.round(h.fcp)} usable ${Math.round(h.usable)} ` +
          `offline-ready ${Math.round(h.ready)} ms` +
          (v ? `; invite FCP ${Math.round(v.fcp)} usable ${Math.round(v.usable)} ms` : ''),
      )
    }
    const med = (xs, k) => (xs.length ? Math.round(median(xs.map((x) => x[k]))) : null)
    const result = {
      runs: THROTTLED_RUNS,
      home: { fcpMs: med(visits.home, 'fcp'), usableMs: med(visits.home, 'usable') },
      invite: { fcpMs: med(visits.invite, 'fcp'), usableMs: med(visits.invite, 'usable') },
      offlineReadyMs: med(visits.home, 'ready'),
      imports: await throttledImports(browser),
    }
    const ms = (id, label, v, max) =>
      figure(id, label, v, v === null ? 'error' : `${v} ms`, { op: '<=', value: max, text: `≤ ${max} ms` })
    ms('slow.home.fcp', 'first visit / FCP (slow phone)', result.home.fcpMs, BUDGET.fcpMs)
    ms('slow.home.usable', 'first visit / usable (slow phone)', result.home.usableMs, BUDGET.usableMs)
    ms('slow.invite.fcp', 'first visit from an invite FCP (slow phone)', result.invite.fcpMs, BUDGET.fcpMs)
    ms('slow.invite.usable', 'first visit from an invite usable (slow phone)', result.invite.usableMs, BUDGET.usableMs)
    ms(
      'slow.offlineReady',
      'offline-ready after a first visit (slow phone)',
      result.offlineReadyMs,
      BUDGET.offlineReadyMs,
    )
    const im = result.imports
    ms('slow.import1000Receipts', 'import of 1000 receipts (4× CPU)', im.receipts1000, BUDGET.import1000Ms)
    ms('slow.import10000Receipts', 'import of 10000 receipts (4× CPU)', im.receipts10000, BUDGET.import10000Ms)
    ms('slow.import1000Schools', 'import of 1000 school summaries (4× CPU)', im.schools1000, BUDGET.import1000SchoolsMs)
    ms('slow.paste2000', '2000-line paste ready to import (4× CPU)', im.paste2000, BUDGET.paste2000Ms)
    return result
  } finally {
    browsers.delete(browser)
    await browser.close().catch(() => {})
  }
}

// ---------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------
function printTable() {
  const head = ['Figure', 'Value', 'Budget', 'Status']
  const rows = figures.map((f) => [f.label, f.display, f.budget?.text ?? '—', f.status])
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (r) =>
    r
      .map((c, i) => c.padEnd(w[i]))
      .join('  ')
      .trimEnd()
  console.log(`\n${line(head)}\n${w.map((n) => '-'.repeat(n)).join('  ')}`)
  for (const r of rows) console.log(line(r))
}

function overLine(f) {
  if (f.over) return f.over
  const cmp = f.budget.op === '<=' ? '>' : f.budget.op === '>=' ? '<' : '≠'
  const budget = f.budget.text.replace(/^[≤≥=]\s*/, '')
  return `OVER: ${f.label} ${f.display} ${cmp} ${budget}`
}

/** `BENCH_ONLY=slow npm run bench`: build, sizes and the slow-phone figures only (a quicker loop while working). */
async function slowOnly() {
  build()
  sizes()
  await startPreview()
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs, timeout: 30_000 })
  browsers.add(browser)
  const page = await (await browser.newContext({ viewport: { width: 360, height: 640 } })).newPage()
  await chooseRole(page)
  const { invite } = await createClass(page, 'Khối 6')
  await browser.close()
  browsers.delete(browser)
  await throttled(invite)
  await cleanup()
  printTable()
}

async function main() {
  if (process.env.BENCH_ONLY === 'slow') return slowOnly()
  // `BENCH_ONLY=sizes npm run bench`: build and the size budgets only (no browser; seconds, not minutes).
  if (process.env.BENCH_ONLY === 'sizes') {
    build()
    sizes()
    return printTable()
  }
  build()
  const size = sizes()
  await startPreview()
  const lh = await runLighthouse()
  const cold = await coldStart()
  const slow = await throttled(seeded.invite)
  await cleanup()

  // 5. The classroom: receipt size and QR version, importing and reporting for a whole grade.
  const cr = await classroomFigures()
  figure(
    'classroom.receiptSize',
    'classroom receipt (7 modules, 40-char name)',
    cr.bytes,
    `${cr.bytes} B, ${cr.linkChars}-char link`,
  )
  figure('classroom.qrVersion', 'classroom receipt QR version (level M)', cr.qrVersion, `version ${cr.qrVersion}`, {
    op: '<=',
    value: 15,
    text: '≤ 15',
  })
  figure(
    'classroom.import1000Receipts',
    `classroom import of ${N_STUDENTS} receipts (Chromium)`,
    seeded.importMs,
    `${seeded.importMs} ms`,
    { op: '<=', value: 2000, text: '< 2000 ms' },
  )
  figure(
    'classroom.monthlyReport1000Students',
    `classroom monthly report, ${N_STUDENTS} students`,
    Number(cr.reportMs.toFixed(2)),
    `${cr.reportMs.toFixed(1)} ms`,
    { op: '<=', value: 200, text: '< 200 ms' },
  )

  figure(
    'classroom.rosterImport2000XlsxChromium',
    'class list of 2000 rows × 15 columns from .xlsx (Chromium)',
    seeded.rosterXlsxMs ?? Number.POSITIVE_INFINITY,
    seeded.rosterXlsxMs === null ? 'error' : `${seeded.rosterXlsxMs} ms`,
    { op: '<=', value: 2000, text: '< 2000 ms' },
  )
  const rf = await rosterFigures()
  figure(
    'classroom.rosterImport1000Xlsx',
    `class list of 1000 rows from .xlsx (${rf.entries} read)`,
    rf.entries === 1000 ? Number(rf.ms.toFixed(1)) : Number.POSITIVE_INFINITY,
    rf.entries === 1000 ? `${rf.ms.toFixed(0)} ms` : 'error',
    { op: '<=', value: 2000, text: '< 2000 ms' },
  )

  // 5b. Teaching the period: the longest lesson plan as .docx, and the Word library loaded on download.
  const pf = await planFigures()
  figure(
    'teach.planDocx',
    `lesson plan .docx, longest plan (${pf.id}, ${pf.blocks} blocks, ${Math.round(pf.bytes / 1024)} KB)`,
    Number(pf.ms.toFixed(1)),
    `${pf.ms.toFixed(0)} ms`,
    { op: '<=', value: 1000, text: '< 1000 ms' },
  )
  const docxLib = Object.values(JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'))).find(
    (c) => c.src === 'node_modules/docx/dist/index.mjs',
  )
  if (docxLib)
    figure('teach.docxLibrary', 'Word writer (docx, loaded only on download)', gz(docxLib.file), kb(gz(docxLib.file)))

  // 6. The chain: a province's school summaries imported at the Sở, and the unit's report over them.
  const uf = await unitFigures()
  figure(
    'chain.import1000SchoolSummaries',
    `unit import of ${N_SCHOOLS} school summaries (Chromium)`,
    seededUnit.importMs,
    `${seededUnit.importMs} ms`,
    { op: '<=', value: 2000, text: '< 2000 ms' },
  )
  figure(
    'chain.unitReport1000Schools',
    `unit monthly report, ${N_SCHOOLS} schools`,
    uf.reportMs === null ? null : Number(uf.reportMs.toFixed(2)),
    uf.reportMs === null ? 'error' : `${uf.reportMs.toFixed(1)} ms`,
    { op: '<=', value: 200, text: '< 200 ms' },
  )

  printTable()

  // Audits that keep a category under its budget.
  let anyAudit = false
  for (const [path, r] of Object.entries(lh.pages)) {
    for (const [cat, audits] of Object.entries(r.failingAudits)) {
      if (!anyAudit) console.log('\nLighthouse audits below full marks in categories under budget:')
      anyAudit = true
      console.log(`  ${path} — ${LH_LABEL[cat]} (median ${r.median[cat]}):`)
      if (!audits.length) console.log('    (no single audit below 1: see the report)')
      for (const a of audits)
        console.log(
          `    ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''} — score ${a.score}, in ${a.runs}/${RUNS} runs`,
        )
      console.log(`    report: ${r.report}`)
    }
  }

  const durationS = Math.round((Date.now() - started) / 1000)
  let commit = null
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
  } catch {
    /* not a git checkout */
  }
  mkdirSync(benchDir, { recursive: true })
  const json = {
    generatedAt: new Date().toISOString(),
    commit,
    node: process.version,
    chrome: lh.chrome,
    durationS,
    figures: figures.map(({ id, label, value, display, budget, status }) => ({
      id,
      label,
      value: value === Infinity ? null : value,
      display,
      budget: budget ? { op: budget.op, value: budget.value, text: budget.text } : null,
      status,
    })),
    sizes: size,
    lighthouse: lh.pages,
    teacherDashboardLighthouse: lh.pages[`/teacher/class/${seeded.classId}`] ?? null,
    coldStart: cold,
    slowPhone: slow,
    chain: { import1000SchoolSummariesMs: seededUnit.importMs, unitReport1000SchoolsMs: uf.reportMs },
    classroom: {
      receiptBytes: cr.bytes,
      qrVersion: cr.qrVersion,
      import1000ReceiptsMs: seeded.importMs,
      monthlyReport1000StudentsMs: cr.reportMs,
    },
  }
  writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(json, null, 2)}\n`)

  const over = figures.filter((f) => f.status === 'OVER')
  console.log(`\nWrote bench/results.json — ${durationS} s`)
  if (over.length) {
    console.log('')
    for (const f of over) console.log(overLine(f))
    process.exitCode = 1
  } else {
    console.log('All figures within budget.')
  }
}

try {
  await main()
} catch (e) {
  console.error(`\n[bench] FAILED: ${e.bench ? e.message : e.stack || e}`)
  process.exitCode = 2
} finally {
  await cleanup()
}
