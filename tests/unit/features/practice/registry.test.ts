// The practice-type registry: every type has its component, check and present-mode cards, every custom
// component a module names is registered, and present mode turns every practice into cards.
import { describe, expect, it } from 'vitest'
import { practiceCards, practiceComponent, registeredCustomComponents, TYPES } from '@/features/practice/registry'
import type { PracticeType } from '@/features/practice/practiceType'
import type { Practice } from '@/content/schema'
import { cardSpeech } from '@/composables/speech'
import { loadAllContent } from '../../../../build/content-files'

const label = (k: string, n?: number) => (n === undefined ? k : `${k} ${n}`)

describe('practice type registry', () => {
  it('has all three facets for every type', () => {
    for (const [id, row] of Object.entries(TYPES)) {
      expect(row.component, id).toBeTruthy()
      expect(typeof row.check, id).toBe('function')
      expect(typeof row.cards, id).toBe('function')
    }
  })

  it('refuses, at compile time, a type without its present-mode cards', () => {
    const order: Extract<Practice, { type: 'order' }> = {
      id: 'p',
      competences: ['4.1'],
      type: 'order',
      title: 'T',
      intro: 'I',
      minutes: 1,
      items: [],
      consequence: 'c',
      success: 's',
    }
    // @ts-expect-error a practice type must provide cards
    const broken: PracticeType<Extract<Practice, { type: 'order' }>, { checks: number }> = {
      component: {},
      check: () => ({ score: 1, mistakes: 0 }),
    }
    expect(broken.check(order, { checks: 1 })).toEqual({ score: 1, mistakes: 0 })
  })

  it('finds a component for every practice in the content and none for an unknown custom id', () => {
    const all = loadAllContent()
    for (const m of all) for (const p of m.practices) expect(practiceComponent(p), p.id).toBeDefined()
    expect(
      practiceComponent({
        id: 'x',
        competences: ['4.1'],
        type: 'custom',
        component: 'khong-co',
        title: 'T',
        intro: 'I',
        minutes: 1,
      }),
    ).toBeUndefined()
    expect(registeredCustomComponents()).toEqual(['dvc-application', 'passphrase-builder', 'locality-practice'])
  })

  it('turns every practice of every module into cards, from its intro to “try it yourself”', () => {
    for (const m of loadAllContent()) {
      for (const p of m.practices) {
        const cards = practiceCards(p, label)
        expect(cards.length, p.id).toBeGreaterThanOrEqual(2)
        expect(cards[0]).toMatchObject({ type: 'text', title: p.title })
        expect(cards.at(-1)).toMatchObject({ type: 'callout', title: 'tryYourself' })
        for (const c of cards) expect(cardSpeech(c).length, p.id).toBeGreaterThan(0)
      }
    }
  })
})
