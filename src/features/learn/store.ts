// The learner's modules: metadata (bundled), content (loaded per module) and progress (IndexedDB).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { loaders } from 'virtual:content/index'
import { catalog } from '@/content/catalog'
import type { ModuleContent, ModuleId, ModuleMeta } from '@/content/schema'
import { getAllProgress } from '@/db/progressOverviewRepo'
import type { LessonStep, ModuleProgress } from '@/db/progressRepo'
// Writes and per-module reads load with the lesson, practice and quiz pages, not with Home.
const writes = () => import('@/db/progressRepo')
import type { LessonProgress, ModuleStatus, PracticeResult, QuizAttempt } from '@/domain/records'
import { learnStatus, type LearnStatus } from '@/domain/status'
import { nextStep, type NextStep } from '@/domain/nextStep'

export interface ModuleSummary {
  meta: ModuleMeta
  lessonsDone: number
  lessonsTotal: number
  status: LearnStatus
  bestScore: number
  completedAt?: number
}

export const useLearnStore = defineStore('learn', () => {
  const modules = shallowRef<readonly ModuleMeta[]>(catalog.modules)
  const contents = shallowRef<Partial<Record<string, ModuleContent>>>({})
  const lessons = ref<LessonProgress[]>([])
  const practices = ref<PracticeResult[]>([])
  const statuses = ref<ModuleStatus[]>([])
  const attempts = ref<QuizAttempt[]>([])
  const progressLoaded = ref(false)
  /** The learner's school grade, from the class joined last (undefined until one is joined). */
  const grade = ref<number | undefined>()

  const meta = catalog.meta

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

  /** "Học tiếp": the learner's one next step (undefined once every module is complete). */
  const next = computed<NextStep | undefined>(() =>
    nextStep(modules.value, lessons.value, statuses.value, practices.value),
  )

  /** One module's progress, read fresh (the lesson, practice and quiz pages resume from it). */
  function moduleProgress(moduleId: string): Promise<ModuleProgress> {
    return writes().then((r) => r.getModuleProgress(moduleId))
  }

  /** Saves the card on screen; on the lesson's last card (`done`) the module status is derived again. */
  async function saveLessonStep(s: LessonStep): Promise<void> {
    await (await writes()).saveLessonStep(s, partsOf(s.moduleId))
    if (s.done) await refresh()
  }

  /** What the module needs done to be complete: its lessons and its practices (domain/status decides). */
  function partsOf(moduleId: string): { lessons: readonly string[]; practices: readonly string[] } {
    const m = meta(moduleId)
    return { lessons: m?.lessons ?? [], practices: m?.practices ?? [] }
  }

  /** Saves a finished practice (and the module status it may complete); Home's next step follows it. */
  async function savePractice(moduleId: string, practiceId: string, score: number, mistakes: number): Promise<void> {
    await (await writes()).savePracticeResult(moduleId, practiceId, score, mistakes, Date.now(), partsOf(moduleId))
    await refresh()
  }

  /** Reads the grade of the class joined last, which gives the competence band (TC1, TC2, NC1). */
  async function loadGrade(): Promise<void> {
    try {
      grade.value = await (await writes()).learnerGrade()
    } catch {
      // Read-only mode: the codes are shown without a band.
    }
  }

  return {
    modules,
    contents,
    lessons,
    practices,
    statuses,
    attempts,
    progressLoaded,
    meta,
    loadContent,
    refresh,
    summaries,
    next,
    moduleProgress,
    saveLessonStep,
    savePractice,
    partsOf,
    grade,
    loadGrade,
  }
})
