// "Học tiếp" always leads somewhere sensible: the lesson open, the next one, the quiz, the next module.
import { describe, expect, it } from 'vitest'
import { modulePath, nextInModule, nextStep, stepTo, type ModuleOutline } from '@/domain/nextStep'
import type { LessonProgress, ModuleStatus, PracticeResult } from '@/domain/records'

const modules: ModuleOutline[] = [
  { id: 'm1', lessons: ['a', 'b', 'c'] },
  { id: 'm2', lessons: ['x', 'y'] },
]
const lp = (moduleId: string, lessonId: string, step: number, done: boolean, updatedAt: number): LessonProgress => ({
  moduleId,
  lessonId,
  step,
  steps: 5,
  done,
  startedAt: 1,
  updatedAt,
  timeMs: 0,
})
const complete = (moduleId: string): ModuleStatus => ({
  moduleId,
  bestScore: 100,
  attempts: 1,
  quizPassedAt: 5,
  completedAt: 6,
  updatedAt: 6,
})

describe('next step', () => {
  it('starts at the first lesson of the first module when nothing is done', () => {
    expect(nextStep(modules, [], [])).toEqual({
      kind: 'lesson',
      moduleId: 'm1',
      lessonId: 'a',
      index: 0,
      step: 0,
      steps: undefined,
      started: false,
    })
  })
  it('resumes the lesson touched last at its card, even in a later module', () => {
    expect(nextStep(modules, [lp('m1', 'a', 4, true, 1), lp('m2', 'y', 2, false, 9)], [])).toMatchObject({
      moduleId: 'm2',
      lessonId: 'y',
      step: 2,
      steps: 5,
      started: true,
    })
  })
  it('goes on to the next unfinished lesson after a finished one, wrapping to skipped ones', () => {
    expect(nextStep(modules, [lp('m1', 'b', 4, true, 3)], [])).toMatchObject({
      kind: 'lesson',
      lessonId: 'c',
      index: 2,
    })
    expect(nextStep(modules, [lp('m1', 'b', 4, true, 3), lp('m1', 'c', 4, true, 4)], [])).toMatchObject({
      kind: 'lesson',
      lessonId: 'a',
      index: 0,
    })
  })
  it('points to the quiz when every lesson is done, then to the next module once complete', () => {
    const all = ['a', 'b', 'c'].map((id, i) => lp('m1', id, 4, true, i + 1))
    expect(nextStep(modules, all, [])).toEqual({ kind: 'quiz', moduleId: 'm1' })
    expect(nextStep(modules, all, [complete('m1')])).toMatchObject({
      kind: 'lesson',
      moduleId: 'm2',
      lessonId: 'x',
    })
    expect(nextStep(modules, all, [complete('m1'), complete('m2')])).toBeUndefined()
  })
  it('inside one module: nothing once it is complete', () => {
    expect(nextInModule(modules[0]!, [], complete('m1'))).toBeUndefined()
    expect(nextInModule(modules[0]!, [lp('m1', 'a', 1, false, 1)])).toMatchObject({
      lessonId: 'a',
      step: 1,
      started: true,
    })
  })

  describe('practices on the path', () => {
    const m: ModuleOutline = {
      id: 'm1',
      lessons: ['a', 'b', 'c'],
      practices: ['pb', 'pz', 'pa'],
      practiceAfter: { pa: 'a', pb: 'b' },
    }
    const pr = (practiceId: string, updatedAt: number): PracticeResult => ({
      moduleId: 'm1',
      practiceId,
      attempts: 1,
      bestScore: 1,
      lastScore: 1,
      mistakes: 0,
      completedAt: updatedAt,
      updatedAt,
    })
    it('puts each practice right after its lesson; one without a place after the last lesson', () => {
      expect(modulePath(m).map((s) => s.id)).toEqual(['a', 'pa', 'b', 'pb', 'c', 'pz'])
    })
    it('leads from a finished lesson into its practice, then on to the next lesson, then the quiz after every practice', () => {
      const a = lp('m1', 'a', 4, true, 1)
      expect(nextStep([m], [a], [])).toEqual({ kind: 'practice', moduleId: 'm1', practiceId: 'pa', index: 2 })
      expect(stepTo(nextStep([m], [a], [])!)).toBe('/modules/m1/practice/pa')
      expect(nextStep([m], [a], [], [pr('pa', 2)])).toMatchObject({ kind: 'lesson', lessonId: 'b' })
      const lessons = ['a', 'b', 'c'].map((id, i) => lp('m1', id, 4, true, i + 1))
      expect(nextStep([m], lessons, [], [pr('pa', 5)])).toMatchObject({ kind: 'practice', practiceId: 'pb' })
      expect(nextStep([m], lessons, [], [pr('pa', 5), pr('pb', 6)])).toMatchObject({
        kind: 'practice',
        practiceId: 'pz',
      })
      // From the last step the path wraps to a practice skipped earlier before it offers the quiz.
      expect(nextStep([m], lessons, [], [pr('pa', 5), pr('pz', 6)])).toMatchObject({
        kind: 'practice',
        practiceId: 'pb',
      })
      expect(nextStep([m], lessons, [], [pr('pa', 5), pr('pz', 6), pr('pb', 7)])).toEqual({
        kind: 'quiz',
        moduleId: 'm1',
      })
    })
    it('a passed quiz with a practice left leads to the practice, not the quiz again', () => {
      const lessons = ['a', 'b', 'c'].map((id, i) => lp('m1', id, 4, true, i + 1))
      const passed: ModuleStatus = {
        moduleId: 'm1',
        bestScore: 100,
        attempts: 1,
        quizPassedAt: 9,
        updatedAt: 9,
      }
      expect(nextInModule(m, lessons, passed, undefined, [pr('pa', 5), pr('pz', 6)])).toMatchObject({
        kind: 'practice',
        practiceId: 'pb',
      })
    })
  })
})
