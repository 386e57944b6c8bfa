import { defineConfig, devices } from '@playwright/test'
import { chromePath, chromeArgs } from './scripts/chrome.mjs'
import { e2ePort } from './scripts/ports.mjs'

const origin = `http://localhost:${e2ePort}`

// End-to-end tests run against the production build (`vite preview`), with its service worker,
// in Debian's Chromium (no browser download) on a phone-sized viewport.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: origin,
    ...devices['Pixel 5'],
    viewport: { width: 360, height: 640 },
    locale: 'vi-VN',
    serviceWorkers: 'allow',
    launchOptions: { executablePath: chromePath(), args: chromeArgs },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --port ${e2ePort} --strictPort`,
    url: origin,
    // Never reuse: a server left on this port may be an old build.
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
