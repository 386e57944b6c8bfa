import { describe, expect, it } from 'vitest'
import { moduleMisses } from '@/report/misses'
import { questionTag } from '@/domain/quiz/tags'
import { newSession, tap } from '@/domain/quiz/classQuiz'
import type { StudentRecord } from '@/domain/records'
import { makeSingle } from '../../factories'

const qs = [
  makeSingle('q1'),
  makeSingle('q2', {
    options: [
      { id: 'a', text: 'x', correct: true, critical: false, explanation: 'x' },
      { id: 'b', text: 'y', correct: false, critical: false, explanation: 'y' },
    ],
  }),
  makeSingle('q3'),
]
const student = (id: string, missed?: string[], criticalMissed = false): StudentRecord => ({
  classId: 'C',
  studentId: id,
  name: id,
  classNumber: 1,
  lastSeq: 1,
  lastReceiptAt: 1,
  modules: {
    'chong-lua-dao': {
      bestScore: 70,
      attempts: 1,
      ...(missed ? { missed: missed.map(questionTag), criticalMissed } : {}),
    },
  },
})

describe('what the class gets wrong', () => {
  it('counts per question the students whose last attempt missed it, most missed first', () => {
    const r = moduleMisses(
      'chong-lua-dao',
      qs,
      [student('a', ['q2', 'q3'], true), student('b', ['q2']), student('c', []), student('d')],
      [],
    )
    expect([r.reporting, r.dangerous, r.sessions]).toEqual([3, 1, 0])
    expect(r.rows.map((x) => [x.questionId, x.students, x.critical])).toEqual([
      ['q2', 2, false],
      ['q3', 1, true],
    ])
  })
  it('leaves out tags this phone does not know and modules with no misses', () => {
    const s = student('a', ['q1'])
    s.modules['chong-lua-dao']!.missed!.push(0xffff ^ questionTag('q1'))
    expect(moduleMisses('chong-lua-dao', qs, [s], []).rows.map((x) => x.questionId)).toEqual(['q1'])
    expect(moduleMisses('dich-vu-cong', qs, [s], []).rows).toEqual([])
  })
  it('adds the wrong tallies of the whole-class quiz sessions of the module', () => {
    let sess = newSession('s', 'C', 'chong-lua-dao', ['q1', 'q3'])
    for (let i = 0; i < 4; i++) sess = tap(sess, 'q1', 'a', 1)
    for (let i = 0; i < 3; i++) sess = tap(sess, 'q1', 'c', 1)
    sess = tap(sess, 'q3', 'a', 1)
    const other = tap(newSession('o', 'C', 'dich-vu-cong', ['q1']), 'q1', 'b', 1)
    const r = moduleMisses('chong-lua-dao', qs, [], [sess, other])
    expect(r.sessions).toBe(1)
    expect(r.rows).toEqual([{ questionId: 'q1', critical: true, students: 0, classWrong: 3, classTotal: 7 }])
  })
})
