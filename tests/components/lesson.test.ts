// Lesson cards and mock screens render their data; the lesson deck moves by keyboard and saves each step.
import { describe, expect, it, vi } from 'vitest'
import LessonCard from '@/components/LessonCard.vue'
import LessonPage from '@/features/learn/LessonPage.vue'
import MockScreen from '@/components/MockScreen.vue'
import type { Mock } from '@/content/schema'
import { getModuleProgress } from '@/db/progressRepo'
import { loadAllContent } from '../../build/content-files'
import { mountWith } from './mount'

describe('LessonCard', () => {
  it('renders text with bold and links, and callouts with their tone', async () => {
    const { wrapper } = await mountWith(LessonCard, {
      props: {
        card: {
          type: 'text',
          title: 'Tiêu đề',
          body: 'Chữ **đậm** và [Cài đặt](/settings).\n\n- một\n- hai',
        },
      },
    })
    expect(wrapper.find('h2').text()).toBe('Tiêu đề')
    expect(wrapper.find('strong').text()).toBe('đậm')
    expect(wrapper.find('a').attributes('href')).toBe('/settings')
    expect(wrapper.findAll('li')).toHaveLength(2)
    const { wrapper: c } = await mountWith(LessonCard, {
      props: { card: { type: 'callout', tone: 'danger', title: 'Cẩn thận', body: 'Không đưa OTP.' } },
    })
    expect(c.find('article').classes()).toContain('lcard--danger')
  })

  it('opens external source links in a new tab with noopener', async () => {
    const { wrapper } = await mountWith(LessonCard, {
      props: { card: { type: 'text', body: 'Xem [nguồn](https://dichvucong.gov.vn).' } },
    })
    expect(wrapper.find('a').attributes()).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' })
  })
})

describe('MockScreen', () => {
  const mocks: Array<[Mock, string[]]> = [
    [
      { kind: 'sms', sender: 'VNeID', messages: [{ from: 'them', text: 'Ma OTP 123456', highlight: true }] },
      ['VNeID', 'Ma OTP 123456'],
    ],
    [
      {
        kind: 'chat',
        app: 'Zalo',
        contact: 'Shop A',
        verified: false,
        messages: [{ from: 'me', text: 'Giá bao nhiêu?' }],
      },
      ['Shop A', 'Zalo', 'Giá bao nhiêu?'],
    ],
    [{ kind: 'call', caller: 'Số lạ', number: '09xx xxx 123', state: 'incoming' }, ['Số lạ', 'Từ chối', 'Trả lời']],
    [{ kind: 'call', caller: 'Tổng đài 111', state: 'active', note: 'Đang gọi' }, ['Tổng đài 111', 'Kết thúc']],
    [{ kind: 'notification', app: 'VNeID', title: 'Đăng nhập', text: 'Thiết bị mới' }, ['Đăng nhập', 'Thiết bị mới']],
    [
      {
        kind: 'web',
        url: 'dichvucong.gov.vn',
        secure: true,
        title: 'Cổng DVC',
        blocks: [{ field: 'Số định danh', placeholder: '12 chữ số' }, { button: 'Đăng nhập' }],
      },
      ['dichvucong.gov.vn', 'Số định danh', '12 chữ số', 'Đăng nhập'],
    ],
    [
      {
        kind: 'app',
        app: 'Ngân hàng',
        theme: 'green',
        blocks: [
          { label: 'Người nhận', value: 'NGUYEN VAN B', highlight: true },
          { notice: 'Tên không khớp', tone: 'danger' },
          { picture: 'face', caption: 'Quét khuôn mặt' },
          { list: ['a', 'b'] },
          { heading: 'H' },
          { text: 'T' },
        ],
      },
      ['Người nhận', 'NGUYEN VAN B', 'Tên không khớp', 'Quét khuôn mặt'],
    ],
  ]
  for (const [mock, texts] of mocks) {
    it(`renders a ${mock.kind} screen, labelled for screen readers`, async () => {
      const { wrapper } = await mountWith(MockScreen, { props: { mock } })
      for (const t of texts) expect(wrapper.text()).toContain(t)
      expect(wrapper.find('figure').attributes('aria-label')).toBeTruthy()
    })
  }
  it('rings highlighted parts', async () => {
    const { wrapper } = await mountWith(MockScreen, { props: { mock: mocks[0]![0] } })
    expect(wrapper.find('.bubble.hl').exists()).toBe(true)
  })
})

