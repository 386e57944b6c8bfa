// The learner's modules: metadata (bundled), content (loaded per module) and progress (IndexedDB).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { modules as metas, loaders } from 'virtual:content/index'
import type { ModuleContent, ModuleId, ModuleMeta } from '@/content/schema'
import { getAllProgress } from '@/db/progressRepo'
import type { LessonProgress, ModuleStatus, PracticeResult, QuizAttempt } from '@/db/schema'
import { learnStatus, type LearnStatus } from '@/domain/status'

export interface ModuleSummary {
  meta: ModuleMeta
  lessonsDone: number
  lessonsTotal: number
  status: LearnStatus
  bestScore: number
  completedAt?: number
}

export const useLearnStore = defineStore('learn', () => {
  const modules = shallowRef<ModuleMeta[]>(metas)
  const contents = shallowRef<Partial<Record<string, ModuleContent>>>({})
  const lessons = ref<LessonProgress[]>([])
  const practices = ref<PracticeResult[]>([])
  const statuses = ref<ModuleStatus[]>([])
  const attempts = ref<QuizAttempt[]>([])
  const progressLoaded = ref(false)

  function meta(id: string): ModuleMeta | undefined {
    return modules.value.find((m) => m.id === id)
  }

  async function loadContent(id: string): Promise<ModuleContent | undefined> {
    if (!meta(id)) return undefined
    const cached = contents.value[id]
    if (cached) return cached
    const loader = loaders[id as ModuleId]
    if (!loader) return undefined
    const content = await loader()
    contents.value = { ...contents.value, [id]: content }
    return content
  }

  /** Reads all progress; on a storage failure the lists stay empty (the app shows the storage banner). */
  async function refresh(): Promise<void> {
    try {
      const all = await getAllProgress()
      lessons.value = all.lessons
      practices.value = all.practices
      statuses.value = all.statuses
      attempts.value = all.attempts
    } catch {
      // Read-only mode: nothing saved to show.
    } finally {
      progressLoaded.value = true
    }
  }

  const summaries = computed<ModuleSummary[]>(() =>
    modules.value.map((m) => {
      const mine = lessons.value.filter((l) => l.moduleId === m.id)
      const status = statuses.value.find((s) => s.moduleId === m.id)
      const tries = attempts.value.filter((a) => a.moduleId === m.id).length
      return {
        meta: m,
        lessonsDone: mine.filter((l) => l.done && m.lessons.includes(l.lessonId)).length,
        lessonsTotal: m.lessons.length,
        status: learnStatus(mine, tries, status),
        bestScore: status?.bestScore ?? 0,
        completedAt: status?.completedAt,
      }
    }),
  )

  return { modules, contents, lessons, practices, statuses, attempts, progressLoaded, meta, loadContent, refresh, summaries }
})
