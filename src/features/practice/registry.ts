// Practice types are components registered by id: a module adds its own simulation here
// without touching the engine. Each loads lazily with the practice page.
import { defineAsyncComponent, type Component } from 'vue'
import type { Practice } from '@/content/schema'

export interface PracticeOutcome {
  /** 0..1 */
  score: number
  mistakes: number
}

const generic: Record<Exclude<Practice['type'], 'custom'>, Component> = {
  order: defineAsyncComponent(() => import('./PracticeOrder.vue')),
  match: defineAsyncComponent(() => import('./PracticeMatch.vue')),
  spot: defineAsyncComponent(() => import('./PracticeSpot.vue')),
  scenario: defineAsyncComponent(() => import('./PracticeScenario.vue')),
}

const custom: Record<string, Component> = {
  'dvc-application': defineAsyncComponent(() => import('./custom/DvcApplication.vue')),
  'locality-practice': defineAsyncComponent(() => import('@/features/practice/types/locality/LocalityPractice.vue')),
  'passphrase-builder': defineAsyncComponent(() => import('./custom/PassphraseBuilder.vue')),
}

export function practiceComponent(p: Practice): Component | undefined {
  return p.type === 'custom' ? custom[p.component] : generic[p.type]
}

export function registeredCustomComponents(): string[] {
  return Object.keys(custom)
}