describe('LessonPage', () => {
  const m = loadAllContent()[0]!
  const lesson = m.lessons[0]!

  it('moves with the arrow keys and saves the card on screen', async () => {
    const { wrapper } = await mountWith(
      LessonPage,
      { props: { moduleId: m.meta.id, lessonId: lesson.id } },
      `/modules/${m.meta.id}/lessons/${lesson.id}`,
    )
    await vi.waitFor(() => expect(wrapper.text()).toContain(`Thẻ 1/${lesson.cards.length}`))
    await wrapper.find('.deck').trigger('keydown', { key: 'ArrowRight' })
    await wrapper.find('.deck').trigger('keydown', { key: 'ArrowRight' })
    await wrapper.find('.deck').trigger('keydown', { key: 'ArrowLeft' })
    await vi.waitFor(async () => expect((await getModuleProgress(m.meta.id)).lessons[0]?.step).toBe(1))
    expect(wrapper.text()).toContain(`Thẻ 2/${lesson.cards.length}`)
  })

  it('resumes on the saved card', async () => {
    const first = await mountWith(LessonPage, { props: { moduleId: m.meta.id, lessonId: lesson.id } })
    await vi.waitFor(() => expect(first.wrapper.text()).toContain('Thẻ 1/'))
    await first.wrapper.find('.deck').trigger('keydown', { key: 'ArrowRight' })
    await first.wrapper.find('.deck').trigger('keydown', { key: 'ArrowRight' })
    await vi.waitFor(async () => expect((await getModuleProgress(m.meta.id)).lessons[0]?.step).toBe(2))
    first.wrapper.unmount()
    const second = await mountWith(LessonPage, { props: { moduleId: m.meta.id, lessonId: lesson.id } })
    await vi.waitFor(() => expect(second.wrapper.text()).toContain(`Thẻ 3/${lesson.cards.length}`))
  })

  it('"Nghe" says plainly when the phone has no Vietnamese voice, and reads the card where one exists', async () => {
    const spoken: string[] = []
    const voices: Array<Partial<SpeechSynthesisVoice>> = []
    const synth = {
      getVoices: () => voices,
      speak: (u: { text: string }) => void spoken.push(u.text),
      cancel: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }
    vi.stubGlobal('speechSynthesis', synth)
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        text: string
        constructor(t: string) {
          this.text = t
        }
      },
    )
    try {
      const first = await mountWith(LessonPage, { props: { moduleId: m.meta.id, lessonId: lesson.id } })
      await vi.waitFor(() => expect(first.wrapper.text()).toContain('Thẻ 1/'))
      await first.wrapper.find('[data-testid=listen]').trigger('click')
      expect(first.wrapper.find('[data-testid=no-voice]').text()).toContain('chưa có giọng đọc tiếng Việt')
      expect(spoken).toEqual([])
      first.wrapper.unmount()

      voices.push({ lang: 'vi-VN', name: 'Tiếng Việt', localService: true })
      const second = await mountWith(LessonPage, { props: { moduleId: m.meta.id, lessonId: lesson.id } })
      await vi.waitFor(() => expect(second.wrapper.text()).toContain('Thẻ '))
      await second.wrapper.find('[data-testid=listen]').trigger('click')
      expect(second.wrapper.find('[data-testid=no-voice]').exists()).toBe(false)
      const shown = second.wrapper.find('.lcard__title').text().trim()
      expect(shown.length).toBeGreaterThan(0)
      expect(spoken.join(' ')).toContain(shown)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('shows the not-found page for an unknown lesson', async () => {
    const { wrapper } = await mountWith(LessonPage, { props: { moduleId: m.meta.id, lessonId: 'khong-co' } })
    await vi.waitFor(() => expect(wrapper.text()).toContain('Không tìm thấy trang'))
  })
})
