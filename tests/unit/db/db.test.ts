import { describe, expect, it, vi } from 'vitest'
import { openDB } from 'idb'
import { getDB, migrations, openDatabase, StorageError, toStorageError } from '@/db/index'
import { DB_NAME, DB_VERSION } from '@/db/schema'
import { DEFAULT_PREFS, loadSettings, saveSettings } from '@/db/settingsRepo'
import { getModuleProgress, saveLessonStep } from '@/db/progressRepo'
import {
  getRoster,
  linkStudent,
  listClasses,
  listMemberships,
  listStudents,
  mergeStudentRows,
  saveRoster,
} from '@/db/classroomRepo'
import { loadOutreach } from '@/db/outreachRepo'
import { listSchools, listSummaries } from '@/db/schoolRepo'
import {
  listOutreachSummaries,
  listSchoolSummaries,
  listTeamMemberships,
  listTeams,
  listUnitMemberships,
  listUnits,
  nextUnitSeq,
  saveUnitMembership,
  storeOutreachSummaries,
  storeSchoolSummaries,
} from '@/db/chainRepo'
import { listClassQuizzes, listPeriods, savePeriod } from '@/db/periodRepo'
import { makeOutreachSummary, makeSchoolSummary, TEAM, UNIT } from '../../factories/chain'

/**
 * The upgrade harness: for every earlier version, write a database the way that version did,
 * then open it with the current code and check nothing was lost. Each new schema version adds
 * a fixture writer here.
 */
