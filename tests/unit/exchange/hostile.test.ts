// Hostile files and codes at the import boundary (issue #15): prototype-named keys, times beyond what a
// code can carry, names made only of invisible characters. Each is refused, or accepted with data that the
// app's own next backup restores. The fuzz counterpart is hostile.fuzz.test.ts.
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { OutreachSession, StudentRecord, TeacherClass } from '@/domain/records'
import { newId, newKey, toBase64url } from '@/exchange/codec'
import { emptyData, makeBackup, parseBackup, type BackupData } from '@/exchange/backup/teacher'
import * as outreachBackup from '@/exchange/backup/outreach'
import { readAll, restore } from '@/db/backupRepo'
import { loadOutreach, restoreOutreach } from '@/db/outreachRepo'
import { makeSession } from '@/domain/outreach/tally'
import { outreachMonthTotals } from '@/report/outreach'
import { monthTable } from '@/report/outreachTable'
import { toCsv } from '@/report/table'

beforeEach(() => setActivePinia(createPinia()))

const T = 1_790_000_000_000
function cls(over: Partial<TeacherClass> = {}): TeacherClass {
  return {
    id: newId(),
    keyB64: toBase64url(newKey()),
    className: '6A1',
    school: 'THCS Tân Phú',
    schoolYear: '2026-2027',
    grade: 6,
    createdAt: T,
    ...over,
  }
}
function student(classId: string, modules: Record<string, unknown>, over: Partial<StudentRecord> = {}): StudentRecord {
  return {
    classId,
    studentId: newId(),
    name: 'Nguyễn Văn An',
    classNumber: 1,
    lastSeq: 3,
    lastReceiptAt: T,
    modules: modules as StudentRecord['modules'],
    ...over,
  }
}
const teacherFile = (data: BackupData): string => JSON.stringify(makeBackup(data, T))

/** Restores a parsed file (replace), then checks that the app's own next backup of it is accepted. */
async function restoresAndBacksUpAgain(text: string): Promise<BackupData> {
  const r = parseBackup(text)
  if (!r.ok) throw new Error(`refused: ${r.problem}`)
  await restore(r.backup, 'replace')
  const again = parseBackup(JSON.stringify(makeBackup(await readAll(), T)))
  expect(again.ok).toBe(true)
  return await readAll()
}

describe('teacher backup: keys from outside', () => {
  for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
    it(`a module named "${key}" never reaches storage, and the next backup restores`, async () => {
      const c = cls()
      const text = teacherFile({
        ...emptyData(),
        classes: [c],
        students: [student(c.id, { 'dich-vu-cong': { bestScore: 80, attempts: 2 } })],
      }).replace('"dich-vu-cong":', `"${key}":{"bestScore":50,"attempts":1},"dich-vu-cong":`)
      const r = parseBackup(text)
      // Refused as damaged, or accepted without the foreign key: never stored as a module.
      if (!r.ok) {
        expect(r.problem).toBe('damaged')
        return
      }
      const data = await restoresAndBacksUpAgain(text)
      const modules = data.students[0]!.modules as Record<string, unknown>
      expect(Object.keys(modules)).toEqual(['dich-vu-cong'])
    })
  }

  it('keeps only the module ids this app knows, as a receipt does', () => {
    const c = cls()
    const r = parseBackup(
      teacherFile({
        ...emptyData(),
        classes: [c],
        students: [
          student(c.id, {
            'mo-dun-moi': { bestScore: 50, attempts: 1 },
            'mua-sam': { bestScore: 40, attempts: 1 },
          }),
        ],
      }),
    )
    expect(r.ok && Object.keys(r.backup.data.students[0]!.modules)).toEqual(['mua-sam'])
  })
})

describe('teacher backup: times', () => {
  it.each([8.64e15, 1e15, Number.MAX_SAFE_INTEGER])(
    'refuses a receipt time of %d (beyond what a code can carry)',
    (t) => {
      const c = cls()
      expect(
        parseBackup(teacherFile({ ...emptyData(), classes: [c], students: [student(c.id, {}, { lastReceiptAt: t })] })),
      ).toMatchObject({ ok: false, problem: 'damaged' })
      expect(parseBackup(teacherFile({ ...emptyData(), classes: [cls({ createdAt: t })] }))).toMatchObject({
        ok: false,
        problem: 'damaged',
      })
    },
  )
})

