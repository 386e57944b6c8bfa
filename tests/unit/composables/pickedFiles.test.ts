// pickedFiles: the files of a file input's change, and the input emptied so the same file can be chosen again.
import { describe, expect, it } from 'vitest'
import { pickedFiles, readPickedText } from '@/composables/pickedFiles'

function changeOf(files: File[]): { event: Event; input: HTMLInputElement; cleared: () => boolean } {
  const input = document.createElement('input')
  input.type = 'file'
  let cleared = false
  Object.defineProperty(input, 'files', { value: files })
  Object.defineProperty(input, 'value', {
    get: () => (cleared ? '' : 'C:\\fakepath\\a.txt'),
    set: (v: string) => (cleared = v === ''),
  })
  const event = new Event('change')
  input.dispatchEvent(event)
  return { event, input, cleared: () => cleared }
}

describe('pickedFiles', () => {
  it('returns every chosen file, in order, and empties the input', () => {
    const a = new File(['một'], 'a.txt')
    const b = new File(['hai'], 'b.txt')
    const c = changeOf([a, b])
    expect(pickedFiles(c.event)).toEqual([a, b])
    expect(c.cleared()).toBe(true)
    expect(c.input.value).toBe('')
  })

  it('returns nothing when the choice was cancelled', () => {
    expect(pickedFiles(changeOf([]).event)).toEqual([])
  })
})

describe('readPickedText', () => {
  it('reads a file within the limit as text', async () => {
    expect(await readPickedText(new File(['{"a":1}'], 'a.json'), 7)).toEqual({ ok: true, text: '{"a":1}' })
  })

  it('refuses a file over the limit without reading it', async () => {
    const file = new File(['{"a":1}'], 'a.json')
    let read = false
    file.text = () => ((read = true), Promise.resolve(''))
    expect(await readPickedText(file, 6)).toEqual({ ok: false, problem: 'tooLarge' })
    expect(read).toBe(false)
  })

  it('turns a file the phone cannot read into the problem "read"', async () => {
    const file = new File(['x'], 'a.json')
    file.text = () => Promise.reject(new DOMException('gone', 'NotReadableError'))
    expect(await readPickedText(file, 10)).toEqual({ ok: false, problem: 'read' })
  })
})
