// pickedFiles: the files of a file input's change, and the input emptied so the same file can be chosen again.
import { describe, expect, it } from 'vitest'
import { pickedFiles } from '@/composables/pickedFiles'

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
