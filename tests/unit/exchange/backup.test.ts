// The teacher and school backup: the file format and its refusals, the merge rules, and restore through
// the repository (merge, replace, and a failing write that must leave everything as it was).
import { afterEach, describe, expect, it, vi } from 'vitest'
import type {
  ClassQuizSession,
  School,
  SchoolMembership,
  StaffRecord,
  StoredSummary,
  TaughtPeriod,
  TeacherClass,
} from '@/domain/records'
import { newId, newKey, toBase64url, type StudentRecord } from '@/exchange/codec'
import {
  BACKUP_VERSION,
  type BackupData,
  backupFileName,
  backupReminder,
  emptyData,
  makeBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
} from '@/exchange/backup/teacher'
import { mergeBackup, mergeStudent } from '@/domain/merge'
import { backupRefusal } from '@/features/backup/refusal'
import { setFeatureMessages, translate } from '@/i18n'
import features from '@/i18n/features'

setFeatureMessages(features)
import { loadBackupStatus, markBackedUp, readAll, restore } from '@/db/backupRepo'
import { loadStaff, saveClass } from '@/db/classroomRepo'

const DAY = 86_400_000
const key = (): string => toBase64url(newKey())

function makeClass(over: Partial<TeacherClass> = {}): TeacherClass {
  return {
    id: newId(),
    keyB64: key(),
    className: '6A1',
    school: 'THCS Tân Phú',
    schoolYear: '2026-2027',
    grade: 6,
    createdAt: 1_790_000_000_000,
    ...over,
  }
}
function makeStudent(classId: string, over: Partial<StudentRecord> = {}): StudentRecord {
  return {
    classId,
    studentId: newId(),
    name: 'Nguyễn Văn An',
    classNumber: 1,
    lastSeq: 3,
    lastReceiptAt: 1_790_000_000_000,
    modules: {
      'dich-vu-cong': { completedAt: 1_790_100_000_000, bestScore: 80, attempts: 2 },
      'mua-sam': { bestScore: 40, attempts: 1 },
    },
    ...over,
  }
}
function makeSchool(): School {
  return {
    id: newId(),
    keyB64: key(),
    name: 'THCS Tân Phú',
    upperLevel: 'Phòng Văn hóa – Xã hội xã Tân Phú',
    createdAt: 1_790_000_000_000,
  }
}
function makeMembership(schoolId = newId()): SchoolMembership {
  return {
    schoolId,
    keyB64: key(),
    schoolName: 'THCS Tân Phú',
    upperLevel: '',
    joinedAt: 1_790_000_000_000,
    seq: 2,
  }
}
function makeSummary(schoolId: string, classId: string, seq = 1, month = '2026-11'): StoredSummary {
  return {
    schoolId,
    classId,
    month,
    receivedAt: 1_790_000_000_000,
    summary: {
      schoolId,
      classId,
      teacherId: newId(),
      teacherName: 'Cô Lan',
      className: '6A1',
      grade: 6,
      schoolYear: '2026-2027',
      month,
      studentCount: 30,
      // Summary v3: carried field for field through the officer's backup.
      sent: 27,
      modules: {
        'dich-vu-cong': {
          completedInMonth: 5,
          completedTotal: 12,
          outOf: 30,
          averageBestScore: 76.5,
          learnedInClass: 28,
          learners: 29,
          periods: 2,
        },
      },
      teacherCompleted: ['dich-vu-cong'],
      readiness: { vneidLevel2: true, dvcPortal: false, fiveSkills: true },
      issuedAt: 1_790_000_000_000,
      seq,
    },
  }
}
function makeStaff(updatedAt = 1_790_000_000_000): StaffRecord {
  return { teacherId: newId(), vneidLevel2: true, dvcPortal: true, fiveSkills: false, updatedAt }
}
function makeData(): BackupData {
  const c = makeClass()
  const s = makeSchool()
  return {
    ...emptyData(),
    classes: [c],
    students: [makeStudent(c.id), makeStudent(c.id, { classNumber: 2, name: 'Trần Thị Bình' })],
    schools: [s],
    schoolMemberships: [makeMembership()],
    summaries: [makeSummary(s.id, c.id)],
    staff: makeStaff(),
    rosters: [
      {
        classId: c.id,
        entries: [
          { number: 1, name: 'Nguyễn Văn An' },
          { number: 2, name: 'Trần Thị Bình' },
        ],
        links: {},
        updatedAt: 1_790_000_000_000,
      },
    ],
    periods: [makePeriod(c.id)],
    classQuizzes: [makeClassQuiz(c.id)],
  }
}
function makePeriod(classId: string, over: Partial<TaughtPeriod> = {}): TaughtPeriod {
  return {
    id: newId(),
    classId,
    date: '2026-11-24',
    periods: [3, 4],
    moduleIds: ['chong-lua-dao'],
    present: [1, 2],
    rosterSize: 2,
    teacherName: 'Cô Lan',
    createdAt: 1_790_000_000_000,
    updatedAt: 1_790_000_000_000,
    ...over,
  }
}
function makeClassQuiz(classId: string, over: Partial<ClassQuizSession> = {}): ClassQuizSession {
  return {
    id: newId(),
    classId,
    moduleId: 'chong-lua-dao',
    questionIds: ['q-ba-nhom', 'q-bts'],
    tallies: { 'q-ba-nhom': { a: 30, c: 4 } },
    current: 1,
    revealed: ['q-ba-nhom'],
    startedAt: 1_790_000_000_000,
    updatedAt: 1_790_000_000_000,
    ...over,
  }
}
const fileOf = (data: BackupData, over: Record<string, unknown> = {}): string =>
  JSON.stringify({ ...makeBackup(data, 1_790_000_000_000), ...over })
