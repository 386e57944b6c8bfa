// Nothing lost (issue #24): every store of the real schema is in the backup or on the written list of stores
// left out; the backup of a phone holding a class, a school, a unit and a team restores onto an empty
// database record for record; a merge keeps the highest sequence of every membership; the reminder counts
// a phone holding only a unit; an old outreach file still restores.
import { describe, expect, it } from 'vitest'
import { IDBFactory } from 'fake-indexeddb'
import { openDB } from 'idb'
import { getDB, migrations, resetConnection } from '@/db/index'
import { DB_NAME, DB_VERSION } from '@/db/schema'
import {
  loadBackupStatus,
  readAll,
  restore,
  STORES_IN_BACKUP,
  STORES_LEFT_OUT,
  storesWithoutDecision,
} from '@/db/backupRepo'
import { makeBackup, parseBackup } from '@/exchange/backup/teacher'
import { backupReminder } from '@/exchange/backup/teacher'
import { normalizeOutreachSummary, normalizeSchoolSummary } from '@/exchange/codec'
import { newId, newKey, toBase64url } from '@/exchange/codec'
import type { BackupData } from '@/domain/records'
import { LIST_KINDS } from '@/domain/merge'
import { makeAttempt } from '../../factories'
import { MEMBER, SCHOOL, TEAM, UNIT, makeOutreachSummary, makeSchoolSummary } from '../../factories/chain'

const T = 1_790_000_000_000
const key = (): string => toBase64url(newKey())

/** A phone that holds one of everything: a class with a roster, a school with two class summaries, a unit
 * with one school summary, a team with one member summary, the class and unit and team joined, outreach
 * sessions and the person's own learning progress. */
async function fillPhone(): Promise<void> {
  const db = await getDB()
  const classId = newId()
  const classSummary = (cid: string) => ({
    schoolId: SCHOOL,
    classId: cid,
    teacherId: newId(),
    teacherName: 'Cô Lan',
    className: '6A1',
    grade: 6,
    schoolYear: '2026-2027',
    month: '2026-11',
    studentCount: 30,
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
    teacherCompleted: ['dich-vu-cong' as const],
    readiness: { vneidLevel2: true, dvcPortal: false, fiveSkills: true },
    issuedAt: T,
    seq: 1,
  })
  const c1 = newId()
  const c2 = newId()
  await db.put('classes', {
    id: classId,
    keyB64: key(),
    className: '6A1',
    school: 'THCS Nguyễn Du',
    schoolYear: '2026-2027',
    grade: 6,
    createdAt: T,
  })
  await db.put('students', {
    classId,
    studentId: newId(),
    name: 'Nguyễn Văn An',
    classNumber: 1,
    lastSeq: 3,
    lastReceiptAt: T,
    modules: { 'dich-vu-cong': { completedAt: T, bestScore: 80, attempts: 2 } },
  })
  await db.put('rosters', {
    classId,
    entries: [{ number: 1, name: 'Nguyễn Văn An' }],
    links: {},
    updatedAt: T,
    size: 30,
  })
  await db.put('periods', {
    id: newId(),
    classId,
    date: '2026-11-24',
    periods: [3],
    moduleIds: ['chong-lua-dao'],
    present: [1],
    rosterSize: 1,
    teacherName: 'Cô Lan',
    createdAt: T,
    updatedAt: T,
  })
  await db.put('classQuizzes', {
    id: newId(),
    classId,
    moduleId: 'chong-lua-dao',
    questionIds: ['q-ba-nhom'],
    tallies: { 'q-ba-nhom': { a: 30 } },
    current: 0,
    revealed: [],
    startedAt: T,
    updatedAt: T,
  })
  await db.put('schools', {
    id: SCHOOL,
    keyB64: key(),
    name: 'THCS Nguyễn Du',
    upperLevel: 'Xã Hòa Bình',
    createdAt: T,
  })
  for (const cid of [c1, c2])
    await db.put('summaries', {
      schoolId: SCHOOL,
      classId: cid,
      month: '2026-11',
      summary: classSummary(cid),
      receivedAt: T,
    })
  await db.put('schoolMemberships', {
    schoolId: newId(),
    keyB64: key(),
    schoolName: 'THCS Nguyễn Du',
    upperLevel: '',
    joinedAt: T,
    seq: 4,
  })
  await db.put('units', {
    id: UNIT,
    keyB64: key(),
    name: 'Phòng Văn hóa – Xã hội xã Hòa Bình',
    level: 'commune',
    area: 'Xã Hòa Bình',
    createdAt: T,
  })
  await db.put('schoolSummaries', {
    unitId: UNIT,
    schoolId: SCHOOL,
    month: '2026-11',
    summary: normalizeSchoolSummary(makeSchoolSummary()),
    receivedAt: T,
  })
  await db.put('unitMemberships', {
    unitId: newId(),
    keyB64: key(),
    name: 'Phòng GD',
    level: 'province',
    area: '',
    joinedAt: T,
    seq: 7,
  })
  await db.put('teams', { id: TEAM, keyB64: key(), name: 'Tổ CNS ấp 3', commune: 'Xã Hòa Bình', createdAt: T })
  await db.put('outreachSummaries', {
    toId: TEAM,
    fromId: MEMBER,
    month: '2026-11',
    summary: normalizeOutreachSummary(makeOutreachSummary()),
    receivedAt: T,
  })
  await db.put('teamMemberships', {
    teamId: newId(),
    keyB64: key(),
    name: 'Tổ CNS ấp 5',
    commune: 'Xã Hòa Bình',
    memberId: newId(),
    memberName: 'Trần Thị Mai',
    joinedAt: T,
    seq: 2,
  })
  await db.put('memberships', {
    classId: newId(),
    keyB64: key(),
    className: '6A2',
    school: 'THCS Nguyễn Du',
    schoolYear: '2026-2027',
    grade: 6,
    studentId: newId(),
    name: 'Lê Minh',
    classNumber: 5,
    seq: 9,
    joinedAt: T,
    lastSentAt: T + 5,
  })
  await db.put('outreachSessions', {
    id: 's-1',
    date: '2026-11-20',
    commune: 'Xã Hòa Bình',
    hamlet: 'Ấp 3',
    kind: 'household',
    moduleIds: ['dich-vu-cong'],
    people: 4,
    counts: { vneid: 2 },
    taps: [{ key: 'vneid', delta: 1, at: T }],
    startedAt: T,
    endedAt: T + 1,
    updatedAt: T + 1,
  })
  await db.put('outreachOutcomes', { id: 'vneid', label: 'Cài đặt VNeID', hidden: false, order: 0, updatedAt: 0 })
  await db.put('lessonProgress', {
    moduleId: 'dich-vu-cong',
    lessonId: 'bai-1',
    step: 3,
    steps: 5,
    done: false,
    startedAt: T,
    updatedAt: T,
    timeMs: 60_000,
  })
  await db.put('practiceResults', {
    moduleId: 'dich-vu-cong',
    practiceId: 'thuc-hanh-1',
    attempts: 1,
    bestScore: 0.5,
    lastScore: 0.5,
    mistakes: 2,
    updatedAt: T,
  })
  await db.put('quizAttempts', makeAttempt({ answers: { q1: ['a'] } }))
  await db.put('moduleStatus', { moduleId: 'dich-vu-cong', bestScore: 80, attempts: 1, updatedAt: T })
  await db.put(
    'settings',
    { teacherId: newId(), vneidLevel2: true, dvcPortal: false, fiveSkills: true, updatedAt: T },
    'staff',
  )
}

