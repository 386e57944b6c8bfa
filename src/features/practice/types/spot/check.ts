// Spot practice, pure: a round is right when exactly its warning signs are picked; the score is the share
// of rounds right.
import type { Practice } from '@/content/schema'
import type { PracticeOutcome } from '../../practiceType'

export type SpotPractice = Extract<Practice, { type: 'spot' }>
export type SpotRound = SpotPractice['rounds'][number]
export interface SpotTally {
  rightRounds: number
}

export function roundRight(round: SpotRound, picked: readonly string[]): boolean {
  const signs = round.parts.filter((p) => p.suspicious).map((p) => p.id)
  return picked.length === signs.length && signs.every((id) => picked.includes(id))
}

export function spotOutcome(practice: SpotPractice, { rightRounds }: SpotTally): PracticeOutcome {
  const n = practice.rounds.length
  return { score: n ? rightRounds / n : 1, mistakes: n - rightRounds }
}