const sortStudents = (l: StudentRecord[]) => [...l].sort((a, b) => a.studentId.localeCompare(b.studentId))

afterEach(() => {
  vi.restoreAllMocks()
})

describe('parseBackup', () => {
  it('reads back what makeBackup wrote, field for field', () => {
    const data = makeData()
    const r = parseBackup(fileOf(data))
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.backup.data).toEqual(data)
  })

  it('restores a version-1 file (made before class lists) with no rosters', () => {
    const { rosters: _, periods: _p, classQuizzes: _q, ...old } = makeData()
    const r = parseBackup(JSON.stringify({ ...makeBackup(makeData(), 1_790_000_000_000), version: 1, data: old }))
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.backup.data).toEqual({ ...old, rosters: [], periods: [], classQuizzes: [] })
  })

  it('restores a version-2 file (made before the period log) with no periods, and its summaries as version 1 reads them', () => {
    const { periods: _p, classQuizzes: _q, ...old } = makeData()
    const v1Figures = { completedInMonth: 5, completedTotal: 12, outOf: 30, averageBestScore: 76.5 }
    old.summaries = old.summaries.map((x) => ({
      ...x,
      summary: { ...x.summary, modules: { 'dich-vu-cong': v1Figures } },
    }))
    const r = parseBackup(JSON.stringify({ ...makeBackup(makeData(), 1_790_000_000_000), version: 2, data: old }))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect([r.backup.data.periods, r.backup.data.classQuizzes]).toEqual([[], []])
    expect(r.backup.data.summaries[0]!.summary.modules['dich-vu-cong']).toEqual({
      ...v1Figures,
      learnedInClass: 0,
      learners: 12,
      periods: 0,
    })
  })

  it('keeps the periods, the quiz sessions and what a student’s last attempt missed; refuses an impossible period', () => {
    const data = makeData()
    data.students[0]!.modules['chong-lua-dao'] = {
      bestScore: 70,
      attempts: 1,
      missed: [3, 900],
      criticalMissed: true,
    }
    const r = parseBackup(fileOf(data))
    expect(r.ok && r.backup.data).toEqual(data)
    for (const bad of [{ present: [] }, { date: '2026-02-30' }, { moduleIds: ['khong-co'] }, { periods: [4, 3] }]) {
      const d = makeData()
      d.periods = [makePeriod(d.classes[0]!.id, bad as Partial<TaughtPeriod>)]
      expect(parseBackup(fileOf(d))).toMatchObject({
        ok: false,
        problem: 'damaged',
        record: { kind: 'periods', index: 0 },
      })
    }
    const q = makeData()
    q.classQuizzes = [makeClassQuiz(q.classes[0]!.id, { tallies: { 'q-ba-nhom': { constructor: 1 } } })]
    expect(parseBackup(fileOf(q))).toMatchObject({ ok: false, record: { kind: 'classQuizzes', index: 0 } })
  })

  it('merges periods and quiz sessions by id, the newer updatedAt winning', () => {
    const mine = makeData()
    const p = mine.periods[0]!
    const edited = { ...p, present: [1], updatedAt: p.updatedAt + 1 }
    const added = makePeriod(p.classId, { date: '2026-11-25' })
    const plan = mergeBackup(mine, {
      ...emptyData(),
      periods: [edited, added],
      classQuizzes: [{ ...mine.classQuizzes[0]!, updatedAt: 0 }],
    })
    expect(plan.write.periods).toEqual([edited, added])
    expect(plan.counts.periods).toEqual({ added: 1, updated: 1, kept: 0 })
    expect(plan.counts.classQuizzes).toEqual({ added: 0, updated: 0, kept: 1 })
  })

  it('refuses a class list with a number twice, naming the record', () => {
    const data = makeData()
    data.rosters[0]!.entries.push({ number: 1, name: 'Lê Văn Cường' })
    expect(parseBackup(fileOf(data))).toEqual({
      ok: false,
      problem: 'damaged',
      record: { kind: 'rosters', index: 0 },
    })
  })

  it('drops unknown fields, and module ids this app does not know (a receipt drops them too)', () => {
    const data = makeData()
    const raw = JSON.parse(fileOf(data)) as {
      data: { classes: Array<Record<string, unknown>>; students: Array<{ modules: Record<string, unknown> }> }
      extra: string
    }
    raw.extra = 'x'
    raw.data.classes[0]!.script = '<img onerror=alert(1)>'
    raw.data.students[0]!.modules['mo-dun-moi'] = { bestScore: 50, attempts: 1, note: 'x' }
    const r = parseBackup(JSON.stringify(raw))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.backup.data.classes[0]).toEqual(data.classes[0])
    expect(r.backup).not.toHaveProperty('extra')
    expect(Object.prototype.hasOwnProperty.call(r.backup.data.students[0]!.modules, 'mo-dun-moi')).toBe(false)
    expect(r.backup.data.students[0]!.modules).toEqual(data.students[0]!.modules)
  })

  it('accepts a file with a byte order mark and no staff record', () => {
    const r = parseBackup('\uFEFF' + fileOf({ ...makeData(), staff: null }))
    expect(r.ok && r.backup.data.staff).toBe(null)
  })

  const data = makeData()
  const mutate = (change: (d: Record<string, Array<Record<string, unknown>>>) => void): string => {
    const raw = JSON.parse(fileOf(data)) as { data: Record<string, Array<Record<string, unknown>>> }
    change(raw.data)
    return JSON.stringify(raw)
  }
  const bad: Array<[string, string, string, string?]> = [
    ['an empty file', '', 'notJson'],
    ['not JSON', 'PK\u0003\u0004 a zip file', 'notJson'],
    ['JSON null', 'null', 'foreign'],
    ['a JSON array', '[1,2]', 'foreign'],
    [
      "another app's file",
      JSON.stringify({ app: 'other-app', kind: 'teacher-backup', version: 1, data: {} }),
      'foreign',
    ],
    [
      'a damaged outreach backup',
      JSON.stringify({ format: 'kns-outreach-backup', version: 1, sessions: [{}], outcomes: [] }),
      'damaged',
    ],
    [
      'another kind of file',
      JSON.stringify({ app: 'ky-nang-so', kind: 'student-backup', version: 1, data: {} }),
      'otherKind',
    ],
    ['a newer version', fileOf(data, { version: BACKUP_VERSION + 1 }), 'newer'],
    ['a version as text', fileOf(data, { version: '1' }), 'damaged'],
    ['no data', fileOf(data, { data: undefined }), 'damaged'],
    [
      'a list that is not a list',
      mutate((d) => {
        ;(d as Record<string, unknown>).students = {}
      }),
      'damaged',
    ],
    [
      'a class id that is not base64url',
      mutate((d) => {
        d.classes![0]!.id = 'lớp-6a1!!!'
      }),
      'damaged',
      'lớp thứ 1',
    ],
    [
      'a class key of 21 characters',
      mutate((d) => {
        d.classes![0]!.keyB64 = key().slice(1)
      }),
      'damaged',
      'lớp thứ 1',
    ],
    [
      'an infinite score (1e999)',
      fileOf(data).replace('"bestScore":80', '"bestScore":1e999'),
      'damaged',
      'học sinh thứ 1',
    ],
    [
      'a number given as text',
      mutate((d) => {
        d.students![1]!.lastSeq = '5'
      }),
      'damaged',
      'học sinh thứ 2',
    ],
    [
      'a 10,000-character name',
      mutate((d) => {
        d.students![1]!.name = 'A'.repeat(10_000)
      }),
      'damaged',
      'học sinh thứ 2',
    ],
    [
      'the same student twice',
      mutate((d) => {
        d.students![1]!.studentId = d.students![0]!.studentId
      }),
      'damaged',
      'học sinh thứ 2',
    ],
    ['a __proto__ module', fileOf(data).replace('"mua-sam":', '"__proto__":'), 'damaged', 'học sinh thứ 1'],
    [
      'a summary filed under another class',
      mutate((d) => {
        d.summaries![0]!.classId = newId()
      }),
      'damaged',
      'báo cáo thứ 1',
    ],
    [
      'summary figures that contradict each other',
      fileOf(data).replace('"completedTotal":12', '"completedTotal":40'),
      'damaged',
      'báo cáo thứ 1',
    ],
    [
      'a school membership with a negative seq',
      mutate((d) => {
        d.schoolMemberships![0]!.seq = -1
      }),
      'damaged',
      'trường đã tham gia thứ 1',
    ],
    [
      'a staff flag that is not a boolean',
      fileOf(data).replace('"vneidLevel2":true,"dvcPortal":true', '"vneidLevel2":"có","dvcPortal":true'),
      'damaged',
      'thông tin giáo viên',
    ],
  ]
  it.each(bad)('refuses %s, naming the problem', (_, text, problem, where) => {
    const r = parseBackup(text)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problem).toBe(problem)
    const words = backupRefusal((key, params) => translate('vi', key, params), r)
    expect(words).toContain('Chưa có gì thay đổi trên máy này')
    if (where) expect(words).toContain(where)
  })

  it('refuses a file too large to be a backup without parsing it', () => {
    const spy = vi.spyOn(JSON, 'parse')
    const r = parseBackup(' '.repeat(MAX_BACKUP_BYTES + 1))
    expect(r).toMatchObject({ ok: false, problem: 'tooLarge' })
    expect(spy).not.toHaveBeenCalled()
  })

  it('names the file by the local day', () => {
    expect(backupFileName(new Date(2026, 10, 27, 9).getTime())).toBe('kns-sao-luu-2026-11-27.json')
  })
})