async function everyStore(): Promise<Record<string, unknown[]>> {
  const db = await getDB()
  const out: Record<string, unknown[]> = {}
  // Every store of the real schema that is not on the written list of stores left out: read from the schema,
  // not from STORES_IN_BACKUP, so a store dropped from the backup fails here as well as in the coverage test.
  for (const s of [...db.objectStoreNames].filter((n) => !(n in STORES_LEFT_OUT)))
    out[s] = await db.getAll(s as (typeof STORES_IN_BACKUP)[number])
  out.staff = [await db.get('settings', 'staff')]
  return out
}

/** A phone whose site data was cleared: a new, empty IndexedDB. */
async function clearSiteData(): Promise<void> {
  await resetConnection()
  globalThis.indexedDB = new IDBFactory()
}

describe('every store has a backup decision', () => {
  it('each store of the real schema is in the backup or on the list of stores left out, with a reason', async () => {
    const db = await getDB()
    expect(db.version).toBe(DB_VERSION)
    expect(storesWithoutDecision(db.objectStoreNames)).toEqual([])
    for (const reason of Object.values(STORES_LEFT_OUT)) expect(reason!.length).toBeGreaterThan(40)
    // Nothing is both in the file and left out.
    expect(STORES_IN_BACKUP.filter((s) => s in STORES_LEFT_OUT)).toEqual([])
  })

  it('fails on a store a new version adds without deciding (a fixture store)', async () => {
    const db = await openDB(DB_NAME, DB_VERSION + 1, {
      upgrade(database, oldVersion, _newVersion, tx) {
        for (let v = oldVersion; v < DB_VERSION; v++) migrations[v]!(database as never, tx as never)
        database.createObjectStore('fixtureNotes', { keyPath: 'id' })
      },
    })
    expect(storesWithoutDecision(db.objectStoreNames)).toEqual(['fixtureNotes'])
    db.close()
  })
})

