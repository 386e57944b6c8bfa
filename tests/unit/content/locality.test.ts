// A locality pack is checked with a schema library whose own messages are English: every problem a school
// can meet must read as a Vietnamese sentence (issue #15, defect 10).
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parsePack } from '@/content/locality'
import { packTemplate } from '@/content/localityTemplate'

const ENGLISH = /\b(Invalid|Expected|received|never|type|length|key|value|string|number|array|object)\b/
const template = () => packTemplate('ha-noi', 'Hà Nội', '2026-11-27') as unknown as Record<string, unknown>

/** Sets `value` at a path into a deep copy of the template. */
function withValue(path: Array<string | number>, value: unknown): unknown {
  const pack = JSON.parse(JSON.stringify(template())) as Record<string, unknown>
  let node = pack as Record<string | number, unknown>
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, unknown>
  node[path.at(-1)!] = value
  return pack
}

const PATHS: Array<Array<string | number>> = [
  ['id'],
  ['province'],
  ['updated'],
  ['author'],
  ['summary'],
  ['facts'],
  ['channels'],
  ['groups'],
  ['needs'],
  ['extra'],
  ['channels', 0, 'kind'],
  ['channels', 0, 'address'],
  ['channels', 0, 'id'],
  ['channels', 0, 'source'],
  ['channels', 0, 'constructor'],
  ['needs', 0, 'group'],
  ['needs', 0, 'need'],
  ['groups', 0],
  ['facts', 0],
  ['__proto__'],
  ['toString'],
]

describe('locality pack problems are worded in Vietnamese', () => {
  it('for any value put anywhere in a pack', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATHS),
        fc.oneof(
          fc.anything(),
          fc.string(),
          fc.constantFrom('', ' ', 'x'.repeat(700), '2026-13-45', 'javascript:alert(1)', 'http://', null),
        ),
        (path, value) => {
          const r = parsePack(withValue(path, value))
          if (r.ok) return
          expect(r.message).not.toMatch(ENGLISH)
          expect(r.message).toMatch(/Gói|gói/)
        },
      ),
      { numRuns: 300 },
    )
  })

  it.each([
    ['a number where text goes', ['province'], 5, 'tên tỉnh'],
    ['an unknown field', ['extra'], 'x', 'trường lạ'],
    ['a channel of an unknown kind', ['channels', 0, 'kind'], 'fax', 'loại kênh'],
    ['an empty list of channels', ['channels'], [], 'kênh'],
  ])('names the field and the problem for %s', (_, path, value, words) => {
    const r = parsePack(withValue(path as Array<string | number>, value))
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toContain(words)
      expect(r.message).not.toMatch(ENGLISH)
    }
  })
})
