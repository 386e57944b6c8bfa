// Scenario practice, pure: every unsafe choice on the way is a mistake; the score is the share of safe
// choices among all choices made.
import type { Practice } from '@/content/schema'
import type { PracticeOutcome } from '../../practiceType'

export type ScenarioPractice = Extract<Practice, { type: 'scenario' }>
export interface ScenarioTally {
  /** Moments passed with a safe choice. */
  safeSteps: number
  mistakes: number
}

export function scenarioOutcome(_practice: ScenarioPractice, { safeSteps, mistakes }: ScenarioTally): PracticeOutcome {
  const all = safeSteps + mistakes
  return { score: all ? safeSteps / all : 1, mistakes }
}