describe('merge rules', () => {
  const base = makeStudent(newId(), {
    lastSeq: 5,
    name: 'An',
    modules: { 'dich-vu-cong': { completedAt: 2000, bestScore: 60, attempts: 3 } },
  })

  it('a student: the higher lastSeq gives name and seq; per module the earliest completion, max score, max attempts', () => {
    const theirs: StudentRecord = {
      ...base,
      lastSeq: 7,
      lastReceiptAt: 9,
      name: 'Nguyễn An',
      modules: {
        'dich-vu-cong': { completedAt: 3000, bestScore: 90, attempts: 1 },
        'thanh-toan': { bestScore: 20, attempts: 1 },
      },
    }
    const m = mergeStudent(base, theirs)
    expect(m).toMatchObject({ name: 'Nguyễn An', lastSeq: 7, lastReceiptAt: 9 })
    expect(m.modules).toEqual({
      'dich-vu-cong': { completedAt: 2000, bestScore: 90, attempts: 3 },
      'thanh-toan': { bestScore: 20, attempts: 1 },
    })
    // An older record from the file never loses a completion this phone lacks.
    const older = mergeStudent({ ...base, modules: {} }, { ...base, lastSeq: 1, name: 'Cũ' })
    expect(older.name).toBe('An')
    expect(older.modules['dich-vu-cong']?.completedAt).toBe(2000)
  })

  it('classes, schools and memberships: this phone keeps its copy, the file adds what is missing', () => {
    const mine = makeData()
    const changed = { ...mine.classes[0]!, className: 'Khác', keyB64: key() }
    const extra = makeClass({ className: '7A2' })
    const plan = mergeBackup(mine, {
      ...emptyData(),
      classes: [changed, extra],
      schools: [...mine.schools, makeSchool()],
      schoolMemberships: mine.schoolMemberships,
    })
    expect(plan.write.classes).toEqual([extra])
    expect(plan.counts.classes).toEqual({ added: 1, updated: 0, kept: 1 })
    expect(plan.counts.schools).toEqual({ added: 1, updated: 0, kept: 1 })
    expect(plan.counts.schoolMemberships).toEqual({ added: 0, updated: 0, kept: 1 })
  })

  it('students by class and student id; an identical record is kept, not rewritten', () => {
    const mine = makeData()
    const [a, b] = mine.students as [StudentRecord, StudentRecord]
    const newer = { ...b, lastSeq: b.lastSeq + 1, name: 'Trần Bình' }
    const other = makeStudent(newId(), { studentId: a.studentId })
    const plan = mergeBackup(mine, {
      ...emptyData(),
      students: [{ ...a, modules: { ...a.modules } }, newer, other],
    })
    expect(plan.counts.students).toEqual({ added: 1, updated: 1, kept: 1 })
    expect(plan.write.students.map((s) => s.name)).toEqual(['Trần Bình', other.name])
  })

  it('summaries: the higher summary.seq per school, class and month; staff: the newer updatedAt', () => {
    const mine = makeData()
    const s = mine.summaries[0]!
    const higher = makeSummary(s.schoolId, s.classId, 4)
    const lower = makeSummary(s.schoolId, s.classId, 0, '2026-10')
    const plan = mergeBackup(
      { ...mine, summaries: [s, makeSummary(s.schoolId, s.classId, 9, '2026-10')] },
      { ...emptyData(), summaries: [higher, lower], staff: makeStaff(mine.staff!.updatedAt + 1) },
    )
    expect(plan.write.summaries).toEqual([higher])
    expect(plan.counts.summaries).toEqual({ added: 0, updated: 1, kept: 1 })
    expect(plan.write.staff?.updatedAt).toBe(mine.staff!.updatedAt + 1)
    expect(mergeBackup(mine, { ...emptyData(), staff: makeStaff(1) }).write.staff).toBe(null)
    expect(mergeBackup({ ...mine, staff: null }, { ...emptyData(), staff: makeStaff(1) }).counts.staff).toBe(true)
  })

  it('class lists: the newer updatedAt wins, keeping both phones’ links', () => {
    const mine = makeData()
    const r = mine.rosters[0]!
    const mineLinked = { ...r, links: { AAAAAAAAAAA: 1 } }
    const newer = {
      ...r,
      entries: [{ number: 1, name: 'Nguyễn Văn An' }],
      links: { BBBBBBBBBBA: 1 },
      updatedAt: r.updatedAt + 1,
    }
    const plan = mergeBackup({ ...mine, rosters: [mineLinked] }, { ...emptyData(), rosters: [newer] })
    expect(plan.write.rosters).toEqual([{ ...newer, links: { AAAAAAAAAAA: 1, BBBBBBBBBBA: 1 } }])
    expect(mergeBackup(mine, { ...emptyData(), rosters: [{ ...r, updatedAt: 1 }] }).counts.rosters).toEqual({
      added: 0,
      updated: 0,
      kept: 1,
    })
  })

  it('reminds when data was never backed up or the last backup is more than 30 days old', () => {
    const now = 1_800_000_000_000
    expect(backupReminder(undefined, 0, now)).toBeUndefined()
    expect(backupReminder(now - 40 * DAY, 0, now)).toBeUndefined()
    expect(backupReminder(undefined, 3, now)).toBe('never')
    expect(backupReminder(now - 30 * DAY, 3, now)).toBeUndefined()
    expect(backupReminder(now - 30 * DAY - 1, 3, now)).toBe('old')
  })
})

