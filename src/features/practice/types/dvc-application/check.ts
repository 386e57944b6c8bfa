// The mock DVC application, pure: each trap fallen into (OTP to a "support" chat, paying a personal
// account, a wrong login) costs a quarter of the score.
import type { CustomPractice, PracticeOutcome } from '../../practiceType'

export interface DvcTally {
  mistakes: number
}

export function dvcOutcome(_practice: CustomPractice, { mistakes }: DvcTally): PracticeOutcome {
  return { score: Math.max(0, 1 - mistakes * 0.25), mistakes }
}
