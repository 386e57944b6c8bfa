// Present mode's content: a lesson's own cards, or a practice turned into cards one can talk through on a
// projector. Each practice type draws its own cards (features/practice/types/<type>/cards.ts); this file
// picks the item and its link. No DOM.
import type { Card, ModuleContent } from '@/content/schema'
import { practiceCards, type PresentLabel } from '@/features/practice/store'

export type { PresentLabel }

export interface PresentItem {
  kind: 'lesson' | 'practice'
  moduleId: string
  id: string
  title: string
  cards: Card[]
  /** The in-app link people open on their own phones (the QR code). */
  path: string
}

/** The in-app path to present an item, returning to `back` (an in-app path) when the presenter leaves. */
export function presentLink(
  moduleId: string,
  itemId: string,
  back: string,
): { name: 'present'; params: { moduleId: string; itemId: string }; query: { back: string } } {
  return { name: 'present', params: { moduleId, itemId }, query: { back } }
}

/** Only an in-app path is a place to return to (a query can be typed by anyone). */
export function safeBack(back: unknown, fallback: string): string {
  return typeof back === 'string' && /^\/(?!\/)/.test(back) ? back : fallback
}

export function itemPath(moduleId: string, kind: 'lesson' | 'practice', id: string): string {
  return kind === 'lesson' ? `/modules/${moduleId}/lessons/${id}` : `/modules/${moduleId}/practice/${id}`
}

/** Lessons first, then practices, in the module's order: what "next" walks through. */
export function presentSequence(
  content: ModuleContent,
): Array<{ kind: 'lesson' | 'practice'; id: string; title: string }> {
  return [
    ...content.lessons.map((l) => ({ kind: 'lesson' as const, id: l.id, title: l.title })),
    ...content.practices.map((p) => ({ kind: 'practice' as const, id: p.id, title: p.title })),
  ]
}

/** A lesson id wins if a practice has the same id (the route carries only the id). */
export function findPresentItem(
  content: ModuleContent,
  itemId: string,
  label: (k: PresentLabel, n?: number) => string,
): PresentItem | undefined {
  const moduleId = content.meta.id
  const lesson = content.lessons.find((l) => l.id === itemId)
  if (lesson)
    return {
      kind: 'lesson',
      moduleId,
      id: lesson.id,
      title: lesson.title,
      cards: lesson.cards,
      path: itemPath(moduleId, 'lesson', lesson.id),
    }
  const practice = content.practices.find((p) => p.id === itemId)
  if (!practice) return undefined
  return {
    kind: 'practice',
    moduleId,
    id: practice.id,
    title: practice.title,
    cards: practiceCards(practice, label),
    path: itemPath(moduleId, 'practice', practice.id),
  }
}
