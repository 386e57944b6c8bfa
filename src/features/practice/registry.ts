// Every practice type in one table: its component (lazy), its pure check and its present-mode cards,
// each from the type's own folder under types/. The table is typed over the content schema's types and
// the custom ids, so a new type without all three facets, or a facet of the wrong practice shape, is a
// type error. A module's own simulation (type: custom) is one more row here.
import { defineAsyncComponent, type Component } from 'vue'
import type { Card, Practice } from '@/content/schema'
import type { CustomPractice, LabelFn, PracticeOutcome, PracticeType } from './practiceType'
import { orderOutcome, type OrderTally } from './types/order/check'
import { orderCards } from './types/order/cards'
import { matchOutcome, type MatchTally } from './types/match/check'
import { matchCards } from './types/match/cards'
import { spotOutcome, type SpotTally } from './types/spot/check'
import { spotCards } from './types/spot/cards'
import { scenarioOutcome, type ScenarioTally } from './types/scenario/check'
import { scenarioCards } from './types/scenario/cards'
import { dvcOutcome, type DvcTally } from './types/dvc-application/check'
import { passphraseOutcome, type PassphraseTally } from './types/passphrase-builder/check'
import { localityOutcome, type LocalityTally } from './types/locality/check'

type GenericType = Exclude<Practice['type'], 'custom'>
export const CUSTOM_TYPES = ['dvc-application', 'passphrase-builder', 'locality-practice'] as const
export type CustomType = (typeof CUSTOM_TYPES)[number]
export type PracticeTypeId = GenericType | CustomType

/** The practice shape each type id works on. */
export type PracticeOf<K extends PracticeTypeId> = K extends GenericType
  ? Extract<Practice, { type: K }>
  : CustomPractice

/** What each type's check counts while the learner works. */
export interface Tallies {
  order: OrderTally
  match: MatchTally
  spot: SpotTally
  scenario: ScenarioTally
  'dvc-application': DvcTally
  'passphrase-builder': PassphraseTally
  'locality-practice': LocalityTally
}

// The custom simulations are tried hands-on, on each person's own phone: present mode shows their intro
// and the QR code to open them ("try it yourself"), not a walk-through that would give the answers away.
const handsOn = (): Card[] => []

export const TYPES: { [K in PracticeTypeId]: PracticeType<PracticeOf<K>, Tallies[K]> } = {
  order: {
    component: defineAsyncComponent(() => import('./types/order/PracticeOrder.vue')),
    check: orderOutcome,
    cards: orderCards,
  },
  match: {
    component: defineAsyncComponent(() => import('./types/match/PracticeMatch.vue')),
    check: matchOutcome,
    cards: matchCards,
  },
  spot: {
    component: defineAsyncComponent(() => import('./types/spot/PracticeSpot.vue')),
    check: spotOutcome,
    cards: spotCards,
  },
  scenario: {
    component: defineAsyncComponent(() => import('./types/scenario/PracticeScenario.vue')),
    check: scenarioOutcome,
    cards: scenarioCards,
  },
  'dvc-application': {
    component: defineAsyncComponent(() => import('./types/dvc-application/DvcApplication.vue')),
    check: dvcOutcome,
    cards: handsOn,
  },
  'passphrase-builder': {
    component: defineAsyncComponent(() => import('./types/passphrase-builder/PassphraseBuilder.vue')),
    check: passphraseOutcome,
    cards: handsOn,
  },
  'locality-practice': {
    component: defineAsyncComponent(() => import('./types/locality/LocalityPractice.vue')),
    check: localityOutcome,
    cards: handsOn,
  },
}

function isCustomType(id: string): id is CustomType {
  return (CUSTOM_TYPES as readonly string[]).includes(id)
}

/** The learner's screen for a practice, or undefined for a custom component nobody registered. */
export function practiceComponent(p: Practice): Component | undefined {
  if (p.type !== 'custom') return TYPES[p.type].component
  return isCustomType(p.component) ? TYPES[p.component].component : undefined
}

/** The ids a content file may name as `component:` (the content test checks every one is here). */
export function registeredCustomComponents(): string[] {
  return [...CUSTOM_TYPES]
}

function ownCards(p: Practice, label: LabelFn): Card[] {
  switch (p.type) {
    case 'order':
      return TYPES.order.cards(p, label)
    case 'match':
      return TYPES.match.cards(p, label)
    case 'spot':
      return TYPES.spot.cards(p, label)
    case 'scenario':
      return TYPES.scenario.cards(p, label)
    case 'custom':
      return isCustomType(p.component) ? TYPES[p.component].cards(p, label) : []
  }
}

/** Present mode: the practice's intro, the type's own cards, then "try it yourself" with the QR code. */
export function practiceCards(p: Practice, label: LabelFn): Card[] {
  const own = ownCards(p, label)
  return [
    { type: 'text', title: p.title, body: p.intro },
    ...own,
    { type: 'callout', tone: 'info', title: label('tryYourself'), body: label('tryYourselfBody') },
  ]
}

export type { PracticeOutcome }
