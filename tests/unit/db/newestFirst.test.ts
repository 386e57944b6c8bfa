// The teacher's classes and the student's class memberships are listed newest first, by the same helper as
// the chain's schools, units and teams (newestRepo.listLatest); the learner's grade is the newest class's.
import { describe, expect, it } from 'vitest'
import { listClasses, listMemberships, saveClass, saveMembership } from '@/db/classroomRepo'
import { learnerGrade } from '@/db/progressRepo'
import type { Membership, TeacherClass } from '@/domain/records'

const cls = (className: string, createdAt: number): TeacherClass => ({
  id: `id-${className}`,
  keyB64: 'AAAAAAAAAAAAAAAAAAAAAA',
  className,
  school: 'THCS Tân Phú',
  schoolYear: '2026-2027',
  grade: 6,
  createdAt,
})
const joined = (className: string, joinedAt: number, grade: number): Membership => ({
  classId: `id-${className}`,
  keyB64: 'AAAAAAAAAAAAAAAAAAAAAA',
  className,
  school: 'THCS Tân Phú',
  schoolYear: '2026-2027',
  grade,
  studentId: `s-${className}`,
  name: 'Nguyễn Văn An',
  classNumber: 3,
  seq: 0,
  joinedAt,
})

describe('class lists, newest first', () => {
  it('lists the classes made here by when they were made, newest first', async () => {
    await saveClass(cls('6A1', 1_000))
    await saveClass(cls('7A2', 3_000))
    await saveClass(cls('6A3', 2_000))
    expect((await listClasses()).map((c) => c.className)).toEqual(['7A2', '6A3', '6A1'])
    expect((await listClasses())[0]).toEqual(cls('7A2', 3_000))
  })

  it('lists the classes joined by when they were joined, newest first', async () => {
    await saveMembership(joined('9C', 9_000, 9))
    await saveMembership(joined('8B', 5_000, 8))
    expect((await listMemberships()).map((m) => m.className)).toEqual(['9C', '8B'])
    // The learner's grade (the competence band) is the class joined last.
    expect(await learnerGrade()).toBe(9)
  })
})
