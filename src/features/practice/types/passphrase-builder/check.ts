// The passphrase builder, pure: it is finished only with a passphrase the offline estimate rates strong
// (3 of 0..4), so finishing is full marks; a weaker one is no result at all.
import type { CustomPractice, PracticeOutcome } from '../../practiceType'

export const STRONG_ENOUGH = 3

export interface PassphraseTally {
  /** 0..4, from estimate(). */
  strength: number
}

export function strongEnough(strength: number): boolean {
  return strength >= STRONG_ENOUGH
}

export function passphraseOutcome(_practice: CustomPractice, { strength }: PassphraseTally): PracticeOutcome {
  return strongEnough(strength) ? { score: 1, mistakes: 0 } : { score: 0, mistakes: 1 }
}
