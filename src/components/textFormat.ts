// Turns lesson text into safe tokens: paragraphs, bullet lists, **bold** and [links](…).
// No HTML is ever interpreted, so nothing renders raw markup, even for a school's own locality pack.
export type Inline =
  { kind: 'text' | 'bold'; text: string } | { kind: 'link'; text: string; href: string; internal: boolean }
export type TextBlock = { kind: 'p'; inline: Inline[] } | { kind: 'ul'; items: Inline[][] }

const INLINE = /\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g

export function parseInline(text: string): Inline[] {
  const out: Inline[] = []
  let last = 0
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) })
    if (m[1] !== undefined) out.push({ kind: 'bold', text: m[1] })
    else {
      const href = m[3]!
      const internal = href.startsWith('/')
      if (internal || /^https?:\/\//.test(href)) out.push({ kind: 'link', text: m[2]!, href, internal })
      else out.push({ kind: 'text', text: m[2]! })
    }
    last = m.index + m[0].length
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) })
  return out
}

export function parseText(body: string): TextBlock[] {
  const blocks: TextBlock[] = []
  for (const chunk of body.trim().split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    let para: string[] = []
    let list: Inline[][] = []
    const flushPara = (): void => {
      if (para.length) blocks.push({ kind: 'p', inline: parseInline(para.join(' ')) })
      para = []
    }
    const flushList = (): void => {
      if (list.length) blocks.push({ kind: 'ul', items: list })
      list = []
    }
    for (const line of lines) {
      if (/^[-•*]\s+/.test(line)) {
        flushPara()
        list.push(parseInline(line.replace(/^[-•*]\s+/, '')))
      } else {
        flushList()
        para.push(line)
      }
    }
    flushPara()
    flushList()
  }
  return blocks
}
