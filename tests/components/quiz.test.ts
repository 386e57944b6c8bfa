// Each question type: inputs, submitting, feedback with an explanation for every option.
import { describe, expect, it } from 'vitest'
import QuizQuestion from '@/features/quiz/QuizQuestion.vue'
import type { Question } from '@/content/schema'
import { makeSingle } from '../factories'
import { mountWith } from './mount'

const opts = (ids: string[], correct: string[] = [], critical: string[] = []) =>
  ids.map((id) => ({
    id,
    text: `Phương án ${id}`,
    correct: correct.includes(id),
    critical: critical.includes(id),
    explanation: `Vì ${id}`,
  }))

async function mountQ(question: Question, answer?: string[]) {
  return (await mountWith(QuizQuestion, { props: { question, seed: 1, answer } })).wrapper
}

describe('QuizQuestion', () => {
  it('single: choose one, submit emits it', async () => {
    const w = await mountQ(makeSingle('q'))
    expect(w.find('button[type=submit]').attributes('disabled')).toBeDefined()
    await w.find('input[value=b]').setValue(true)
    await w.find('form').trigger('submit')
    expect(w.emitted('submit')![0]).toEqual([['b']])
  })

  it('multiple: check several', async () => {
    const w = await mountQ({
      id: 'm',
      competences: ['4.1'],
      type: 'multiple',
      prompt: 'P',
      explanation: 'E',
      options: opts(['a', 'b', 'c'], ['a', 'c']),
    })
    await w.find('input[value=a]').setValue(true)
    await w.find('input[value=c]').setValue(true)
    await w.find('form').trigger('submit')
    expect((w.emitted('submit')![0]![0] as string[]).sort()).toEqual(['a', 'c'])
  })

  it('true/false: two radio buttons in the written order', async () => {
    const w = await mountQ({
      id: 't',
      competences: ['4.1'],
      type: 'truefalse',
      prompt: 'P',
      explanation: 'E',
      options: [
        { id: 'dung', text: 'Đúng', correct: false, critical: false, explanation: 'x' },
        { id: 'sai', text: 'Sai', correct: true, critical: false, explanation: 'y' },
      ],
    })
    expect(w.findAll('input[type=radio]').map((i) => i.attributes('value'))).toEqual(['dung', 'sai'])
  })

  it('order: buttons move items (usable with a keyboard), submit sends the order', async () => {
    const w = await mountQ({
      id: 'o',
      competences: ['4.1'],
      type: 'order',
      prompt: 'P',
      explanation: 'E',
      options: opts(['a', 'b', 'c']),
    })
    const texts = () => w.findAll('.order__text').map((x) => x.text())
    const before = texts()
    expect(before).not.toEqual(['Phương án a', 'Phương án b', 'Phương án c'])
    const buttons = w.findAll('.order__btns button')
    expect(buttons.every((b) => b.element.tagName === 'BUTTON' && b.attributes('aria-label'))).toBe(true)
    await w.find(`button[aria-label="Đưa “${before[1]}” lên trên"]`).trigger('click')
    expect(texts()).toEqual([before[1], before[0], before[2]])
    await w.find('form').trigger('submit')
    expect(w.emitted('submit')![0]![0]).toEqual(texts().map((t) => t.replace('Phương án ', '')))
  })

  it('spot: parts are toggle buttons with aria-pressed', async () => {
    const w = await mountQ({
      id: 's',
      competences: ['4.1'],
      type: 'spot',
      prompt: 'P',
      explanation: 'E',
      frame: 'sms',
      sender: 'VCB',
      parts: [
        { id: 'p1', text: 'Xin chào', suspicious: false, explanation: 'bình thường' },
        { id: 'p2', text: 'bấm vneid-capnhat.com', suspicious: true, explanation: 'link lạ' },
        { id: 'p3', text: 'trong 2 giờ', suspicious: true, explanation: 'hối thúc' },
      ],
    })
    const part = w.findAll('.spot__part')[1]!
    expect(part.attributes('aria-pressed')).toBe('false')
    await part.trigger('click')
    expect(part.attributes('aria-pressed')).toBe('true')
    await w.find('form').trigger('submit')
    expect(w.emitted('submit')![0]).toEqual([['p2']])
  })

  it('after answering: locked inputs, verdict, the overall and every option explanation', async () => {
    const w = await mountQ(makeSingle('q'), ['c'])
    expect(w.find('fieldset').attributes('disabled')).toBeDefined()
    const fb = w.find('[data-testid=feedback]')
    expect(fb.text()).toContain('Lựa chọn nguy hiểm!')
    expect(fb.text()).toContain('Giải thích chung.')
    for (const e of ['Vì đúng.', 'Vì sai.', 'Nguy hiểm.']) expect(fb.text()).toContain(e)
    expect(w.find('button[type=submit]').exists()).toBe(false)
  })

  it('marks the chosen and the right options in place, in words, with the full explanation one tap away', async () => {
    const w = await mountQ(makeSingle('q'), ['c'])
    const marked = Object.fromEntries(
      w.findAll('label.choice').map((l) => [l.find('input').attributes('value'), l.attributes('data-mark')]),
    )
    expect(marked).toEqual({ a: 'right', b: undefined, c: 'chosenWrong' })
    expect(w.find('[data-mark=right]').text()).toContain('Đáp án đúng')
    expect(w.find('[data-mark=chosenWrong]').text()).toContain('Em chọn: sai')
    expect(w.find('details summary').text()).toBe('Giải thích từng đáp án')
  })

  it('marks each place of an answered order and each part of an answered spot question', async () => {
    const o = await mountQ(
      {
        id: 'o',
        competences: ['4.1'],
        type: 'order',
        prompt: 'P',
        explanation: 'E',
        options: opts(['a', 'b', 'c']),
      },
      ['b', 'a', 'c'],
    )
    expect(o.findAll('.order__item').map((li) => li.find('.order__mark').text())).toEqual([
      'Sai vị trí: đúng là bước 2',
      'Sai vị trí: đúng là bước 1',
      'Đúng vị trí',
    ])
    const s = await mountQ(
      {
        id: 's',
        competences: ['4.1'],
        type: 'spot',
        prompt: 'P',
        explanation: 'E',
        frame: 'sms',
        parts: [
          { id: 'p1', text: 'Xin chào', suspicious: false, explanation: 'x' },
          { id: 'p2', text: 'bấm link', suspicious: true, explanation: 'y' },
          { id: 'p3', text: 'gấp', suspicious: true, explanation: 'z' },
        ],
      },
      ['p1', 'p2'],
    )
    expect(
      s.findAll('.spot__part').map((b) => (b.find('.spot__mark').exists() ? b.find('.spot__mark').text() : '')),
    ).toEqual(['Không đáng ngờ', 'Dấu hiệu đáng ngờ', 'Em bỏ sót: đáng ngờ'])
  })

  it('a right answer says so', async () => {
    const w = await mountQ(makeSingle('q'), ['a'])
    expect(w.find('[data-testid=feedback]').text()).toContain('Đúng rồi!')
  })
})