const writers: Record<number, (db: IDBDatabase) => Promise<void>> = {
  1: async (db) => {
    const tx = db.transaction('settings', 'readwrite')
    tx.objectStore('settings').put({ role: 'teacher', displayName: 'Cô Lan', createdAt: 5 }, 'profile')
    tx.objectStore('settings').put({ textSize: 'large', locality: 'dong-nai', locale: 'vi' }, 'prefs')
    await new Promise((r) => (tx.oncomplete = r))
  },
  2: async (db) => {
    const tx = db.transaction(['settings', 'lessonProgress', 'quizAttempts'], 'readwrite')
    tx.objectStore('settings').put({ role: 'teacher', displayName: 'Cô Lan', createdAt: 5 }, 'profile')
    tx.objectStore('settings').put({ textSize: 'large', locality: 'dong-nai', locale: 'vi' }, 'prefs')
    tx.objectStore('lessonProgress').put({
      moduleId: 'dich-vu-cong',
      lessonId: 'a',
      step: 3,
      steps: 6,
      done: false,
      startedAt: 1,
      updatedAt: 2,
      timeMs: 900,
    })
    tx.objectStore('quizAttempts').put({
      id: 'att-1',
      moduleId: 'dich-vu-cong',
      seed: 7,
      questionIds: ['q1', 'q2'],
      answers: { q1: ['a'] },
      current: 1,
      mode: 'full',
      contentSchema: 1,
      startedAt: 3,
      updatedAt: 4,
    })
    await new Promise((r) => (tx.oncomplete = r))
  },
  4: async (db) => {
    const tx = db.transaction(['settings', 'classes', 'students'], 'readwrite')
    tx.objectStore('settings').put({ role: 'teacher', displayName: 'Cô Lan', createdAt: 5 }, 'profile')
    tx.objectStore('settings').put({ textSize: 'large', locality: 'dong-nai', locale: 'vi' }, 'prefs')
    tx.objectStore('classes').put({
      id: 'AAAAAAAAAAA',
      keyB64: 'AAAAAAAAAAAAAAAAAAAAAA',
      className: '6A1',
      school: 'THCS A',
      schoolYear: '2026-2027',
      grade: 6,
      createdAt: 1,
    })
    tx.objectStore('students').put({
      classId: 'AAAAAAAAAAA',
      studentId: 'BBBBBBBBBBB',
      name: 'An',
      classNumber: 1,
      lastSeq: 3,
      lastReceiptAt: 9,
      modules: {},
    })
    await new Promise((r) => (tx.oncomplete = r))
  },
  5: async (db) => {
    const tx = db.transaction(['settings', 'classes', 'students', 'schools'], 'readwrite')
    tx.objectStore('settings').put({ role: 'teacher', displayName: 'Cô Lan', createdAt: 5 }, 'profile')
    tx.objectStore('settings').put({ textSize: 'large', locality: 'dong-nai', locale: 'vi' }, 'prefs')
    tx.objectStore('classes').put({
      id: 'AAAAAAAAAAA',
      keyB64: 'AAAAAAAAAAAAAAAAAAAAAA',
      className: '6A1',
      school: 'THCS A',
      schoolYear: '2026-2027',
      grade: 6,
      createdAt: 1,
    })
    tx.objectStore('students').put({
      classId: 'AAAAAAAAAAA',
      studentId: 'BBBBBBBBBBA',
      name: 'An',
      classNumber: 1,
      lastSeq: 3,
      lastReceiptAt: 9,
      modules: {},
    })
    tx.objectStore('schools').put({
      id: 'CCCCCCCCCCA',
      keyB64: 'AAAAAAAAAAAAAAAAAAAAAA',
      name: 'THCS A',
      upperLevel: 'Phòng VH-XH',
      createdAt: 2,
    })
    await new Promise((r) => (tx.oncomplete = r))
  },
  6: async (db) => {
    const tx = db.transaction(
      ['settings', 'classes', 'schools', 'summaries', 'rosters', 'outreachSessions'],
      'readwrite',
    )
    tx.objectStore('settings').put({ role: 'teacher', displayName: 'Cô Lan', createdAt: 5 }, 'profile')
    tx.objectStore('settings').put({ textSize: 'large', locality: 'dong-nai', locale: 'vi' }, 'prefs')
    tx.objectStore('classes').put({
      id: 'AAAAAAAAAAA',
      keyB64: 'AAAAAAAAAAAAAAAAAAAAAA',
      className: '6A1',
      school: 'THCS A',
      schoolYear: '2026-2027',
      grade: 6,
      createdAt: 1,
    })
    tx.objectStore('rosters').put({
      classId: 'AAAAAAAAAAA',
      entries: [{ number: 1, name: 'An' }],
      size: 35,
      links: {},
      updatedAt: 3,
    })
    tx.objectStore('schools').put({
      id: 'CCCCCCCCCCA',
      keyB64: 'AAAAAAAAAAAAAAAAAAAAAA',
      name: 'THCS A',
      upperLevel: 'Phòng VH-XH',
      createdAt: 2,
    })
    tx.objectStore('summaries').put({
      schoolId: 'CCCCCCCCCCA',
      classId: 'AAAAAAAAAAA',
      month: '2026-11',
      summary: { seq: 4 },
      receivedAt: 9,
    })
    tx.objectStore('outreachSessions').put({
      id: 's-2',
      date: '2026-11-21',
      commune: 'Xã A',
      hamlet: '',
      kind: 'household',
      moduleIds: [],
      people: 3,
      counts: {},
      taps: [],
      startedAt: 10,
      updatedAt: 11,
    })
    await new Promise((r) => (tx.oncomplete = r))
  },
  7: async (db) => {
    const tx = db.transaction(['settings', 'classes', 'students', 'rosters', 'units', 'schoolSummaries'], 'readwrite')
    tx.objectStore('settings').put({ role: 'teacher', displayName: 'Cô Lan', createdAt: 5 }, 'profile')
    tx.objectStore('settings').put({ textSize: 'large', locality: 'dong-nai', locale: 'vi' }, 'prefs')
    tx.objectStore('classes').put({
      id: 'AAAAAAAAAAA',
      keyB64: 'AAAAAAAAAAAAAAAAAAAAAA',
      className: '7A',
      school: 'THCS A',
      schoolYear: '2026-2027',
      grade: 7,
      createdAt: 1,
    })
    tx.objectStore('students').put({
      classId: 'AAAAAAAAAAA',
      studentId: 'BBBBBBBBBBB',
      name: 'An',
      classNumber: 1,
      lastSeq: 2,
      lastReceiptAt: 9,
      modules: {},
    })
    tx.objectStore('rosters').put({
      classId: 'AAAAAAAAAAA',
      entries: [
        { number: 1, name: 'An' },
        { number: 2, name: 'Bình' },
      ],
      links: {},
      updatedAt: 3,
    })
    tx.objectStore('units').put({
      id: 'UUUUUUUUUUU',
      keyB64: 'AAAAAAAAAAAAAAAAAAAAAA',
      name: 'Phòng VH-XH',
      level: 'commune',
      area: 'Xã A',
      createdAt: 4,
    })
    tx.objectStore('schoolSummaries').put({
      unitId: 'UUUUUUUUUUU',
      schoolId: 'CCCCCCCCCCA',
      month: '2026-11',
      summary: { seq: 6 },
      receivedAt: 9,
    })
    await new Promise((r) => (tx.oncomplete = r))
  },
  3: async (db) => {
    const tx = db.transaction(['settings', 'outreachSessions'], 'readwrite')
    tx.objectStore('settings').put({ role: 'teacher', displayName: 'Cô Lan', createdAt: 5 }, 'profile')
    tx.objectStore('settings').put({ textSize: 'large', locality: 'dong-nai', locale: 'vi' }, 'prefs')
    tx.objectStore('outreachSessions').put({
      id: 's-1',
      date: '2026-11-20',
      commune: 'Phường Trấn Biên',
      hamlet: 'Khu phố 3',
      kind: 'group',
      moduleIds: ['dich-vu-cong'],
      people: 12,
      counts: { 'cai-vneid': 4 },
      taps: [],
      startedAt: 10,
      updatedAt: 11,
    })
    await new Promise((r) => (tx.oncomplete = r))
  },
}

