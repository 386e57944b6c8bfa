import { describe, expect, it } from 'vitest'
import { deriveModuleStatus, learnStatus } from '@/domain/status'
import { finish, newAttempt, reconcile } from '@/domain/quiz/attempt'
import { parseInline, parseText } from '@/components/textFormat'
import { finishAttempt, getModuleProgress, saveAttempt, saveLessonStep, savePracticeResult } from '@/db/progressRepo'
import type { LessonProgress } from '@/domain/records'
import { makeAttempt, makeQuiz } from '../../factories'

const lesson = (lessonId: string, done: boolean, completedAt?: number): LessonProgress => ({
  moduleId: 'dich-vu-cong',
  lessonId,
  step: 0,
  steps: 3,
  done,
  startedAt: 1,
  updatedAt: 1,
  completedAt,
  timeMs: 0,
})

describe('mastery', () => {
  it('is complete only when every lesson is done and a full attempt passed, dated when the last came true', () => {
    const passed = makeAttempt({ finishedAt: 500, percent: 90, passed: true })
    const s1 = deriveModuleStatus('dich-vu-cong', ['a', 'b'], [lesson('a', true, 100)], [passed], undefined, 600)
    expect(s1).toMatchObject({ bestScore: 90, attempts: 1, quizPassedAt: 500 })
    expect(s1.completedAt).toBeUndefined()
    const s2 = deriveModuleStatus(
      'dich-vu-cong',
      ['a', 'b'],
      [lesson('a', true, 100), lesson('b', true, 700)],
      [passed],
      s1,
      700,
    )
    expect(s2.completedAt).toBe(700)
  })

  it('ignores "practise my mistakes" attempts and failed attempts for completion', () => {
    const mistakes = makeAttempt({ mode: 'mistakes', finishedAt: 5, percent: 100, passed: true })
    const failed = makeAttempt({ finishedAt: 6, percent: 95, passed: false, criticalIds: ['q1'] })
    const s = deriveModuleStatus('dich-vu-cong', ['a'], [lesson('a', true, 1)], [mistakes, failed], undefined, 9)
    expect(s.completedAt).toBeUndefined()
    expect(s.bestScore).toBe(95)
  })

  it('never loses an earlier completion or best score', () => {
    const prev = {
      moduleId: 'dich-vu-cong',
      bestScore: 100,
      attempts: 3,
      quizPassedAt: 5,
      completedAt: 5,
      updatedAt: 5,
    }
    const s = deriveModuleStatus('dich-vu-cong', ['a', 'new'], [lesson('a', true, 1)], [], prev, 10)
    expect(s).toMatchObject({ bestScore: 100, completedAt: 5, attempts: 3 })
  })

  it('counts the practices: complete only once every practice is done too, dated when the last came true', () => {
    const passed = makeAttempt({ finishedAt: 500, percent: 90, passed: true })
    const practice = (practiceId: string, completedAt?: number) => ({
      moduleId: 'dich-vu-cong',
      practiceId,
      attempts: 1,
      bestScore: 1,
      lastScore: 1,
      mistakes: 0,
      completedAt,
      updatedAt: completedAt ?? 1,
    })
    const s1 = deriveModuleStatus(
      'dich-vu-cong',
      ['a'],
      [lesson('a', true, 100)],
      [passed],
      undefined,
      600,
      ['p', 'q'],
      [practice('p', 200)],
    )
    expect(s1.completedAt).toBeUndefined()
    expect(s1.quizPassedAt).toBe(500)
    const s2 = deriveModuleStatus(
      'dich-vu-cong',
      ['a'],
      [lesson('a', true, 100)],
      [passed],
      s1,
      800,
      ['p', 'q'],
      [practice('p', 200), practice('q', 800)],
    )
    expect(s2.completedAt).toBe(800)
  })

  it('keeps a module completed before practices counted complete (the earlier rule carries over)', () => {
    // As the previous version stored it: lessons and quiz done, no practice result at all.
    const prev = {
      moduleId: 'dich-vu-cong',
      bestScore: 90,
      attempts: 1,
      quizPassedAt: 5,
      completedAt: 5,
      updatedAt: 5,
    }
    const s = deriveModuleStatus('dich-vu-cong', ['a'], [lesson('a', true, 1)], [], prev, 10, ['p'], [])
    expect(s.completedAt).toBe(5)
    expect(learnStatus([lesson('a', true, 1)], 1, s)).toBe('completed')
  })

  it('derives one status union for lists', () => {
    expect(learnStatus([], 0)).toBe('notStarted')
    expect(learnStatus([lesson('a', false)], 0)).toBe('started')
    expect(learnStatus([], 1)).toBe('started')
    expect(learnStatus([], 1, { moduleId: 'x', bestScore: 90, attempts: 1, completedAt: 3, updatedAt: 3 })).toBe(
      'completed',
    )
  })
})