describe('teacher backup: names', () => {
  const invisible = ['\u200B', '\u200B\u200C\u200D\u2060\uFEFF', '\u202E\u202D', ' \u00AD ', '\u2066\u2069']
  it.each(invisible)('refuses a class or student name made only of invisible characters (%j)', (name) => {
    const c = cls()
    expect(parseBackup(teacherFile({ ...emptyData(), classes: [cls({ className: name })] }))).toMatchObject({
      ok: false,
      problem: 'damaged',
      record: { kind: 'classes' },
    })
    expect(
      parseBackup(teacherFile({ ...emptyData(), classes: [c], students: [student(c.id, {}, { name })] })),
    ).toMatchObject({ ok: false, problem: 'damaged', record: { kind: 'students' } })
  })

  it('stores a name with hidden characters in the form a code carries', () => {
    const c = cls({ className: '6\u200BA1\u202E' })
    const r = parseBackup(teacherFile({ ...emptyData(), classes: [c] }))
    expect(r.ok && r.backup.data.classes[0]!.className).toBe('6A1')
  })
})

describe('outreach backup: keys from outside', () => {
  const session = (over: Partial<OutreachSession> = {}): OutreachSession => ({
    ...makeSession(
      {
        date: '2026-11-20',
        commune: 'Xã Tân Hòa',
        hamlet: '',
        kind: 'household',
        moduleIds: ['dich-vu-cong'],
      },
      's-1',
      1000,
    ),
    ...over,
  })
  const labels = {
    date: 'Ngày',
    commune: 'Xã',
    hamlet: 'Ấp',
    kind: 'Hình thức',
    modules: 'Mô-đun',
    people: 'Số người',
    status: 'Trạng thái',
    open: 'Mở',
    ended: 'Xong',
    total: (m: string) => `Cộng ${m}`,
    kinds: { household: 'Hộ', community: 'Cộng đồng', parents: 'Phụ huynh' },
  }

  for (const key of ['toString', 'constructor', 'valueOf', '__proto__', 'hasOwnProperty']) {
    it(`a count named "${key}" never prints a function into the report or its export`, async () => {
      const text = JSON.stringify(outreachBackup.makeBackup([session({ counts: { 'cai-vneid': 2 } })], [], 1)).replace(
        '"cai-vneid":2',
        `"cai-vneid":2,"${key}":3`,
      )
      const r = outreachBackup.parseBackup(text)
      // Refused, or accepted: either way no function source reaches a table.
      if (r.ok) {
        await restoreOutreach(r.backup)
        const { sessions } = await loadOutreach()
        const totals = outreachMonthTotals(sessions, '2026-11')
        expect(JSON.stringify(totals)).not.toMatch(/function|native code/)
        expect(toCsv(monthTable(sessions, [], '2026-11', labels, (id) => id))).not.toMatch(/function|native code/)
      }
      // Even sessions written some other way: totals of a month read only the session's own counts.
      const totals = outreachMonthTotals([session({ counts: { 'cai-vneid': 2 } })], '2026-11')
      expect(Object.keys(totals.outcomes)).toEqual(['cai-vneid'])
      expect(String((totals.outcomes as Record<string, unknown>)[key] ?? 0)).not.toMatch(/function/)
      expect(
        toCsv(
          monthTable(
            [session({ counts: { 'cai-vneid': 2 } })],
            [{ id: key, label: 'Nhãn', hidden: false, order: 9, updatedAt: 1 }],
            '2026-11',
            labels,
            (id) => id,
          ),
        ),
      ).not.toMatch(/function|native code/)
    })
  }

  it('refuses a session whose time is beyond what a date can hold, and names of invisible characters', () => {
    expect(
      outreachBackup.parseBackup(JSON.stringify(outreachBackup.makeBackup([session({ updatedAt: 8.64e15 })], [], 1))),
    ).toEqual({ ok: false, problem: 'invalid' })
    expect(
      outreachBackup.parseBackup(
        JSON.stringify(outreachBackup.makeBackup([session({ commune: '\u200B\u200B' })], [], 1)),
      ),
    ).toEqual({ ok: false, problem: 'invalid' })
    expect(
      outreachBackup.parseBackup(
        JSON.stringify(
          outreachBackup.makeBackup([], [{ id: 'o-1', label: '\u202E', hidden: false, order: 1, updatedAt: 1 }], 1),
        ),
      ),
    ).toEqual({ ok: false, problem: 'invalid' })
  })
})