/** What each version's fixture must still hold after the upgrade, beyond the settings every writer saves. */
const checks: Record<number, () => Promise<void>> = {
  2: async () => {
    const p = await getModuleProgress('dich-vu-cong')
    expect(p.lessons).toEqual([
      {
        moduleId: 'dich-vu-cong',
        lessonId: 'a',
        step: 3,
        steps: 6,
        done: false,
        startedAt: 1,
        updatedAt: 2,
        timeMs: 900,
      },
    ])
    expect(p.attempts).toHaveLength(1)
    expect(p.attempts[0]).toMatchObject({
      id: 'att-1',
      seed: 7,
      questionIds: ['q1', 'q2'],
      answers: { q1: ['a'] },
      current: 1,
    })
    // The new stores are there and empty.
    expect(await loadOutreach()).toEqual({ sessions: [], outcomes: [] })
  },
  4: async () => {
    expect((await listClasses()).map((c) => c.className)).toEqual(['6A1'])
    expect((await listStudents('AAAAAAAAAAA')).map((x) => x.lastSeq)).toEqual([3])
  },
  5: async () => {
    expect((await listStudents('AAAAAAAAAAA')).map((x) => x.name)).toEqual(['An'])
    // The class list store is new and empty: the class has no list yet.
    expect(await getRoster('AAAAAAAAAAA')).toBeUndefined()
  },
  6: async () => {
    expect((await getRoster('AAAAAAAAAAA'))?.size).toBe(35)
    expect((await listSchools()).map((x) => x.name)).toEqual(['THCS A'])
    expect((await listSummaries('CCCCCCCCCCA')).map((x) => x.summary.seq)).toEqual([4])
    expect((await loadOutreach()).sessions.map((x) => x.people)).toEqual([3])
    // The chain's stores are new and empty.
    expect([await listUnits(), await listUnitMemberships(), await listTeams(), await listTeamMemberships()]).toEqual([
      [],
      [],
      [],
      [],
    ])
    expect(await listSchoolSummaries('X')).toEqual([])
  },
  7: async () => {
    expect((await listClasses()).map((c) => c.className)).toEqual(['7A'])
    expect((await listStudents('AAAAAAAAAAA')).map((x) => x.lastSeq)).toEqual([2])
    expect((await getRoster('AAAAAAAAAAA'))?.entries.map((e) => e.name)).toEqual(['An', 'Bình'])
    expect((await listUnits()).map((u) => u.name)).toEqual(['Phòng VH-XH'])
    expect((await listSchoolSummaries('UUUUUUUUUUU')).map((x) => x.seq)).toEqual([6])
    // The stores of teaching in class are new and empty, and take a period and a quiz session.
    expect([await listPeriods('AAAAAAAAAAA'), await listClassQuizzes('AAAAAAAAAAA')]).toEqual([[], []])
    const period = {
      id: 'p1',
      classId: 'AAAAAAAAAAA',
      date: '2026-11-24',
      periods: [3],
      moduleIds: ['chong-lua-dao' as const],
      present: [1, 2],
      rosterSize: 2,
      teacherName: 'Cô Lan',
      createdAt: 1,
      updatedAt: 1,
    }
    await savePeriod(period)
    expect(await listPeriods('AAAAAAAAAAA')).toEqual([period])
  },
  3: async () => {
    const { sessions } = await loadOutreach()
    expect(sessions).toHaveLength(1)
    expect(sessions[0]).toMatchObject({ id: 's-1', people: 12, counts: { 'cai-vneid': 4 } })
    expect(await listClasses()).toEqual([])
    expect(await listMemberships()).toEqual([])
  },
}

