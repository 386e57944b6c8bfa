// Order practice, pure: which places are wrong, and the score (full marks only when right at the first
// check; each further check divides it).
import type { Practice } from '@/content/schema'
import type { PracticeOutcome } from '../../practiceType'

export type OrderPractice = Extract<Practice, { type: 'order' }>
export interface OrderTally {
  /** How many times "Kiểm tra" was pressed, the last one right. */
  checks: number
}

export function wrongPlaces(practice: OrderPractice, ids: readonly string[]): number[] {
  return ids.flatMap((id, i) => (id === practice.items[i]?.id ? [] : [i]))
}

export function orderOutcome(_practice: OrderPractice, { checks }: OrderTally): PracticeOutcome {
  const n = Math.max(1, checks)
  return { score: n === 1 ? 1 : 1 / n, mistakes: n - 1 }
}
