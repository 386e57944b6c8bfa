// Spot practice on a projector: each message as it arrives, then its warning signs and verdict.
import type { Card, Mock } from '@/content/schema'
import type { LabelFn } from '../../practiceType'
import { bullets, explain } from '../../cardText'
import type { SpotPractice } from './check'

function spotMock(frame: string, sender: string | undefined, text: string, fallback: string): Mock {
  const who = sender?.trim() || fallback
  if (frame === 'web') return { kind: 'web', url: who, secure: true, blocks: [{ text }] }
  if (frame === 'chat') return { kind: 'chat', app: fallback, contact: who, messages: [{ text, from: 'them' }] }
  if (frame === 'email') return { kind: 'app', app: 'Email', title: who, theme: 'blue', blocks: [{ text }] }
  return { kind: 'sms', sender: who, messages: [{ text, from: 'them' }] }
}

export function spotCards(p: SpotPractice, label: LabelFn): Card[] {
  const cards: Card[] = []
  for (const r of p.rounds) {
    const text = r.parts.map((x) => x.text).join(' ')
    cards.push({
      type: 'mock',
      title: label('isItSafe'),
      mock: spotMock(r.frame, r.sender, text, label('message')),
    })
    const signs = r.parts.filter((x) => x.suspicious)
    const body = signs.length
      ? `${bullets(signs.map((x) => explain(x.text, x.explanation)))}\n\n${r.verdict}`
      : r.verdict
    cards.push({
      type: 'callout',
      tone: r.isScam ? 'danger' : 'success',
      title: signs.length ? label('warningSigns') : label('noWarningSigns'),
      body,
    })
  }
  cards.push({ type: 'callout', tone: 'success', title: label('wellDone'), body: p.success })
  return cards
}
