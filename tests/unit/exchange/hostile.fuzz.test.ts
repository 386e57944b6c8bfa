// Fuzz tests of every import channel and both backup kinds (issue #15): generated files and codes with
// prototype-named keys, out-of-range numbers and times, invisible and bidi-control names, and oversize
// input. Each is refused with a Vietnamese message, or accepted with stored data that the app's own next
// backup restores; nothing throws past the import boundary. (The codecs' own fuzz: codec.fuzz.test.ts.)
import { beforeEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createPinia, setActivePinia } from 'pinia'
import { MODULE_IDS } from '@/content/constants'
import type { BackupData, OutreachOutcome, OutreachSession } from '@/domain/records'
import {
  decodeClassInvite,
  decodeSchoolInvite,
  encodeClassInvite,
  encodeReceipt,
  encodeSchoolInvite,
  fromBase64url,
  newId,
  newKey,
  toBase64url,
} from '@/exchange/codec'
import { docTypeOf, findCodes } from '@/exchange/channels'
import { emptyData, makeBackup, parseBackup } from '@/exchange/backup/teacher'
import * as outreach from '@/exchange/backup/outreach'
import { decodePackLink, encodePackLink, MAX_PACK_CODE } from '@/exchange/localityLink'
import { parsePack } from '@/content/locality'
import { packTemplate } from '@/content/localityTemplate'
import { readAll, restore } from '@/db/backupRepo'
import { loadOutreach, restoreOutreach } from '@/db/outreachRepo'
import { codecMessage } from '@/i18n/vi-codec'
import { normalizeName, normalizeText } from '@/domain/text'
import { MAX_TIME_MS } from '@/domain/time'
import { setFeatureMessages, translate } from '@/i18n'
import features from '@/i18n/features'
import { backupRefusal } from '@/features/backup/refusal'
import { useClassroomStore } from '@/features/classroom/store'
import { useSchoolStore } from '@/features/school/store'
import { useLocalityStore } from '@/features/locality/store'
import { makeSession } from '@/domain/outreach/tally'
import { outreachMonthTotals } from '@/report/outreach'
import { monthlyFigures, reportMonths } from '@/report/class'

setFeatureMessages(features)
beforeEach(() => setActivePinia(createPinia()))

