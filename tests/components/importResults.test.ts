// A whole grade pasted into the class page's import box: the result is a tally and the codes that need the
// teacher (refused), not one line per code; the full list is drawn only when asked for. A short import still
// names every student.
import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { setActivePinia } from 'pinia'
import { mountWith, testingPinia } from './mount'
import ClassImport from '@/features/classroom/ClassImport.vue'
import { useClassroomStore } from '@/features/classroom/store'
import { encodeReceipt, fromBase64url, newId } from '@/exchange/codec'

async function classWithCodes(n: number) {
  const pinia = testingPinia()
  setActivePinia(pinia)
  const cls = await useClassroomStore().createClass({
    className: '6A1',
    school: 'THCS Thử Nghiệm',
    schoolYear: '2026-2027',
    grade: 6,
  })
  const key = fromBase64url(cls.keyB64)!.bytes
  const codes = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      encodeReceipt(
        {
          classId: cls.id,
          studentId: newId(),
          name: `Học sinh ${i + 1}`,
          classNumber: (i % 99) + 1,
          issuedAt: Date.UTC(2026, 10, 20),
          seq: 1,
          modules: {},
        },
        key,
      ),
    ),
  )
  return { pinia, codes }
}

async function importText(text: string, pinia: ReturnType<typeof testingPinia>) {
  const { wrapper } = await mountWith(ClassImport, {}, '/', pinia)
  await wrapper.get('textarea').setValue(text)
  await wrapper.get('form').trigger('submit')
  for (let i = 0; i < 20 && !wrapper.find('[role=status]').exists(); i++) {
    await flushPromises()
    await new Promise((r) => setTimeout(r, 20))
  }
  return wrapper
}

describe('the import result', () => {
  it('shows a tally and only the refused codes for a long import, and every line on request', async () => {
    const { pinia, codes } = await classWithCodes(300)
    const forged = codes.slice(0, 2).map((c) => c.slice(0, -3) + (c.slice(-3, -2) === 'A' ? 'B' : 'A') + c.slice(-2))
    const links = [...codes, ...forged].map((c) => `Em gửi cô: https://kynangso.edu.vn/r#${c} ạ.`)
    const wrapper = await importText(links.join('\n'), pinia)

    expect(wrapper.get('[role=status]').text()).toBe('Đã thêm 300, bỏ qua 2.')
    expect(wrapper.find('[data-testid=import-results]').exists()).toBe(false)
    const refused = wrapper.get('[data-testid=import-results-refused]').findAll('li')
    expect(refused).toHaveLength(2)
    expect(wrapper.findAll('li')).toHaveLength(2)

    await wrapper.get('button.link-button').trigger('click')
    expect(wrapper.get('[data-testid=import-results]').findAll('li')).toHaveLength(302)
  })

  it('names every student of a short import', async () => {
    const { pinia, codes } = await classWithCodes(3)
    const wrapper = await importText(codes.join(' '), pinia)
    expect(wrapper.get('[role=status]').text()).toBe('Đã thêm 3, bỏ qua 0.')
    expect(
      wrapper
        .get('[data-testid=import-results]')
        .findAll('li')
        .map((l) => l.text()),
    ).toEqual(['Đã thêm Học sinh 1 (số 1).', 'Đã thêm Học sinh 2 (số 2).', 'Đã thêm Học sinh 3 (số 3).'])
  })

  it('keeps a long pasted chat out of the text box and imports it with "Nhập"', async () => {
    const { pinia, codes } = await classWithCodes(200)
    const chat = codes.map((c, i) => `Em số ${i + 1} gửi cô: https://kynangso.edu.vn/r#${c} ạ.`).join('\n')
    expect(chat.length).toBeGreaterThan(20_000)
    const { wrapper } = await mountWith(ClassImport, {}, '/', pinia)
    const box = wrapper.get('textarea')
    const submit = wrapper.get('button[type=submit]')
    expect(submit.attributes('disabled')).toBeDefined()
    const data = new DataTransfer()
    data.setData('text/plain', chat)
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
    box.element.dispatchEvent(event)
    await flushPromises()
    expect(event.defaultPrevented).toBe(true)
    expect((box.element as HTMLTextAreaElement).value).toBe('')
    expect(wrapper.get('.held').text()).toContain('Đã dán 200 dòng. Bấm Nhập để nhập.')
    expect(submit.attributes('disabled')).toBeUndefined()

    await wrapper.get('form').trigger('submit')
    for (let i = 0; i < 20 && !wrapper.find('.tally').exists(); i++) {
      await flushPromises()
      await new Promise((r) => setTimeout(r, 20))
    }
    expect(wrapper.get('.tally').text()).toBe('Đã thêm 200, bỏ qua 0.')
    expect(wrapper.find('.held').exists()).toBe(false)
  })

  it('lets a short paste into the box as typed text, and drops a held paste on request', async () => {
    const { pinia, codes } = await classWithCodes(300)
    const { wrapper } = await mountWith(ClassImport, {}, '/', pinia)
    const short = new DataTransfer()
    short.setData('text/plain', codes[0]!)
    const shortEvent = new ClipboardEvent('paste', { clipboardData: short, bubbles: true, cancelable: true })
    wrapper.get('textarea').element.dispatchEvent(shortEvent)
    expect(shortEvent.defaultPrevented).toBe(false)

    const long = new DataTransfer()
    long.setData('text/plain', codes.join('\n'))
    wrapper
      .get('textarea')
      .element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: long, cancelable: true }))
    await flushPromises()
    expect(wrapper.get('.held').text()).toContain('Đã dán 300 dòng.')
    await wrapper.get('.held button').trigger('click')
    expect(wrapper.find('.held').exists()).toBe(false)
    expect(wrapper.get('button[type=submit]').attributes('disabled')).toBeDefined()
  })
})
