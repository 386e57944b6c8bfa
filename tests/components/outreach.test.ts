// Outreach screens: present mode moves by tap and keys, the read-aloud button appears only with a
// Vietnamese voice, the screen is kept awake, tallies announce what was saved, and a QR code is drawn.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import PresentPage from '@/features/present/PresentPage.vue'
import OutreachSessionPage from '@/features/outreach/OutreachSessionPage.vue'
import OutreachBackup from '@/features/outreach/OutreachBackup.vue'
import QrCode from '@/components/QrCode.vue'
import { createSession, loadOutreach } from '@/db/outreachRepo'
import { makeSession } from '@/domain/outreach/tally'
import { useUiStore } from '@/stores/ui'
import { loadAllContent } from '../../build/content-files'
import { mountWith } from './mount'

const m = loadAllContent()[0]!
const lesson = m.lessons.find((l) => l.cards.length >= 4) ?? m.lessons[0]!
const path = `/present/${m.meta.id}/${lesson.id}?back=/outreach`

interface FakeVoice {
  lang: string
  name: string
  localService: boolean
}
class FakeSynth extends EventTarget {
  constructor(public voices: FakeVoice[]) {
    super()
  }
  getVoices = () => this.voices
  speak = vi.fn()
  cancel = vi.fn()
}
class FakeUtterance {
  voice?: FakeVoice
  lang = ''
  rate = 1
  onend: (() => void) | null = null
  onerror: (() => void) | null = null
  constructor(public text: string) {}
}

function stubSpeech(voices: FakeVoice[]): FakeSynth {
  const synth = new FakeSynth(voices)
  vi.stubGlobal('speechSynthesis', synth)
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance)
  return synth
}

async function present(): Promise<Awaited<ReturnType<typeof mountWith>>> {
  const mounted = await mountWith(PresentPage, { props: { moduleId: m.meta.id, itemId: lesson.id } }, path)
  await vi.waitFor(() => expect(mounted.wrapper.text()).toContain(`Thẻ 1/${lesson.cards.length}`))
  return mounted
}

const counter = (w: Awaited<ReturnType<typeof mountWith>>['wrapper']) => w.find('[aria-live="polite"]').text()
const button = (w: Awaited<ReturnType<typeof mountWith>>['wrapper'], name: string) =>
  w.findAll('button').find((b) => b.text().trim() === name)!

