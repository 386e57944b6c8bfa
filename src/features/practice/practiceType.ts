// What every practice type provides, in one shape: the component the learner uses, the pure check that
// turns what happened into a score, and the cards present mode shows on a projector. The registry is
// typed over this, so a type without one of the three facets does not compile.
import type { Component } from 'vue'
import type { Card, Practice } from '@/content/schema'

export interface PracticeOutcome {
  /** 0..1 */
  score: number
  mistakes: number
}

/** The words present mode's cards need; the page turns each kind into Vietnamese with t(). */
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

export type LabelFn = (k: PresentLabel, n?: number) => string

export type CustomPractice = Extract<Practice, { type: 'custom' }>

export interface PracticeType<P extends Practice, Tally> {
  /** The learner's screen; it emits `done` with the check's outcome. Loaded lazily. */
  component: Component
  /** Pure: the learner's tally (checks made, rounds right, mistakes…) → score and mistakes. */
  check: (practice: P, tally: Tally) => PracticeOutcome
  /** Pure: the type's own present-mode cards, between the intro card and "try it yourself". */
  cards: (practice: P, label: LabelFn) => Card[]
}
