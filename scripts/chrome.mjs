// Where Chromium is, and how to start it on these machines (no sandbox as root, no background traffic).
import { existsSync } from 'node:fs'

export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function chromePath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium'
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`,
    )
  }
  return path
}