// Mounted pages listen on document (visibilitychange): unmount each before the next test.
enableAutoUnmount(afterEach)
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('present mode', () => {
  it('opens as a modal full-screen layer with the lesson title', async () => {
    const { wrapper } = await present()
    const dialog = wrapper.find('dialog')
    expect((dialog.element as HTMLDialogElement).open).toBe(true)
    expect(dialog.attributes('aria-label')).toBe(lesson.title)
    expect(wrapper.find('h1').text()).toBe(lesson.title)
  })

  it('moves by the next/back buttons and by the arrow and page keys, within the lesson', async () => {
    const { wrapper } = await present()
    const n = lesson.cards.length
    const deck = wrapper.find('.deck')
    const title = () => wrapper.find('.lcard__title').text()

    await button(wrapper, 'Tiếp').trigger('click')
    expect(counter(wrapper)).toBe(`Thẻ 2/${n}`)
    if (lesson.cards[1]!.title) expect(title()).toContain(lesson.cards[1]!.title)
    await deck.trigger('keydown', { key: 'ArrowRight' })
    expect(counter(wrapper)).toBe(`Thẻ 3/${n}`)
    await deck.trigger('keydown', { key: 'ArrowLeft' })
    expect(counter(wrapper)).toBe(`Thẻ 2/${n}`)
    await deck.trigger('keydown', { key: 'PageDown' })
    expect(counter(wrapper)).toBe(`Thẻ 3/${n}`)
    await button(wrapper, 'Trước').trigger('click')
    await button(wrapper, 'Trước').trigger('click')
    expect(counter(wrapper)).toBe(`Thẻ 1/${n}`)
    // Never before the first card; the back button is disabled there.
    await deck.trigger('keydown', { key: 'ArrowLeft' })
    expect(counter(wrapper)).toBe(`Thẻ 1/${n}`)
    expect(button(wrapper, 'Trước').attributes('disabled')).toBeDefined()
    // Never past the last card: the last card offers the next lesson instead.
    for (let i = 0; i < n + 2; i++) await deck.trigger('keydown', { key: 'ArrowRight' })
    expect(counter(wrapper)).toBe(`Thẻ ${n}/${n}`)
    expect(wrapper.text()).toMatch(/Bài tiếp: |Xong/)
  })

  it('goes on to the next lesson from the last card', async () => {
    const { wrapper, router } = await present()
    for (let i = 0; i < lesson.cards.length; i++) await wrapper.find('.deck').trigger('keydown', { key: 'ArrowRight' })
    const next = m.lessons[m.lessons.indexOf(lesson) + 1] ?? undefined
    if (!next) return
    await button(wrapper, `Bài tiếp: ${next.title}`).trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe(`/present/${m.meta.id}/${next.id}`)
  })

  it('shows a QR code of the lesson link on request', async () => {
    const { wrapper } = await present()
    const qrButton = button(wrapper, 'Mã QR')
    expect(qrButton.attributes('aria-expanded')).toBe('false')
    await qrButton.trigger('click')
    const svg = wrapper.find('#present-qr svg[role="img"]')
    expect(svg.attributes('aria-label')).toContain(`${location.origin}/modules/${m.meta.id}/lessons/${lesson.id}`)
    // The encoder loads with the first code drawn.
    await vi.waitFor(() => expect(wrapper.findAll('#present-qr svg rect').length).toBeGreaterThan(20))
  })

  it('keeps the screen awake: requests on enter and when visible again, releases on leave', async () => {
    const release = vi.fn(() => Promise.resolve())
    const request = vi.fn(() => Promise.resolve(Object.assign(new EventTarget(), { release })))
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true })
    try {
      const { wrapper } = await present()
      expect(request).toHaveBeenCalledWith('screen')
      // The browser drops the lock when the page is hidden; on return it is asked for again.
      const sentinel = (await request.mock.results[0]!.value) as EventTarget
      sentinel.dispatchEvent(new Event('release'))
      document.dispatchEvent(new Event('visibilitychange'))
      await flushPromises()
      expect(request).toHaveBeenCalledTimes(2)
      wrapper.unmount()
      expect(release).toHaveBeenCalled()
    } finally {
      Reflect.deleteProperty(navigator, 'wakeLock')
    }
  })
})

describe('read aloud', () => {
  it('has no button when the phone has no Vietnamese voice', async () => {
    stubSpeech([{ lang: 'en-US', name: 'English', localService: true }])
    const { wrapper } = await present()
    expect(wrapper.find('[data-testid="read-aloud"]').exists()).toBe(false)
  })

  it('has no button where speech synthesis does not exist', async () => {
    const { wrapper } = await present()
    expect(wrapper.find('[data-testid="read-aloud"]').exists()).toBe(false)
  })

  it('shows the button once a Vietnamese voice arrives (voiceschanged), reads the card, stops on card change', async () => {
    const synth = stubSpeech([])
    const { wrapper } = await present()
    expect(wrapper.find('[data-testid="read-aloud"]').exists()).toBe(false)
    synth.voices = [
      { lang: 'en-US', name: 'English', localService: true },
      { lang: 'vi_VN', name: 'Tiếng Việt', localService: true },
    ]
    synth.dispatchEvent(new Event('voiceschanged'))
    await flushPromises()
    const read = wrapper.find('[data-testid="read-aloud"]')
    expect(read.text()).toBe('Đọc to')
    await read.trigger('click')
    expect(synth.speak).toHaveBeenCalled()
    const spoken = synth.speak.mock.calls.map((c) => (c[0] as FakeUtterance).text).join(' ')
    const first = lesson.cards[0]!
    if (first.title) expect(spoken).toContain(first.title)
    expect(spoken).not.toContain('**')
    expect((synth.speak.mock.calls[0]![0] as FakeUtterance).voice?.lang).toBe('vi_VN')
    expect(wrapper.find('[data-testid="read-aloud"]').text()).toBe('Dừng đọc')
    synth.cancel.mockClear()
    await wrapper.find('.deck').trigger('keydown', { key: 'ArrowRight' })
    expect(synth.cancel).toHaveBeenCalled()
    expect(wrapper.find('[data-testid="read-aloud"]').text()).toBe('Đọc to')
    synth.cancel.mockClear()
    wrapper.unmount()
    expect(synth.cancel).toHaveBeenCalled()
  })
})

