// `npm test`: lint, type-check, build, unit + component tests, end-to-end tests, the student walk in Chromium 92.
// Runs every step even
// when one fails, then prints one closing line `N passed, N failed` totalled over the test runners.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { e2ePort } from './ports.mjs'

const steps = []
let passed = 0
let failed = 0

function run(name, cmd, args) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env })
  const ok = r.status === 0
  steps.push({ name, ok })
  return ok
}

/** A check stage (format, lint, type-check, build) that fails counts as one failed test in the closing line. */
function check(name, cmd, args) {
  const ok = run(name, cmd, args)
  if (!ok) failed += 1
  return ok
}

const portFree = (port) =>
  new Promise((resolve) => {
    const s = createServer()
    s.once('error', () => resolve(false))
    s.once('listening', () => s.close(() => resolve(true)))
    s.listen(port, '127.0.0.1')
  })

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

rmSync('test-results', { recursive: true, force: true })
mkdirSync('test-results', { recursive: true })

check('format', 'npx', ['prettier', '--check', '.'])
check('lint', 'npx', ['eslint', '.'])
check('typecheck', 'npx', ['vue-tsc', '--noEmit', '-p', 'tsconfig.json'])
const built = check('build', 'npx', ['vite', 'build'])

run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'])
const unit = readJson('test-results/unit.json')
if (unit) {
  passed += unit.numPassedTests
  failed += unit.numFailedTests
} else failed += 1

if (built && !(await portFree(e2ePort))) {
  console.log(
    `e2e not run: port ${e2ePort} is busy; stop what is using it, or choose another port with E2E_PORT=<port>.`,
  )
  steps.push({ name: 'e2e', ok: false })
  failed += 1
} else if (built) {
  run('e2e', 'npx', ['playwright', 'test'])
  const e2e = readJson('test-results/e2e.json')
  if (e2e?.stats) {
    passed += e2e.stats.expected
    failed += e2e.stats.unexpected + (e2e.stats.flaky ?? 0)
    if (e2e.stats.skipped) console.log(`e2e skipped: ${e2e.stats.skipped}`)
  } else failed += 1
} else {
  console.log('e2e not run: the build failed')
  failed += 1
}

// The student walk in Chromium 92 (the oldest the npm registry provides for the baseline of .browserslistrc).
if (built && (await portFree(e2ePort))) {
  run('old-engine', 'node', ['scripts/old-chrome-walk.mjs'])
  const old = readJson('test-results/old-engine.json')
  if (old) {
    passed += old.passed
    failed += old.failed
  } else failed += 1
} else {
  console.log(built ? `old-engine walk not run: port ${e2ePort} is busy` : 'old-engine walk not run: the build failed')
  steps.push({ name: 'old-engine', ok: false })
  failed += 1
}

console.log('\n=== summary')
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name}`)
const allOk = steps.every((s) => s.ok)
console.log(`${passed} passed, ${failed} failed`)
process.exit(allOk && failed === 0 ? 0 : 1)