describe('schema upgrades', () => {
  it('has one migration per version', () => {
    expect(migrations).toHaveLength(DB_VERSION)
  })

  for (const version of Object.keys(writers).map(Number)) {
    it(`keeps the data of a version-${version} database`, async () => {
      const old = await openDB(DB_NAME, version, {
        upgrade(db, oldVersion, newVersion, tx) {
          for (let v = oldVersion; v < newVersion!; v++) migrations[v]!(db as never, tx as never)
        },
      })
      await writers[version]!(old as unknown as IDBDatabase)
      old.close()

      const s = await loadSettings()
      expect(s.profile).toEqual({ roles: ['teacher'], displayName: 'Cô Lan', createdAt: 5 })
      expect(s.prefs.textSize).toBe('large')
      const db = await getDB()
      expect(db.version).toBe(DB_VERSION)
      expect([...db.objectStoreNames].sort()).toEqual(
        [
          'classes',
          'lessonProgress',
          'memberships',
          'moduleStatus',
          'outreachOutcomes',
          'outreachSessions',
          'practiceResults',
          'quizAttempts',
          'outreachSummaries',
          'rosters',
          'schoolMemberships',
          'schoolSummaries',
          'schools',
          'settings',
          'students',
          'summaries',
          'teamMemberships',
          'teams',
          'unitMemberships',
          'units',
          'periods',
          'classQuizzes',
        ].sort(),
      )
      await checks[version]?.()
    })
  }
})

describe('the chain above the school', () => {
  it('keeps the newest school summary per unit, school and month, in one write per batch', async () => {
    const a = makeSchoolSummary({ seq: 2 })
    expect(
      await storeSchoolSummaries([
        a,
        a,
        makeSchoolSummary({ seq: 1 }),
        makeSchoolSummary({ month: '2026-10', seq: 1 }),
      ]),
    ).toEqual(['added', 'duplicate', 'older', 'added'])
    expect(await storeSchoolSummaries([makeSchoolSummary({ seq: 3, classes: 13 })])).toEqual(['updated'])
    const list = await listSchoolSummaries(UNIT)
    expect(list.map((s) => [s.month, s.seq, s.classes]).sort()).toEqual([
      ['2026-10', 1, 12],
      ['2026-11', 3, 13],
    ])
  })
  it('keeps outreach summaries per recipient, sender and month', async () => {
    expect(await storeOutreachSummaries([makeOutreachSummary(), makeOutreachSummary({ seq: 0 })])).toEqual([
      'added',
      'older',
    ])
    expect((await listOutreachSummaries(TEAM)).map((s) => s.fromName)).toEqual(['Trần Thị Mai'])
    expect(await listOutreachSummaries(UNIT)).toEqual([])
  })
  it('raises a unit membership sequence, and a re-join never lowers it', async () => {
    const m = {
      unitId: UNIT,
      keyB64: 'AAAAAAAAAAAAAAAAAAAAAA',
      name: 'Phòng VH-XH',
      level: 'commune' as const,
      area: 'Xã A',
      joinedAt: 1,
      seq: 0,
    }
    await saveUnitMembership(m)
    expect(await nextUnitSeq(UNIT)).toBe(1)
    expect(await nextUnitSeq(UNIT)).toBe(2)
    expect((await saveUnitMembership({ ...m, joinedAt: 5 })).seq).toBe(2)
    await expect(nextUnitSeq('BBBBBBBBBBB')).rejects.toThrow()
  })
})

