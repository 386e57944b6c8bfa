// Module 5's practice, pure: it is a match practice built from the province's pack, scored the same way
// (the share of needs sent to the right place at the first check).
import type { CustomPractice, PracticeOutcome } from '../../practiceType'

export interface LocalityTally {
  rightFirstTry: number
  /** The active pack's number of needs. */
  items: number
}

export function localityOutcome(_practice: CustomPractice, { rightFirstTry, items }: LocalityTally): PracticeOutcome {
  return { score: items ? rightFirstTry / items : 1, mistakes: items - rightFirstTry }
}
