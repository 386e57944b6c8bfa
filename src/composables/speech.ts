// What the read-aloud button says for a card: its title, the words of its mock screen, then its body, as
// plain sentences (no ** and no link targets), cut into pieces a phone's voice reads without stopping.
import type { Card, Mock } from '@/content/schema'
import { parseText, type Inline } from '@/components/textFormat'

function inlineText(parts: Inline[]): string {
  return parts.map((p) => p.text).join('')
}

/** Lesson markup as plain sentences: no ** and no link targets, list items as sentences. */
export function plainText(markup: string): string {
  return parseText(markup)
    .map((b) => (b.kind === 'p' ? inlineText(b.inline) : b.items.map((i) => endSentence(inlineText(i))).join(' ')))
    .map(endSentence)
    .join(' ')
    .trim()
}

function endSentence(s: string): string {
  const t = s.trim()
  return !t || /[.!?…:;]$/.test(t) ? t : `${t}.`
}

/** The words of a mock screen, in reading order. */
export function mockText(mock: Mock): string {
  const parts: string[] = []
  switch (mock.kind) {
    case 'sms':
      parts.push(mock.sender, ...mock.messages.map((m) => m.text))
      break
    case 'chat':
      parts.push(mock.contact, ...mock.messages.map((m) => m.text))
      break
    case 'call':
      parts.push(mock.note ?? '', mock.caller, mock.number ?? '')
      break
    case 'notification':
      parts.push(mock.app, mock.title, mock.text)
      break
    case 'web':
    case 'app':
      parts.push(mock.kind === 'web' ? mock.url : mock.app, mock.title ?? '')
      for (const b of mock.blocks) {
        if ('heading' in b) parts.push(b.heading)
        else if ('text' in b) parts.push(b.text)
        else if ('field' in b) parts.push(b.field, b.value ?? '')
        else if ('button' in b) parts.push(b.button)
        else if ('label' in b) parts.push(b.label, b.value)
        else if ('list' in b) parts.push(...b.list)
        else if ('notice' in b) parts.push(b.notice)
        else if ('caption' in b) parts.push(b.caption ?? '')
      }
      break
  }
  return parts
    .filter((p) => p.trim())
    .map(endSentence)
    .join(' ')
}

/** Title, then the mock screen's words, then the body: what the read-aloud button says. */
export function cardSpeech(card: Card): string {
  const parts = [card.title ? endSentence(card.title) : '']
  if (card.type === 'mock') parts.push(mockText(card.mock))
  if (card.body) parts.push(plainText(card.body))
  return parts.filter(Boolean).join(' ')
}

/**
 * Splits speech into sentence-sized pieces: some Android voices stop after about 15 seconds of one
 * utterance, so long cards are queued as several.
 */
export function speechChunks(text: string, max = 200): string[] {
  const sentences = text.match(/[^.!?…]+[.!?…]*\s*/g) ?? []
  const out: string[] = []
  let cur = ''
  for (const s of sentences) {
    if (cur && (cur + s).length > max) {
      out.push(cur.trim())
      cur = ''
    }
    cur += s
  }
  if (cur.trim()) out.push(cur.trim())
  return out
}
