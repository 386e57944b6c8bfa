// Renders the app icons (PNG 192/512 and a maskable 512) from the SVG logo with headless Chromium.
// Run once when the logo changes: `node scripts/make-icons.mjs`; the PNGs are committed.
import { chromium } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { chromePath, chromeArgs } from './chrome.mjs'

const svg = readFileSync('public/favicon.svg', 'utf8')
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs })
const page = await browser.newPage()
async function render(size, file, maskable) {
  await page.setViewportSize({ width: size, height: size })
  const inner = maskable ? size * 0.7 : size
  const bg = maskable ? '#0b5cad' : 'transparent'
  await page.setContent(`<body style="margin:0;background:${bg};display:grid;place-items:center;width:${size}px;height:${size}px">
    <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`)
  await page.screenshot({ path: file, omitBackground: !maskable })
}
await render(192, 'public/icons/icon-192.png', false)
await render(512, 'public/icons/icon-512.png', false)
await render(512, 'public/icons/maskable-512.png', true)
await browser.close()
console.log('icons written')