describe('one backup holds all of a person’s data', () => {
  it('a phone with a class, a school, a unit and a team restores onto an empty database record for record', async () => {
    await fillPhone()
    const before = await everyStore()
    // Every store the backup covers holds something, so the comparison below proves each one travels.
    for (const [store, records] of Object.entries(before)) expect(records.length, store).toBeGreaterThan(0)
    expect(before.summaries).toHaveLength(2)
    const text = JSON.stringify(makeBackup(await readAll(), T))

    await clearSiteData()
    const parsed = parseBackup(text)
    if (!parsed.ok) throw new Error(`refused: ${parsed.problem} ${JSON.stringify(parsed.record)}`)
    await restore(parsed.backup, 'replace')
    expect(await everyStore()).toEqual(before)
  })

  it('a unit record travels whole: a field a newer version added comes back unchanged', async () => {
    const db = await getDB()
    const unit = { id: UNIT, keyB64: key(), name: 'Xã Hòa Bình', level: 'commune', area: '', createdAt: T }
    await db.put('units', { ...unit, expectedSchools: ['THCS Nguyễn Du', 'THCS Lê Lợi'] } as never)
    const text = JSON.stringify(makeBackup(await readAll(), T))
    await clearSiteData()
    const parsed = parseBackup(text)
    if (!parsed.ok) throw new Error(parsed.problem)
    await restore(parsed.backup, 'replace')
    expect(await (await getDB()).getAll('units')).toEqual([
      { ...unit, expectedSchools: ['THCS Nguyễn Du', 'THCS Lê Lợi'] },
    ])
  })

  it('a merge keeps the HIGHEST sequence of every membership, and this phone’s key', async () => {
    await fillPhone()
    const old = await readAll()
    const db = await getDB()
    // Since the backup, this phone re-joined and sent more: its sequences are higher.
    const [school] = await db.getAll('schoolMemberships')
    const [unitM] = await db.getAll('unitMemberships')
    const [teamM] = await db.getAll('teamMemberships')
    const [classM] = await db.getAll('memberships')
    await db.put('schoolMemberships', { ...school!, seq: 40, keyB64: key() })
    await db.put('unitMemberships', { ...unitM!, seq: 1 })
    await db.put('teamMemberships', { ...teamM!, seq: 20 })
    await db.put('memberships', { ...classM!, seq: 3 })
    const now = await readAll()
    const r = await restore(makeBackup(old, T), 'merge')
    const after = await readAll()
    expect(after.schoolMemberships).toEqual(now.schoolMemberships) // 40 > 4: nothing lowered
    expect(after.teamMemberships[0]!.seq).toBe(20)
    // The file's higher sequences win, on this phone's record.
    expect(after.unitMemberships).toEqual([{ ...now.unitMemberships[0]!, seq: 7 }])
    expect(after.memberships).toEqual([{ ...now.memberships[0]!, seq: 9 }])
    expect(r.unitMemberships).toEqual({ added: 0, updated: 1, kept: 0 })
    expect(r.schoolMemberships).toEqual({ added: 0, updated: 0, kept: 1 })
  })

  it('the reminder counts a phone holding only a unit', async () => {
    const db = await getDB()
    await db.put('units', { id: UNIT, keyB64: key(), name: 'Xã Hòa Bình', level: 'commune', area: '', createdAt: T })
    const status = await loadBackupStatus()
    expect(status.records).toBe(1)
    expect(backupReminder(status.lastBackupAt, status.records, T)).toBe('never')
  })

  it('an outreach team’s old file restores through the same backup, merging by the newer updatedAt', async () => {
    const session = {
      id: 's-9',
      date: '2026-10-02',
      commune: 'Xã Hòa Bình',
      hamlet: '',
      kind: 'community',
      moduleIds: [],
      people: 12,
      counts: {},
      taps: [],
      startedAt: T,
      updatedAt: T,
    }
    const text = JSON.stringify({
      format: 'kns-outreach-backup',
      version: 1,
      exportedAt: T,
      sessions: [session],
      outcomes: [],
    })
    const parsed = parseBackup(text)
    if (!parsed.ok) throw new Error(parsed.problem)
    const r = await restore(parsed.backup, 'merge')
    expect(r.outreachSessions).toEqual({ added: 1, updated: 0, kept: 0 })
    expect(await (await getDB()).getAll('outreachSessions')).toEqual([session])
  })

  it('a file lists every store it covers, and a version-4 file with a broken unit names it', () => {
    const data = { staff: null } as BackupData
    for (const k of LIST_KINDS) (data as unknown as Record<string, unknown[]>)[k] = []
    data.units = [{ id: 'x', keyB64: key(), name: 'A', level: 'commune', area: '', createdAt: T }]
    const r = parseBackup(JSON.stringify(makeBackup(data, T)))
    expect(r).toEqual({ ok: false, problem: 'damaged', record: { kind: 'units', index: 0 } })
  })
})