describe('attempts', () => {
  const quiz = makeQuiz(5)

  it('keeps the shuffled order for a seed, and a mistakes attempt holds only the missed questions', () => {
    const a = newAttempt('dich-vu-cong', quiz, 'full', undefined, 123, 1)
    const b = newAttempt('dich-vu-cong', quiz, 'full', undefined, 123, 2)
    expect(a.questionIds).toEqual(b.questionIds)
    expect([...a.questionIds].sort()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5'])
    expect(newAttempt('dich-vu-cong', quiz, 'mistakes', ['q2', 'q4'], 5).questionIds.sort()).toEqual(['q2', 'q4'])
  })

  it('an attempt saved before a content change still loads: removed questions are dropped', () => {
    const old = makeAttempt({
      questionIds: ['q1', 'gone', 'q2'],
      answers: { q1: ['a'], gone: ['x'] },
      current: 2,
    })
    const r = reconcile(old, quiz)
    expect(r.questionIds).toEqual(['q1', 'q2'])
    expect(r.answers).toEqual({ q1: ['a'] })
    expect(r.current).toBe(1)
  })

  it('finishing scores the attempt', () => {
    const a = makeAttempt({ answers: { q1: ['a'], q2: ['a'], q3: ['a'], q4: ['a'], q5: ['c'] } })
    expect(finish(a, quiz, 9)).toMatchObject({
      finishedAt: 9,
      correct: 4,
      percent: 80,
      passed: false,
      criticalIds: ['q5'],
    })
  })
})

describe('progress repository', () => {
  it('resumes a quiz attempt answer by answer and completes the module in the same write as the last answer', async () => {
    const quiz = makeQuiz(5)
    await saveLessonStep(
      { moduleId: 'dich-vu-cong', lessonId: 'a', step: 2, steps: 3, elapsedMs: 0, done: true },
      ['a'],
      50,
    )
    const a = newAttempt('dich-vu-cong', quiz, 'full', undefined, 7, 100)
    await saveAttempt({ ...a, answers: { [a.questionIds[0]!]: ['a'] }, current: 0 })
    let p = await getModuleProgress('dich-vu-cong')
    expect(p.attempts[0]!.answers).toEqual({ [a.questionIds[0]!]: ['a'] })
    expect(p.status?.completedAt).toBeUndefined()
    const answers = Object.fromEntries(a.questionIds.map((id) => [id, ['a']]))
    const { status } = await finishAttempt(finish({ ...a, answers }, quiz, 200), ['a'])
    expect(status).toMatchObject({ bestScore: 100, completedAt: 200 })
    p = await getModuleProgress('dich-vu-cong')
    expect(p.status?.completedAt).toBe(200)
  })

  it('a practice saved last completes the module in its own write', async () => {
    const quiz = makeQuiz(5)
    const parts = { lessons: ['a'], practices: ['p'] }
    await saveLessonStep(
      { moduleId: 'thanh-toan', lessonId: 'a', step: 2, steps: 3, elapsedMs: 0, done: true },
      parts,
      50,
    )
    const a = newAttempt('thanh-toan', quiz, 'full', undefined, 7, 100)
    const answers = Object.fromEntries(a.questionIds.map((id) => [id, ['a']]))
    const { status } = await finishAttempt(finish({ ...a, answers }, quiz, 200), parts)
    expect(status.quizPassedAt).toBe(200)
    expect(status.completedAt).toBeUndefined()
    await savePracticeResult('thanh-toan', 'p', 1, 0, 300, parts)
    expect((await getModuleProgress('thanh-toan')).status?.completedAt).toBe(300)
  })

  it('keeps the best practice score and counts attempts', async () => {
    await savePracticeResult('mua-sam', 'p', 0.5, 2, 1)
    const r = await savePracticeResult('mua-sam', 'p', 0.25, 3, 2)
    expect(r).toMatchObject({ attempts: 2, bestScore: 0.5, lastScore: 0.25, completedAt: 1 })
  })
})

describe('lesson text', () => {
  it('splits paragraphs and bullets and keeps markup as data, never HTML', () => {
    const blocks = parseText('Một **hai** ba.\n\n- gạch một\n- gạch [hai](/settings)\n\n<script>x</script>')
    expect(blocks[0]).toEqual({
      kind: 'p',
      inline: [
        { kind: 'text', text: 'Một ' },
        { kind: 'bold', text: 'hai' },
        { kind: 'text', text: ' ba.' },
      ],
    })
    expect(blocks[1]).toMatchObject({
      kind: 'ul',
      items: [[{ text: 'gạch một' }], [{ text: 'gạch ' }, { kind: 'link', href: '/settings', internal: true }]],
    })
    expect(blocks[2]).toEqual({ kind: 'p', inline: [{ kind: 'text', text: '<script>x</script>' }] })
  })

  it('drops links that are neither internal nor http(s)', () => {
    expect(parseInline('[bấm](javascript:alert(1))')).toEqual([
      { kind: 'text', text: 'bấm' },
      { kind: 'text', text: ')' },
    ])
  })
})
