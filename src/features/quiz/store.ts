// The quiz in progress: the store owns the current attempt and is the one place that saves it. Every
// answer is saved as it is given; finishing saves the attempt and the module status it leads to in one
// transaction, then refreshes the learner's progress once (what Home, Tiến độ and the receipt read).
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Quiz } from '@/content/schema'
import type { ModuleStatus, QuizAttempt } from '@/domain/records'
import { finish, reconcile } from '@/domain/quiz/attempt'
import { finishAttempt, saveAttempt } from '@/db/progressRepo'
import { useLearnStore } from '@/features/learn/store'

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

  /** Saves an attempt as it is now (an answer given, a new attempt, the next question). */
  async function save(next: QuizAttempt): Promise<void> {
    await saveAttempt(next)
    attempt.value = next
  }

  /** Scores the attempt and saves it with the module status it leads to. */
  async function complete(quiz: Quiz, lessonIds: readonly string[]): Promise<QuizAttempt | undefined> {
    if (!attempt.value) return undefined
    const done = finish(attempt.value, quiz)
    status.value = await finishAttempt(done, lessonIds)
    attempt.value = done
    await useLearnStore().refresh()
    return done
  }

  return { attempt, status, resume, save, complete }
})
