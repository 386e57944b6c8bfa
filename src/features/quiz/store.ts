// The quiz in progress: the store owns the current attempt and is the one place that saves it. Every
// answer is saved as it is given; finishing saves the attempt and the module status it leads to in one
// transaction, then refreshes the learner's progress once (what Home, Tiến độ and the receipt read).
// The same quiz may be open in two tabs: a save from a tab showing an old state is refused by the
// repository, this tab then shows what is stored, and a save in another tab makes this one read again.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Quiz } from '@/content/schema'
import type { ModuleStatus, QuizAttempt } from '@/domain/records'
import { finish, reconcile } from '@/domain/quiz/attempt'
import {
  finishAttempt,
  getModuleProgress,
  type ModuleParts,
  PROGRESS_CHANNEL,
  saveAttempt,
  TAB_ID,
  type ProgressMessage,
} from '@/db/progressRepo'
import { useLearnStore } from '@/features/learn/store'
import { useUiStore } from '@/stores/ui'
import { featureStrings } from '@/i18n'

export const useQuizStore = defineStore('quiz', () => {
  const attempt = ref<QuizAttempt>()
  /** The module status after the last finished attempt (undefined until one is finished here). */
  const status = shallowRef<ModuleStatus>()

  /** Resumes the module's latest attempt (or none): a finished one is shown as its result. */
  function resume(moduleId: string, attempts: readonly QuizAttempt[], quiz: Quiz, current?: ModuleStatus): void {
    if (attempt.value?.moduleId === moduleId) return
    const latest = attempts.at(-1)
    attempt.value = latest ? (latest.finishedAt ? latest : reconcile(latest, quiz)) : undefined
    status.value = current
  }

  /** Another tab saved this module's quiz: show the attempt as it is stored now. */
  async function reload(moduleId: string): Promise<void> {
    if (attempt.value?.moduleId !== moduleId) return
    const p = await getModuleProgress(moduleId)
    const latest = p.attempts.at(-1)
    const shown = attempt.value
    // Never step back: a read that started before this tab's own newer save must not undo it.
    if (!latest || (shown?.id === latest.id && !latest.finishedAt && latest.updatedAt < shown.updatedAt)) return
    attempt.value = latest
    status.value = p.status
    await useLearnStore().refresh()
  }

  function refused(): void {
    // A store has no component to inject the translator: the feature strings the router loaded first.
    useUiStore().toast(featureStrings().quiz.otherTab, 'info')
  }

  /** Saves an attempt as it is now (an answer given, a new attempt, the next question). */
  async function save(next: QuizAttempt): Promise<void> {
    const r = await saveAttempt(next)
    attempt.value = r.stored
    if (!r.saved) {
      refused()
      await reload(next.moduleId)
    }
  }

  /** Scores the attempt and saves it with the module status it leads to. */
  async function complete(quiz: Quiz, parts: ModuleParts): Promise<QuizAttempt | undefined> {
    if (!attempt.value) return undefined
    const r = await finishAttempt(finish(attempt.value, quiz), parts)
    status.value = r.status
    attempt.value = r.attempt
    if (!r.saved) refused()
    await useLearnStore().refresh()
    return r.attempt
  }

  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(PROGRESS_CHANNEL)
    channel.onmessage = (e: MessageEvent<ProgressMessage>) => {
      if (e.data?.kind === 'quizAttempt' && e.data.tab !== TAB_ID && typeof e.data.moduleId === 'string')
        void reload(e.data.moduleId).catch(() => undefined)
    }
  }

  return { attempt, status, resume, save, complete, reload }
})
