// A tap counter for the e2e tap budgets (issue 21): every click, tick, choice and fill the person makes in the
// app goes through it and counts one; pasting a whole chat message into a box counts one too (a long press, then
// "Dán"). Opening a link from the chat app, scrolling and reading are not taps in the app and are not counted.
import type { Locator, Page } from '@playwright/test'

export class Taps {
  n = 0
  readonly log: string[] = []
  constructor(readonly page: Page) {}

  private count(what: string): void {
    this.n++
    this.log.push(`${this.n}. ${what}`)
  }
  async tap(target: Locator, what: string): Promise<void> {
    this.count(`tap ${what}`)
    await target.click()
  }
  async check(target: Locator, what: string): Promise<void> {
    this.count(`tick ${what}`)
    await target.check()
  }
  async fill(target: Locator, text: string, what: string): Promise<void> {
    this.count(`type ${what}`)
    await target.fill(text)
  }
  /**
   * The browser's own paste: a paste event carrying the text (the box may keep a long chat aside), then, unless
   * the page took it, the text inserted where the caret is, as Chromium does.
   */
  async paste(target: Locator, text: string, what: string): Promise<void> {
    this.count(`paste ${what}`)
    await target.focus()
    const taken = await target.evaluate((el, value) => {
      const data = new DataTransfer()
      data.setData('text/plain', value)
      const e = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
      return !el.dispatchEvent(e)
    }, text)
    if (!taken) await this.page.keyboard.insertText(text)
  }
  /** Starts a new count (setting up is not part of the flow measured). */
  reset(): void {
    this.n = 0
    this.log.length = 0
  }
}

/** Replaces window.print on every page of the context with a counter the test reads (no dialog in headless). */
export const PRINT_SPY = `window.__prints = 0; window.print = () => { window.__prints += 1 }`
export const prints = (page: Page) => page.evaluate(() => (window as unknown as { __prints: number }).__prints)
