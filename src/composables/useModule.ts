// One module's content (lazy chunk) and the learner's progress in it, for the lesson, practice and quiz
// pages. The learn store is passed in (`useModule(id, useLearnStore())`), so this stays out of Home's
// first paint and knows no feature.
import { ref, shallowRef, watch, type Ref } from 'vue'
import type { ModuleContent } from '@/content/schema'
import type { ModuleProgress } from '@/domain/records'

export interface ModuleSource {
  loadContent(id: string): Promise<ModuleContent | undefined>
  moduleProgress(id: string): Promise<ModuleProgress>
}

/** One module's content (lazy chunk) and the learner's progress in it, for the lesson, practice and quiz pages. */
export function useModule(moduleId: Ref<string>, learn: ModuleSource) {
  const content = shallowRef<ModuleContent>()
  const progress = ref<ModuleProgress>({ lessons: [], practices: [], attempts: [] })
  const state = ref<'loading' | 'ready' | 'missing' | 'error'>('loading')

  async function reloadProgress(): Promise<void> {
    try {
      progress.value = await learn.moduleProgress(moduleId.value)
    } catch {
      // Storage unavailable: show the module without saved progress (read-only mode).
    }
  }

  async function load(): Promise<void> {
    state.value = 'loading'
    try {
      const c = await learn.loadContent(moduleId.value)
      if (!c) {
        state.value = 'missing'
        return
      }
      // Progress first, then content: pages restore their position once, when content appears.
      await reloadProgress()
      content.value = c
      state.value = 'ready'
    } catch {
      state.value = 'error'
    }
  }

  watch(moduleId, load, { immediate: true })
  return { content, progress, state, reloadProgress }
}
