// Present mode's content: a lesson's own cards, or a practice turned into cards one can talk through on a
// projector (steps, groups, a message then its warning signs, a scenario's safe path). Pure: no Vue, no DOM.
import type { Card, Mock, ModuleContent, Practice } from '@/content/schema'

export type PresentLabel =
  | 'step'
  | 'ifWrongOrder'
  | 'wellDone'
  | 'isItSafe'
  | 'warningSigns'
  | 'noWarningSigns'
  | 'message'
  | 'whatWouldYouDo'
  | 'doThis'
  | 'notThis'
  | 'remember'
  | 'tryYourself'
  | 'tryYourselfBody'
  | 'situation'

export interface PresentItem {
  kind: 'lesson' | 'practice'
  moduleId: string
  id: string
  title: string
  cards: Card[]
  /** The in-app link people open on their own phones (the QR code). */
  path: string
}

export function itemPath(moduleId: string, kind: 'lesson' | 'practice', id: string): string {
  return kind === 'lesson' ? `/modules/${moduleId}/lessons/${id}` : `/modules/${moduleId}/practice/${id}`
}

/** Lessons first, then practices, in the module's order: what "next" walks through. */
export function presentSequence(content: ModuleContent): Array<{ kind: 'lesson' | 'practice'; id: string; title: string }> {
  return [
    ...content.lessons.map((l) => ({ kind: 'lesson' as const, id: l.id, title: l.title })),
    ...content.practices.map((p) => ({ kind: 'practice' as const, id: p.id, title: p.title })),
  ]
}

/** A lesson id wins if a practice has the same id (the route carries only the id). */
export function findPresentItem(content: ModuleContent, itemId: string, label: (k: PresentLabel, n?: number) => string): PresentItem | undefined {
  const moduleId = content.meta.id
  const lesson = content.lessons.find((l) => l.id === itemId)
  if (lesson) return { kind: 'lesson', moduleId, id: lesson.id, title: lesson.title, cards: lesson.cards, path: itemPath(moduleId, 'lesson', lesson.id) }
  const practice = content.practices.find((p) => p.id === itemId)
  if (!practice) return undefined
  return { kind: 'practice', moduleId, id: practice.id, title: practice.title, cards: practiceCards(practice, label), path: itemPath(moduleId, 'practice', practice.id) }
}

const bullets = (lines: string[]): string => lines.map((l) => `- ${l}`).join('\n')
/** "**term**: why", without a double colon when the term already ends with punctuation. */
const explain = (term: string, why: string): string => `**${term.trim()}**${/[:.!?…]$/.test(term.trim()) ? '' : ':'} ${why}`

function spotMock(frame: string, sender: string | undefined, text: string, fallback: string): Mock {
  const who = sender?.trim() || fallback
  if (frame === 'web') return { kind: 'web', url: who, secure: true, blocks: [{ text }] }
  if (frame === 'chat') return { kind: 'chat', app: fallback, contact: who, messages: [{ text, from: 'them' }] }
  if (frame === 'email') return { kind: 'app', app: 'Email', title: who, theme: 'blue', blocks: [{ text }] }
  return { kind: 'sms', sender: who, messages: [{ text, from: 'them' }] }
}

export function practiceCards(p: Practice, label: (k: PresentLabel, n?: number) => string): Card[] {
  const cards: Card[] = [{ type: 'text', title: p.title, body: p.intro }]
  switch (p.type) {
    case 'order':
      p.items.forEach((item, i) => cards.push({ type: 'text', title: label('step', i + 1), body: `**${item.text}**\n\n${item.explanation}` }))
      cards.push({ type: 'callout', tone: 'warning', title: label('ifWrongOrder'), body: p.consequence })
      cards.push({ type: 'callout', tone: 'success', title: label('wellDone'), body: p.success })
      break
    case 'match':
      for (const g of p.groups) {
        const items = p.items.filter((i) => i.group === g.id)
        if (items.length) cards.push({ type: 'text', title: g.label, body: bullets(items.map((i) => explain(i.text, i.explanation))) })
      }
      cards.push({ type: 'callout', tone: 'success', title: label('wellDone'), body: p.success })
      break
    case 'spot':
      for (const r of p.rounds) {
        const text = r.parts.map((x) => x.text).join(' ')
        cards.push({ type: 'mock', title: label('isItSafe'), mock: spotMock(r.frame, r.sender, text, label('message')) })
        const signs = r.parts.filter((x) => x.suspicious)
        const body = signs.length ? `${bullets(signs.map((x) => explain(x.text, x.explanation)))}\n\n${r.verdict}` : r.verdict
        cards.push({ type: 'callout', tone: r.isScam ? 'danger' : 'success', title: signs.length ? label('warningSigns') : label('noWarningSigns'), body })
      }
      cards.push({ type: 'callout', tone: 'success', title: label('wellDone'), body: p.success })
      break
    case 'scenario': {
      // Walk the safe path once (a visited set guards against a loop in hand-written content).
      const seen = new Set<string>()
      let node = p.nodes.find((n) => n.id === p.start)
      while (node && !seen.has(node.id)) {
        seen.add(node.id)
        cards.push(node.mock ? { type: 'mock', title: label('situation'), body: node.say, mock: node.mock } : { type: 'text', title: label('situation'), body: node.say })
        cards.push({ type: 'text', title: label('whatWouldYouDo'), body: bullets(node.choices.map((c) => c.text)) })
        const unsafe = node.choices.filter((c) => !c.safe)
        if (unsafe.length) cards.push({ type: 'callout', tone: 'danger', title: label('notThis'), body: bullets(unsafe.map((c) => explain(c.text, c.consequence))) })
        const safe = node.choices.find((c) => c.safe)
        if (!safe) break
        cards.push({ type: 'callout', tone: 'success', title: label('doThis'), body: `**${safe.text}**\n\n${safe.consequence}` })
        node = safe.next ? p.nodes.find((n) => n.id === safe.next) : undefined
      }
      cards.push({ type: 'callout', tone: 'tip', title: label('remember'), body: p.lesson })
      break
    }
    case 'custom':
      break
  }
  cards.push({ type: 'callout', tone: 'info', title: label('tryYourself'), body: label('tryYourselfBody') })
  return cards
}
