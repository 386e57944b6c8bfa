// "Học tiếp" always leads somewhere sensible: the lesson open, the next one, the quiz, the next module.
import { describe, expect, it } from 'vitest'
import { nextInModule, nextStep, type ModuleOutline } from '@/domain/nextStep'
import type { LessonProgress, ModuleStatus } from '@/domain/records'

const modules: ModuleOutline[] = [
  { id: 'm1', lessons: ['a', 'b', 'c'] },
  { id: 'm2', lessons: ['x', 'y'] },
]
const lp = (moduleId: string, lessonId: string, step: number, done: boolean, updatedAt: number): LessonProgress => ({
  moduleId, lessonId, step, steps: 5, done, startedAt: 1, updatedAt, timeMs: 0,
})
const complete = (moduleId: string): ModuleStatus => ({ moduleId, bestScore: 100, attempts: 1, quizPassedAt: 5, completedAt: 6, updatedAt: 6 })

describe('next step', () => {
  it('starts at the first lesson of the first module when nothing is done', () => {
    expect(nextStep(modules, [], [])).toEqual({ kind: 'lesson', moduleId: 'm1', lessonId: 'a', index: 0, step: 0, steps: undefined, started: false })
  })
  it('resumes the lesson touched last at its card, even in a later module', () => {
    expect(nextStep(modules, [lp('m1', 'a', 4, true, 1), lp('m2', 'y', 2, false, 9)], [])).toMatchObject({ moduleId: 'm2', lessonId: 'y', step: 2, steps: 5, started: true })
  })
  it('goes on to the next unfinished lesson after a finished one, wrapping to skipped ones', () => {
    expect(nextStep(modules, [lp('m1', 'b', 4, true, 3)], [])).toMatchObject({ kind: 'lesson', lessonId: 'c', index: 2 })
    expect(nextStep(modules, [lp('m1', 'b', 4, true, 3), lp('m1', 'c', 4, true, 4)], [])).toMatchObject({ kind: 'lesson', lessonId: 'a', index: 0 })
  })
  it('points to the quiz when every lesson is done, then to the next module once complete', () => {
    const all = ['a', 'b', 'c'].map((id, i) => lp('m1', id, 4, true, i + 1))
    expect(nextStep(modules, all, [])).toEqual({ kind: 'quiz', moduleId: 'm1' })
    expect(nextStep(modules, all, [complete('m1')])).toMatchObject({ kind: 'lesson', moduleId: 'm2', lessonId: 'x' })
    expect(nextStep(modules, all, [complete('m1'), complete('m2')])).toBeUndefined()
  })
  it('inside one module: nothing once it is complete', () => {
    expect(nextInModule(modules[0]!, [], complete('m1'))).toBeUndefined()
    expect(nextInModule(modules[0]!, [lp('m1', 'a', 1, false, 1)])).toMatchObject({ lessonId: 'a', step: 1, started: true })
  })
})
