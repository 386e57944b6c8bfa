// The offline banner's state: navigator.onLine alone says "online" on a Wi-Fi without internet (and, in recent
// Chromium, on a page the service worker served while the link is down), so the store asks the server once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { usePwaStore } from '@/pwa/store'

const flush = (): Promise<void> => new Promise((r) => setTimeout(r, 0))

describe('pwa store: online', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
  })
  afterEach(() => vi.useRealTimers())

  it('is offline when the network says online but our own request fails, and tries again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const fetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'))
    vi.stubGlobal('fetch', fetch)
    const pwa = usePwaStore()
    pwa.listen()
    await vi.waitFor(() => expect(pwa.online).toBe(false))
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit]
    expect(url).toMatch(/robots\.txt\?online=\d+$/)
    expect(init).toMatchObject({ method: 'HEAD', cache: 'no-store' })

    // The link comes back: the next try (20 s later) finds it.
    fetch.mockResolvedValue(new Response(null, { status: 200 }))
    await vi.advanceTimersByTimeAsync(20_000)
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(pwa.online).toBe(true)
    vi.unstubAllGlobals()
  })

  it("stays online when the server answers, and follows the browser's offline event", async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(null, { status: 404 })))
    const pwa = usePwaStore()
    pwa.listen()
    await flush()
    expect(pwa.online).toBe(true)
    window.dispatchEvent(new Event('offline'))
    expect(pwa.online).toBe(false)
    vi.unstubAllGlobals()
  })
})