describe('backup repository', () => {
  it('reads everything in one transaction and records the backup date', async () => {
    const data = makeData()
    await restore(makeBackup(data, 1), 'replace')
    const all = await readAll()
    expect(all.classes).toEqual(data.classes)
    expect(sortStudents(all.students)).toEqual(sortStudents(data.students))
    expect(all.staff).toEqual(data.staff)
    expect([all.periods, all.classQuizzes]).toEqual([data.periods, data.classQuizzes])
    // Everything the file holds: 1 class, 2 students, 1 school, 1 membership, 1 summary, 1 class list,
    // 1 logged period, 1 quiz session and the staff record.
    expect(await loadBackupStatus()).toEqual({ records: 10 })
    await markBackedUp(1_800_000_000_000)
    expect(await loadBackupStatus()).toEqual({ records: 10, lastBackupAt: 1_800_000_000_000 })
  })

  it('merge keeps both phones’ data and reports what changed', async () => {
    const mine = makeData()
    await restore(makeBackup(mine, 1), 'replace')
    const [a] = mine.students as [StudentRecord]
    const theirs = makeData()
    const newerA: StudentRecord = {
      ...a,
      lastSeq: a.lastSeq + 2,
      modules: { 'dich-vu-cong': { completedAt: 5, bestScore: 100, attempts: 4 } },
    }
    theirs.students.push(newerA)
    theirs.classes.push(mine.classes[0]!)
    const r = await restore(makeBackup(theirs, 2), 'merge')
    expect(r.classes).toEqual({ added: 1, updated: 0, kept: 1 })
    expect(r.students).toEqual({ added: 2, updated: 1, kept: 0 })
    expect(r.summaries.added).toBe(1)
    expect(r.totals).toEqual({ classes: 2, students: 4, summaries: 2, schools: 4, units: 0, teams: 0 })
    const all = await readAll()
    const merged = all.students.find((s) => s.studentId === a.studentId)!
    expect(merged.lastSeq).toBe(a.lastSeq + 2)
    expect(merged.modules).toEqual({
      'dich-vu-cong': { completedAt: 5, bestScore: 100, attempts: 4 },
      'mua-sam': { bestScore: 40, attempts: 1 },
    })
    // The same file again changes nothing.
    const again = await restore(makeBackup(theirs, 2), 'merge')
    expect(again.students).toEqual({ added: 0, updated: 0, kept: 3 })
  })

  it('replace leaves exactly the file’s records, staff included', async () => {
    await restore(makeBackup(makeData(), 1), 'replace')
    await saveClass(makeClass({ className: 'Lớp cũ' }))
    const theirs = { ...makeData(), staff: null }
    const r = await restore(makeBackup(theirs, 2), 'replace')
    expect(r.totals).toEqual({ classes: 1, students: 2, summaries: 1, schools: 2, units: 0, teams: 0 })
    const all = await readAll()
    expect(all.classes).toEqual(theirs.classes)
    expect(sortStudents(all.students)).toEqual(sortStudents(theirs.students))
    expect(all.summaries).toEqual(theirs.summaries)
    expect(await loadStaff()).toBeUndefined()
  })

  it.each(['replace', 'merge'] as const)('a failing write (disk full) during %s changes nothing', async (mode) => {
    await restore(makeBackup(makeData(), 1), 'replace')
    const before = await readAll()
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    await expect(restore(makeBackup(makeData(), 2), mode)).rejects.toMatchObject({ kind: 'quota' })
    spy.mockRestore()
    const after = await readAll()
    expect(after.classes).toEqual(before.classes)
    expect(sortStudents(after.students)).toEqual(sortStudents(before.students))
    expect(after.summaries).toEqual(before.summaries)
    expect(after.staff).toEqual(before.staff)
  })

  it('a write that fails half-way (the tenth put) rolls back the clear and the puts before it', async () => {
    await restore(makeBackup(makeData(), 1), 'replace')
    const before = await readAll()
    const put = IDBObjectStore.prototype.put
    let calls = 0
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++calls === 10) throw new DOMException('full', 'QuotaExceededError')
      return put.apply(this, args)
    })
    const big = makeData()
    for (let i = 0; i < 20; i++) big.students.push(makeStudent(big.classes[0]!.id, { classNumber: i + 3 }))
    await expect(restore(makeBackup(big, 2), 'replace')).rejects.toMatchObject({ kind: 'quota' })
    vi.restoreAllMocks()
    const after = await readAll()
    expect(after.classes).toEqual(before.classes)
    expect(sortStudents(after.students)).toEqual(sortStudents(before.students))
  })
})