/** A sentence with Vietnamese letters, and none of a library's English or a function's source. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i
function isVietnameseMessage(text: string): void {
  expect(text).toMatch(VIETNAMESE)
  expect(text).not.toMatch(/\b(Invalid|Expected|received|undefined|NaN|function|native code|Error)\b/)
}

// ---------------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------------
const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'toLocaleString',
  '__defineGetter__',
  'prototype',
]
const INVISIBLE = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u00AD',
  '\u061C',
  '\uE000',
]
const invisibleText = fc
  .array(fc.constantFrom(...INVISIBLE, ' ', '\n'), { minLength: 1, maxLength: 8 })
  .map((a) => a.join(''))
const bidiName = fc
  .tuple(fc.constantFrom('An', 'Bình', '6A1', 'THCS Tân Phú'), fc.constantFrom(...INVISIBLE))
  .map(([a, b]) => `${b}${a}${b}`)
const hostileNumber = fc.constantFrom(
  8.64e15,
  8.64e15 + 1,
  1e15,
  2 ** 34 * 1000 + 1.8e12,
  Number.MAX_SAFE_INTEGER,
  1e308,
  -1,
  -8.64e15,
  0.5,
  2 ** 32,
  2 ** 53,
  1e-300,
)
const hostileString = fc.oneof(
  invisibleText,
  bidiName,
  fc.constantFrom(...PROTO_KEYS),
  fc.string({ maxLength: 20 }),
  fc.constant('x'.repeat(5000)),
  fc.constantFrom('=1+1', '@SUM(A1)', '<img src=x onerror=alert(1)>'),
)
/** An object whose keys are prototype names, as JSON.parse makes them (own properties, __proto__ included). */
const protoObject = fc
  .tuple(fc.subarray(PROTO_KEYS, { minLength: 1 }), fc.oneof(hostileNumber, hostileString, fc.constant(null)))
  .map(
    ([keys, v]) => JSON.parse(`{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as unknown,
  )
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  invisibleText,
  protoObject,
  hostileNumber,
  fc.oneof(
    hostileNumber,
    hostileString,
    protoObject,
    fc.constant(null),
    fc.constant([]),
    fc.constant({}),
    fc.boolean(),
    fc.array(hostileNumber, { maxLength: 3 }),
  ),
)
const hostileKey = fc.oneof(
  fc.constantFrom(...PROTO_KEYS, ...MODULE_IDS, 'mo-dun-moi'),
  invisibleText,
  fc.string({ maxLength: 8 }),
)

type Json = unknown
/**
 * One edit in a JSON tree: a value replaced, or a key added with a hostile name. A path step that is a
 * number picks the n-th key of the node (anywhere in the file); a string names the key (the places where
 * names, times and outside keys live, so that every run reaches them often).
 */
interface Edit {
  path: Array<number | string>
  value: unknown
  key: string
  addKey: boolean
}
const editsAt = (targets: ReadonlyArray<ReadonlyArray<string | number>>): fc.Arbitrary<Edit[]> =>
  fc.array(
    fc.record({
      path: fc.oneof(
        fc.array(fc.nat(), { maxLength: 7 }),
        fc.constantFrom(...targets).map((t) => [...t]),
      ),
      value: hostileValue,
      key: hostileKey,
      addKey: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  )
const TEACHER_TARGETS = [
  ['data', 'students', 0, 'modules'],
  ['data', 'students', 0, 'modules', 'dich-vu-cong'],
  ['data', 'students', 0, 'name'],
  ['data', 'students', 0, 'lastReceiptAt'],
  ['data', 'students', 0, 'modules', 'dich-vu-cong', 'completedAt'],
  ['data', 'classes', 0, 'className'],
  ['data', 'classes', 0, 'school'],
  ['data', 'classes', 0, 'createdAt'],
  ['data', 'classes', 0],
  ['data', 'schools', 0, 'name'],
  ['data', 'schoolMemberships', 0, 'schoolName'],
  ['data', 'summaries', 0, 'summary', 'modules'],
  ['data', 'summaries', 0, 'summary', 'teacherName'],
  ['data', 'summaries', 0, 'receivedAt'],
  ['data', 'staff'],
  ['data'],
  [],
  ['data', 'rosters', 0, 'entries', 0, 'name'],
  ['data', 'rosters', 0, 'links'],
  ['data', 'rosters', 0, 'updatedAt'],
]
const OUTREACH_TARGETS = [
  ['sessions', 0, 'counts'],
  ['sessions', 0, 'counts', 'cai-vneid'],
  ['sessions', 0, 'commune'],
  ['sessions', 0, 'hamlet'],
  ['sessions', 0, 'updatedAt'],
  ['sessions', 0, 'startedAt'],
  ['sessions', 0, 'id'],
  ['sessions', 0, 'moduleIds', 0],
  ['sessions', 0],
  ['outcomes', 0, 'id'],
  ['outcomes', 0, 'label'],
  ['outcomes', 0, 'updatedAt'],
  ['outcomes', 0],
  [],
]
const PACK_TARGETS = [
  ['province'],
  ['channels', 0],
  ['channels', 0, 'kind'],
  ['needs', 0],
  ['groups', 0, 'label'],
  ['facts'],
  ['updated'],
  [],
]

function applyEdits(root: Json, edits: readonly Edit[]): Json {
  const copy = JSON.parse(JSON.stringify(root)) as Json
  for (const e of edits) {
    let node = copy as Record<string, unknown>
    let parent: Record<string, unknown> | undefined
    let at = ''
    for (const step of e.path) {
      if (node === null || typeof node !== 'object') break
      const keys = Object.keys(node)
      if (!keys.length) break
      const key = typeof step === 'number' ? keys[step % keys.length]! : String(step)
      if (!Object.prototype.hasOwnProperty.call(node, key)) break
      parent = node
      at = key
      node = node[at] as Record<string, unknown>
    }
    const value = JSON.parse(JSON.stringify(e.value ?? null)) as unknown
    if (e.addKey && node !== null && typeof node === 'object' && !Array.isArray(node))
      Object.defineProperty(node, e.key, { value, enumerable: true, writable: true, configurable: true })
    else if (parent) Object.defineProperty(parent, at, { value, enumerable: true, writable: true, configurable: true })
  }
  return copy
}

// ---------------------------------------------------------------------------------------------------
// Valid starting points
// ---------------------------------------------------------------------------------------------------
const T = 1_790_000_000_000
function teacherData(): BackupData {
  const classId = newId()
  const schoolId = newId()
  const key = () => toBase64url(newKey())
  return {
    ...emptyData(),
    classes: [
      {
        id: classId,
        keyB64: key(),
        className: '6A1',
        school: 'THCS Tân Phú',
        schoolYear: '2026-2027',
        grade: 6,
        createdAt: T,
      },
    ],
    students: [
      {
        classId,
        studentId: newId(),
        name: 'Nguyễn Văn An',
        classNumber: 1,
        lastSeq: 3,
        lastReceiptAt: T,
        modules: { 'dich-vu-cong': { completedAt: T, bestScore: 80, attempts: 2 } },
      },
    ],
    schools: [
      {
        id: schoolId,
        keyB64: key(),
        name: 'THCS Tân Phú',
        upperLevel: 'Phòng Văn hóa – Xã hội',
        createdAt: T,
      },
    ],
    schoolMemberships: [
      { schoolId: newId(), keyB64: key(), schoolName: 'THCS Tân Phú', upperLevel: '', joinedAt: T, seq: 2 },
    ],
    summaries: [
      {
        schoolId,
        classId,
        month: '2026-11',
        receivedAt: T,
        summary: {
          schoolId,
          classId,
          teacherId: newId(),
          teacherName: 'Cô Lan',
          className: '6A1',
          grade: 6,
          schoolYear: '2026-2027',
          month: '2026-11',
          studentCount: 30,
          modules: {
            'dich-vu-cong': { completedInMonth: 5, completedTotal: 12, outOf: 30, averageBestScore: 76.5 },
          },
          teacherCompleted: ['dich-vu-cong'],
          readiness: { vneidLevel2: true, dvcPortal: false, fiveSkills: true },
          issuedAt: T,
          seq: 1,
        },
      },
    ],
    staff: { teacherId: newId(), vneidLevel2: true, dvcPortal: true, fiveSkills: false, updatedAt: T },
    rosters: [
      {
        classId,
        entries: [
          { number: 1, name: 'Nguyễn Văn An' },
          { number: 2, name: 'Trần Thị Bình' },
        ],
        links: {},
        updatedAt: T,
      },
    ],
    periods: [
      {
        id: newId(),
        classId,
        date: '2026-11-24',
        periods: [3],
        moduleIds: ['chong-lua-dao'],
        present: [1, 2],
        rosterSize: 2,
        teacherName: 'Cô Lan',
        createdAt: T,
        updatedAt: T,
      },
    ],
    classQuizzes: [
      {
        id: newId(),
        classId,
        moduleId: 'chong-lua-dao',
        questionIds: ['q-ba-nhom'],
        tallies: { 'q-ba-nhom': { a: 3 } },
        current: 0,
        revealed: [],
        startedAt: T,
        updatedAt: T,
      },
    ],
  }
}
const session = (): OutreachSession => ({
  ...makeSession(
    {
      date: '2026-11-20',
      commune: 'Xã Tân Hòa',
      hamlet: 'Ấp 3',
      kind: 'household',
      moduleIds: ['dich-vu-cong'],
    },
    's-1',
    T,
  ),
  people: 4,
  counts: { 'cai-vneid': 2 },
})
const outcome = (): OutreachOutcome => ({
  id: 'cai-vneid',
  label: 'Cài VNeID',
  hidden: false,
  order: 0,
  updatedAt: 0,
})

describe('teacher backup files (fuzz)', () => {
  it('refuses in Vietnamese, or restores data that the next backup restores again', async () => {
    await fc.assert(
      fc.asyncProperty(editsAt(TEACHER_TARGETS), async (edits) => {
        const text = JSON.stringify(applyEdits(makeBackup(teacherData(), T), edits))
        const r = parseBackup(text)
        if (!r.ok) {
          isVietnameseMessage(backupRefusal((k, p) => translate('vi', k, p), r))
          return
        }
        await restore(r.backup, 'replace')
        const stored = await readAll()
        for (const s of stored.students) {
          expect(Object.keys(s.modules).every((k) => (MODULE_IDS as readonly string[]).includes(k))).toBe(true)
          expect(normalizeName(s.name)).toBe(s.name)
          expect(s.name).not.toBe('')
          for (const t of [s.lastReceiptAt, ...Object.values(s.modules).map((m) => m?.completedAt ?? 0)])
            expect(t).toBeLessThanOrEqual(MAX_TIME_MS)
        }
        for (const r of stored.rosters) for (const e of r.entries) expect(normalizeName(e.name)).not.toBe('')
        for (const c of stored.classes) {
          expect(normalizeText(c.className, 100)).not.toBe('')
          expect(c.createdAt).toBeLessThanOrEqual(MAX_TIME_MS)
        }
        expect(() => monthlyFigures(stored.students, '2026-11')).not.toThrow()
        expect(() => reportMonths(stored.students)).not.toThrow()
        const again = parseBackup(JSON.stringify(makeBackup(stored, T)))
        expect(again.ok).toBe(true)
        if (again.ok) expect(again.backup.data.students).toEqual(stored.students)
      }),
      { numRuns: 150 },
    )
  })

  it('refuses an oversize file without reading it', () => {
    const r = parseBackup(' '.repeat(20 * 1024 * 1024 + 1))
    expect(r.ok).toBe(false)
    if (!r.ok) isVietnameseMessage(backupRefusal((k, p) => translate('vi', k, p), r))
  })
})

describe('outreach backup files (fuzz)', () => {
  it('refuses in Vietnamese, or restores data whose reports hold only numbers and that the next backup restores', async () => {
    await fc.assert(
      fc.asyncProperty(editsAt(OUTREACH_TARGETS), async (edits) => {
        const text = JSON.stringify(applyEdits(outreach.makeBackup([session()], [outcome()], T), edits))
        const r = outreach.parseBackup(text)
        if (!r.ok) {
          isVietnameseMessage(translate('vi', `outreach.backup.problems.${r.problem}`))
          return
        }
        await restoreOutreach(r.backup)
        const { sessions, outcomes } = await loadOutreach()
        for (const x of [...sessions, ...outcomes]) expect(x.updatedAt).toBeLessThanOrEqual(MAX_TIME_MS)
        for (const o of outcomes) expect(normalizeText(o.label, 200)).not.toBe('')
        for (const s of sessions) {
          expect(normalizeText(s.commune, 200)).not.toBe('')
          expect(Object.keys(s.counts).some((k) => k in Object.prototype)).toBe(false)
          const totals = outreachMonthTotals(sessions, s.date.slice(0, 7))
          expect(Object.values(totals.outcomes).every((n) => typeof n === 'number')).toBe(true)
        }
        expect(outreach.parseBackup(JSON.stringify(outreach.makeBackup(sessions, outcomes, T))).ok).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('refuses an oversize file', () => {
    expect(outreach.parseBackup(' '.repeat(outreach.MAX_BACKUP_BYTES + 1))).toEqual({
      ok: false,
      problem: 'tooLarge',
    })
  })
})

describe('codes pasted, scanned or opened (fuzz)', () => {
  const junk = fc.oneof(
    fc.string({ maxLength: 300 }),
    hostileString,
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constant('A'.repeat(70_000)),
    fc.constant(`https://x/r#${'A'.repeat(70_000)}`),
  )

  it('receipts and class summaries: every line of an import is a Vietnamese sentence, nothing throws', async () => {
    const classroom = useClassroomStore()
    const cls = await classroom.createClass({
      className: '6A1',
      school: 'THCS Thử Nghiệm',
      schoolYear: '2026-2027',
      grade: 6,
    })
    const key = fromBase64url(cls.keyB64)!.bytes
    const good = await encodeReceipt(
      { classId: cls.id, studentId: newId(), name: 'An', classNumber: 1, issuedAt: T, seq: 1, modules: {} },
      key,
    )
    const school = useSchoolStore()
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            junk,
            fc.constant(good),
            fc.nat({ max: good.length }).map((n) => good.slice(0, n)),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        async (codes) => {
          const lines = [...(await classroom.importCodes(codes)), ...(await school.importCodes(codes))]
          for (const l of lines) isVietnameseMessage(l.text)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('invites and the channel table: never throw, refusals worded in Vietnamese', async () => {
    const inv = await encodeClassInvite({
      classId: newId(),
      classKey: newKey(),
      className: '6A1',
      school: 'THCS',
      schoolYear: '2026-2027',
      grade: 6,
    })
    const sch = await encodeSchoolInvite({
      schoolId: newId(),
      schoolKey: newKey(),
      schoolName: 'THCS',
      upperLevel: 'Phòng',
    })
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          junk,
          fc.nat({ max: inv.length }).map((n) => inv.slice(0, n)),
          fc.constant(sch + sch),
        ),
        async (code) => {
          expect(() => docTypeOf(code)).not.toThrow()
          expect(() => findCodes(code)).not.toThrow()
          for (const r of [await decodeClassInvite(code), await decodeSchoolInvite(code)])
            if (!r.ok) isVietnameseMessage(codecMessage(r.error))
        },
      ),
      { numRuns: 200 },
    )
  })

  it('locality pack links and files: refused in Vietnamese, never thrown', async () => {
    const locality = useLocalityStore()
    const base = packTemplate('ha-noi', 'Hà Nội', '2026-11-27')
    await fc.assert(
      fc.asyncProperty(editsAt(PACK_TARGETS), junk, async (edits, raw) => {
        const edited = applyEdits(base, edits)
        for (const data of [edited, await decodePackLink(await encodePackLink(edited)), await decodePackLink(raw)]) {
          if (data === undefined) continue
          const r = locality.check(data)
          if (!r.ok) isVietnameseMessage(r.message)
          else expect(parsePack(JSON.parse(JSON.stringify(r.pack))).ok).toBe(true)
        }
      }),
      { numRuns: 150 },
    )
    expect(await decodePackLink('A'.repeat(MAX_PACK_CODE + 4))).toBeUndefined()
  })
})

describe('months and dates from hostile records', () => {
  it('the month totals and class figures accept any stored time without throwing', () => {
    fc.assert(
      fc.property(hostileNumber, (t) => {
        const s = {
          classId: 'AAAAAAAAAAA',
          studentId: 'BBBBBBBBBBB',
          name: 'An',
          classNumber: 1,
          lastSeq: 1,
          lastReceiptAt: t,
          modules: { 'mua-sam': { completedAt: t, bestScore: 1, attempts: 1 } },
        }
        expect(() => reportMonths([s])).not.toThrow()
        expect(() => monthlyFigures([s], '2026-11')).not.toThrow()
      }),
    )
  })
  it('uses emptyData as the base of an empty restore', () => {
    expect(parseBackup(JSON.stringify(makeBackup(emptyData(), T))).ok).toBe(true)
  })
})