describe('class lists', () => {
  it('a list edit keeps receipts; a link and a merge of two rows are one transaction each', async () => {
    const db = await getDB()
    await db.put('students', {
      classId: 'K',
      studentId: 'OLD',
      name: 'An',
      classNumber: 1,
      lastSeq: 5,
      lastReceiptAt: 100,
      modules: { 'dich-vu-cong': { completedAt: 50, bestScore: 90, attempts: 1 } },
    })
    await db.put('students', {
      classId: 'K',
      studentId: 'NEW',
      name: 'An',
      classNumber: 1,
      lastSeq: 1,
      lastReceiptAt: 200,
      modules: {},
    })
    await saveRoster({ classId: 'K', entries: [{ number: 1, name: 'Nguyễn An' }], links: {}, updatedAt: 1 })
    await linkStudent('K', 'OLD', 1)
    expect((await getRoster('K'))!.links).toEqual({ OLD: 1 })
    await saveRoster({
      ...(await getRoster('K'))!,
      entries: [
        { number: 1, name: 'Nguyễn Văn An' },
        { number: 2, name: 'Bình' },
      ],
    })
    expect(await listStudents('K')).toHaveLength(2)
    const kept = await mergeStudentRows('K', 'OLD', 'NEW')
    expect(kept.studentId).toBe('NEW')
    const left = await listStudents('K')
    expect(left.map((s) => s.studentId)).toEqual(['NEW'])
    expect(left[0]!.modules['dich-vu-cong']).toEqual({ completedAt: 50, bestScore: 90, attempts: 1 })
    expect((await getRoster('K'))!.links).toEqual({ NEW: 1 })
  })
})

describe('settings repository', () => {
  it('returns defaults on a fresh database and round-trips a save', async () => {
    expect(await loadSettings()).toEqual({ profile: undefined, prefs: DEFAULT_PREFS })
    await saveSettings(
      { roles: ['student'], displayName: 'An', createdAt: 1 },
      { ...DEFAULT_PREFS, textSize: 'xlarge' },
    )
    const s = await loadSettings()
    expect(s.profile?.displayName).toBe('An')
    expect(s.prefs.textSize).toBe('xlarge')
  })

  it('a failed write (disk full) throws a quota error and keeps what was saved', async () => {
    await saveSettings({ roles: ['student'], displayName: 'An', createdAt: 1 }, DEFAULT_PREFS)
    // A full disk: the browser refuses the write with QuotaExceededError.
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    await expect(
      saveSettings({ roles: ['teacher'], displayName: 'B', createdAt: 2 }, DEFAULT_PREFS),
    ).rejects.toMatchObject({ kind: 'quota' })
    spy.mockRestore()
    expect((await loadSettings()).profile?.displayName).toBe('An')
  })
})

describe('storage errors', () => {
  it('maps DOM errors to kinds the UI explains', () => {
    expect(toStorageError(new DOMException('x', 'QuotaExceededError')).kind).toBe('quota')
    expect(toStorageError(new DOMException('x', 'InvalidStateError')).kind).toBe('unavailable')
    expect(toStorageError(new Error('x')).kind).toBe('failed')
  })

  it('reports an unavailable IndexedDB (private mode) as unavailable', async () => {
    const saved = globalThis.indexedDB
    // @ts-expect-error simulating a browser without IndexedDB
    delete globalThis.indexedDB
    await expect(openDatabase()).rejects.toBeInstanceOf(StorageError)
    await expect(openDatabase()).rejects.toMatchObject({ kind: 'unavailable' })
    globalThis.indexedDB = saved
  })
})

describe('lesson progress', () => {
  it('saves the card on screen and resumes there; done is kept once reached', async () => {
    await saveLessonStep({ moduleId: 'dich-vu-cong', lessonId: 'a', step: 2, steps: 6, elapsedMs: 1000, done: false }, [
      'a',
    ])
    let p = await getModuleProgress('dich-vu-cong')
    expect(p.lessons[0]).toMatchObject({ step: 2, steps: 6, done: false, timeMs: 1000 })
    await saveLessonStep({ moduleId: 'dich-vu-cong', lessonId: 'a', step: 5, steps: 6, elapsedMs: 500, done: true }, [
      'a',
    ])
    await saveLessonStep({ moduleId: 'dich-vu-cong', lessonId: 'a', step: 1, steps: 6, elapsedMs: 500, done: false }, [
      'a',
    ])
    p = await getModuleProgress('dich-vu-cong')
    expect(p.lessons[0]).toMatchObject({ step: 1, done: true, timeMs: 2000 })
    expect(p.lessons[0]!.completedAt).toBeTypeOf('number')
  })
})