describe('records read by their field table', () => {
  const unitId = newId()
  const data = (): BackupData => ({
    ...emptyData(),
    units: [
      { id: unitId, keyB64: key(), name: 'Xã Tân Phú', level: 'commune', area: '', createdAt: 1_790_000_000_000 },
    ],
    teamMemberships: [
      {
        teamId: newId(),
        keyB64: key(),
        name: 'Tổ CNS Ấp 1',
        commune: 'Tân Phú',
        memberId: newId(),
        memberName: 'Lê Thị Hoa',
        joinedAt: 1_790_000_000_000,
        seq: 2,
      },
    ],
  })
  const parse = (d: unknown) => parseBackup(JSON.stringify({ ...makeBackup(emptyData(), 1_790_000_000_000), data: d }))

  it('keeps each field it knows, in order, a unit’s newer fields too, and drops the rest', () => {
    const original = data()
    const d = structuredClone(original) as unknown as Record<string, Array<Record<string, unknown>>>
    d.units![0]!.fromNewerVersion = { x: 1 }
    d.teamMemberships![0]!.stray = 'bỏ đi'
    const r = parse(d)
    if (!r.ok) throw new Error(r.problem)
    expect(r.backup.data.units[0]).toEqual({ ...original.units[0], fromNewerVersion: { x: 1 } })
    expect(r.backup.data.teamMemberships[0]).toStrictEqual(original.teamMemberships[0])
    expect(Object.keys(r.backup.data.teamMemberships[0]!)).toEqual([
      'teamId',
      'keyB64',
      'name',
      'commune',
      'memberId',
      'memberName',
      'joinedAt',
      'seq',
    ])
  })

  it('refuses the file, naming the record, when one field is broken', () => {
    const d = data()
    d.teamMemberships[0]!.seq = -1
    expect(parse(d)).toMatchObject({ ok: false, problem: 'damaged', record: { kind: 'teamMemberships', index: 0 } })
    const e = data()
    ;(e.units[0] as unknown as Record<string, unknown>).keyB64 = 'short'
    expect(parse(e)).toMatchObject({ ok: false, problem: 'damaged', record: { kind: 'units', index: 0 } })
  })
})
