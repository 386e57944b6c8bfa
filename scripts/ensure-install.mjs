// Installs dependencies when they are missing or older than the lock file (fresh clone, changed lock).
import { existsSync, statSync } from 'node:fs'
import { execSync } from 'node:child_process'

const marker = 'node_modules/.package-lock.json'
const stale =
  !existsSync(marker) ||
  (existsSync('package-lock.json') && statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs)
if (stale) {
  console.log('Installing dependencies (npm ci)…')
  execSync(existsSync('package-lock.json') ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund', {
    stdio: 'inherit',
  })
}

// The old Chromium of the baseline walk (scripts/old-chrome-walk.mjs), kept apart from the app's dependencies.
const oldEngine = 'tests/old-engine'
const oldMarker = `${oldEngine}/node_modules/.package-lock.json`
if (!existsSync(oldMarker) || statSync(`${oldEngine}/package-lock.json`).mtimeMs > statSync(oldMarker).mtimeMs) {
  console.log('Installing the old Chromium for the baseline walk (npm --prefix tests/old-engine ci, once)…')
  execSync(`npm --prefix ${oldEngine} ci --no-audit --no-fund`, { stdio: 'inherit' })
}
