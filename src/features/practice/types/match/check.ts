// Match practice, pure: which items sit in the right group, and the score (the share right at the first
// check: later corrections finish the practice but do not raise the score).
import type { Practice } from '@/content/schema'
import type { PracticeOutcome } from '../../practiceType'

export type MatchPractice = Extract<Practice, { type: 'match' }>
export interface MatchTally {
  /** Items placed right at the first check. */
  rightFirstTry: number
}

export function placements(practice: MatchPractice, chosen: Readonly<Record<string, string>>): Record<string, boolean> {
  return Object.fromEntries(practice.items.map((i) => [i.id, chosen[i.id] === i.group]))
}

export function matchOutcome(practice: MatchPractice, { rightFirstTry }: MatchTally): PracticeOutcome {
  const n = practice.items.length
  return { score: n ? rightFirstTry / n : 1, mistakes: n - rightFirstTry }
}
