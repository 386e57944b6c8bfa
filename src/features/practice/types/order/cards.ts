// Order practice on a projector: each step with why it comes there, what goes wrong out of order, the end.
import type { Card } from '@/content/schema'
import type { LabelFn } from '../../practiceType'
import type { OrderPractice } from './check'

export function orderCards(p: OrderPractice, label: LabelFn): Card[] {
  return [
    ...p.items.map((item, i): Card => ({
      type: 'text',
      title: label('step', i + 1),
      body: `**${item.text}**\n\n${item.explanation}`,
    })),
    { type: 'callout', tone: 'warning', title: label('ifWrongOrder'), body: p.consequence },
    { type: 'callout', tone: 'success', title: label('wellDone'), body: p.success },
  ]
}
