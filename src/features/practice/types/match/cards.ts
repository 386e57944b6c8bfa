// Match practice on a projector: one card per group listing its items and why, then the end.
import type { Card } from '@/content/schema'
import type { LabelFn } from '../../practiceType'
import { bullets, explain } from '../../cardText'
import type { MatchPractice } from './check'

export function matchCards(p: MatchPractice, label: LabelFn): Card[] {
  const cards: Card[] = []
  for (const g of p.groups) {
    const items = p.items.filter((i) => i.group === g.id)
    if (items.length)
      cards.push({
        type: 'text',
        title: g.label,
        body: bullets(items.map((i) => explain(i.text, i.explanation))),
      })
  }
  cards.push({ type: 'callout', tone: 'success', title: label('wellDone'), body: p.success })
  return cards
}