describe('session tallies', () => {
  it('saves a tap, then announces it; minus at 0 does nothing; undo reverts', async () => {
    await createSession(
      makeSession(
        { date: '2026-11-20', commune: 'Xã Tân Hòa', hamlet: '', kind: 'household', moduleIds: [m.meta.id] },
        's-t',
        1,
      ),
    )
    const { wrapper, pinia } = await mountWith(OutreachSessionPage, { props: { id: 's-t' } }, '/outreach/session/s-t')
    await vi.waitFor(() => expect(wrapper.find('[aria-label="Thêm 1: Cài VNeID"]').exists()).toBe(true))
    const ui = useUiStore(pinia)
    expect(wrapper.text()).toContain('Không ghi tên người dân')

    await wrapper.find('[aria-label="Bớt 1: Cài VNeID"]').trigger('click')
    await flushPromises()
    expect((await loadOutreach()).sessions[0]!.taps).toEqual([])

    await wrapper.find('[aria-label="Thêm 1: Cài VNeID"]').trigger('click')
    await wrapper.find('[aria-label="Thêm 1: Cài VNeID"]').trigger('click')
    await wrapper.find('[aria-label="Thêm 1: Số người được hỗ trợ"]').trigger('click')
    await vi.waitFor(() => expect(ui.announce).toHaveBeenCalledWith('Đã lưu: Số người được hỗ trợ 1'))
    expect(ui.announce).toHaveBeenCalledWith('Đã lưu: Cài VNeID 2')
    expect((await loadOutreach()).sessions[0]).toMatchObject({ people: 1, counts: { 'cai-vneid': 2 } })

    await wrapper.find('[data-testid="undo"]').trigger('click')
    await vi.waitFor(() => expect(ui.announce).toHaveBeenCalledWith('Đã hoàn tác: Số người được hỗ trợ 0'))
    expect((await loadOutreach()).sessions[0]!.people).toBe(0)
    expect(wrapper.find('[data-testid="undo"]').text()).toContain('Cài VNeID +1')
  })
})

describe('backup restore', () => {
  it('explains a foreign file in Vietnamese and changes nothing', async () => {
    const { wrapper } = await mountWith(OutreachBackup)
    const input = wrapper.find('input[type=file]')
    const file = new File([JSON.stringify({ hello: 'world' })], 'khac.json', { type: 'application/json' })
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await input.trigger('change')
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="restore-message"]').text()).toContain('không phải tệp sao lưu'),
    )
    expect(wrapper.find('[role="alert"]').exists()).toBe(true)
    expect((await loadOutreach()).sessions).toEqual([])
  })
})

describe('QR code', () => {
  it('draws the matrix as SVG rects with a label, no markup injection', async () => {
    const { wrapper } = await mountWith(QrCode, {
      props: { value: 'http://localhost/modules/a/lessons/b', label: 'Mã QR' },
    })
    expect(wrapper.find('svg').attributes('role')).toBe('img')
    expect(wrapper.find('svg').attributes('aria-label')).toBe('Mã QR')
    // The encoder loads with the first code drawn.
    await vi.waitFor(() => expect(wrapper.findAll('rect').length).toBeGreaterThan(20))
  })
})
