// A QR reader that fails says so: a detector whose detect() rejects (the ZXing WebAssembly refused by a
// Content-Security-Policy, a broken native detector) must not leave "Đã quét 0 mã" on screen forever
// (issue #15, defect 1). The real reader on a real frame: tests/e2e/classroom/scanner.spec.ts.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountWith } from './mount'
import QrScanner from '@/components/QrScanner.vue'

afterEach(() => {
  delete (window as { BarcodeDetector?: unknown }).BarcodeDetector
  vi.useRealTimers()
})

describe('the QR scanner', () => {
  it('shows the detector’s failure instead of a count that never moves', async () => {
    vi.useFakeTimers()
    ;(window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
      detect(): Promise<never> {
        const e = new Error('WebAssembly.instantiate(): Refused to compile')
        e.name = 'CompileError'
        return Promise.reject(e)
      }
    }
    const stop = vi.fn()
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: () => Promise.resolve({ getTracks: () => [{ stop }] }) },
    })
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
    vi.spyOn(HTMLMediaElement.prototype, 'srcObject', 'set').mockImplementation(() => undefined)
    vi.spyOn(HTMLMediaElement.prototype, 'readyState', 'get').mockReturnValue(4)
    const { wrapper } = await mountWith(QrScanner)
    await flushPromises()
    expect(wrapper.text()).toContain('Đã quét 0 mã')
    // The browser's own detector comes first, with nothing loaded (capability, not user agent).
    expect(wrapper.find('.scanner').attributes('data-reader')).toBe('native')
    await vi.advanceTimersByTimeAsync(350)
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toBe(
      'Không đọc được mã QR trên máy này (CompileError). Hãy dán đường link học sinh gửi.',
    )
    expect(stop).toHaveBeenCalled()
  })
})
