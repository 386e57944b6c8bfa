// Scenario practice on a projector: the safe path once, each moment with its choices, what not to do and
// why, and what to do.
import type { Card } from '@/content/schema'
import type { LabelFn } from '../../practiceType'
import { bullets, explain } from '../../cardText'
import type { ScenarioPractice } from './check'

export function scenarioCards(p: ScenarioPractice, label: LabelFn): Card[] {
  const cards: Card[] = []
  // A visited set guards against a loop in hand-written content.
  const seen = new Set<string>()
  let node = p.nodes.find((n) => n.id === p.start)
  while (node && !seen.has(node.id)) {
    seen.add(node.id)
    cards.push(
      node.mock
        ? { type: 'mock', title: label('situation'), body: node.say, mock: node.mock }
        : { type: 'text', title: label('situation'), body: node.say },
    )
    cards.push({
      type: 'text',
      title: label('whatWouldYouDo'),
      body: bullets(node.choices.map((c) => c.text)),
    })
    const unsafe = node.choices.filter((c) => !c.safe)
    if (unsafe.length)
      cards.push({
        type: 'callout',
        tone: 'danger',
        title: label('notThis'),
        body: bullets(unsafe.map((c) => explain(c.text, c.consequence))),
      })
    const safe = node.choices.find((c) => c.safe)
    if (!safe) break
    cards.push({
      type: 'callout',
      tone: 'success',
      title: label('doThis'),
      body: `**${safe.text}**\n\n${safe.consequence}`,
    })
    node = safe.next ? p.nodes.find((n) => n.id === safe.next) : undefined
  }
  cards.push({ type: 'callout', tone: 'tip', title: label('remember'), body: p.lesson })
  return cards
}
