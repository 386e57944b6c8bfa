// Outreach logic: tallies (never below 0, undo), month totals, exports, backup validation and merge,
// the repository's one-transaction-per-tap writes, and present mode's cards and read-aloud text.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createPinia, setActivePinia } from 'pinia'
import type { OutreachOutcome, OutreachSession } from '@/domain/records'
import { resetConnection } from '@/db/index'
import {
  createSession,
  loadOutreach,
  restoreOutreach,
  saveOutcome,
  tallySession,
  undoSessionTally,
} from '@/db/outreachRepo'
import { applyTally, endSession, makeSession, MAX_UNDO, PEOPLE, undoTally, localDate } from '@/domain/outreach/tally'
import { outreachMonthTotals, monthsWithSessions, sessionsOfMonth } from '@/report/outreach'
import { BOM, csvField, exportFileName, monthTable, toCsv, type TableLabels } from '@/report/outreachTable'
import { makeBackup, parseBackup } from '@/exchange/backup/outreach'
import { mergeNewer } from '@/domain/merge'
import { defaultOutcomes, labelProblem, makeOutcome } from '@/domain/outreach/outcomes'
import { findPresentItem } from '@/features/present/present'
import { cardSpeech, mockText, plainText, speechChunks } from '@/composables/speech'
import { useOutreachStore } from '@/features/outreach/store'
import { loadAllContent } from '../../../build/content-files'

function session(over: Partial<OutreachSession> = {}): OutreachSession {
  return {
    ...makeSession(
      {
        date: '2026-11-20',
        commune: 'Xã Tân Hòa',
        hamlet: 'Ấp 3',
        kind: 'household',
        moduleIds: ['dich-vu-cong'],
      },
      's-1',
      1000,
    ),
    ...over,
  }
}

const outcomes: OutreachOutcome[] = defaultOutcomes(
  (id) => ({ 'cai-vneid': 'Cài VNeID', 'dang-nhap-dvc': 'Đăng nhập Cổng DVC' })[id as string] ?? id,
)

describe('tallies', () => {
  it('adds and removes one per tap and remembers the tap for undo', () => {
    let s = session()
    s = applyTally(s, 'cai-vneid', 1, 2000)
    s = applyTally(s, 'cai-vneid', 1, 2001)
    s = applyTally(s, PEOPLE, 1, 2002)
    s = applyTally(s, 'cai-vneid', -1, 2003)
    expect(s.counts['cai-vneid']).toBe(1)
    expect(s.people).toBe(1)
    expect(s.taps.map((t) => `${t.key}${t.delta}`)).toEqual(['cai-vneid1', 'cai-vneid1', 'people1', 'cai-vneid-1'])
    expect(s.updatedAt).toBe(2003)
  })

  it('never goes below 0: a minus at 0 changes nothing and is not remembered', () => {
    const s = session()
    expect(applyTally(s, 'cai-vneid', -1, 5)).toBe(s)
    expect(applyTally(s, PEOPLE, -1, 5)).toBe(s)
  })

  it('never goes below 0 for any sequence of taps and undos (property)', () => {
    const step = fc.oneof(
      fc.record({
        key: fc.constantFrom(PEOPLE, 'cai-vneid', 'nop-ho-so'),
        delta: fc.constantFrom(1 as const, -1 as const),
      }),
      fc.constant('undo' as const),
    )
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
        let s = session()
        let now = 0
        for (const x of steps) {
          s = x === 'undo' ? undoTally(s, ++now) : applyTally(s, x.key, x.delta, ++now)
          expect(s.people).toBeGreaterThanOrEqual(0)
          for (const n of Object.values(s.counts)) expect(n).toBeGreaterThanOrEqual(0)
          expect(s.taps.length).toBeLessThanOrEqual(MAX_UNDO)
        }
      }),
    )
  })

  it('undo reverts the last tap, a plus or a minus, then the one before', () => {
    let s = session()
    s = applyTally(s, 'cai-vneid', 1, 1)
    s = applyTally(s, 'cai-vneid', 1, 2)
    s = applyTally(s, 'cai-vneid', -1, 3)
    s = undoTally(s, 4)
    expect(s.counts['cai-vneid']).toBe(2)
    s = undoTally(s, 5)
    expect(s.counts['cai-vneid']).toBe(1)
    s = undoTally(s, 6)
    expect(s.counts['cai-vneid']).toBe(0)
    expect(undoTally(s, 7)).toBe(s)
  })

  it('an ended session is read-only and has nothing to undo', () => {
    let s = applyTally(session(), PEOPLE, 1, 1)
    s = endSession(s, 9)
    expect(s.endedAt).toBe(9)
    expect(applyTally(s, PEOPLE, 1, 10)).toBe(s)
    expect(undoTally(s, 10)).toBe(s)
    expect(endSession(s, 11)).toBe(s)
  })

  it('keeps only the last MAX_UNDO taps', () => {
    let s = session()
    for (let i = 0; i < MAX_UNDO + 5; i++) s = applyTally(s, PEOPLE, 1, i)
    expect(s.taps).toHaveLength(MAX_UNDO)
    expect(s.people).toBe(MAX_UNDO + 5)
  })

  it('dates a session by the local calendar day', () => {
    expect(localDate(new Date(2026, 10, 3, 23, 30).getTime())).toBe('2026-11-03')
  })
})

describe('repository: one transaction per tap, saved before the state changes', () => {
  it('counts every one of many quick taps (each reads the latest saved session)', async () => {
    await createSession(session())
    await Promise.all(Array.from({ length: 12 }, (_, i) => tallySession('s-1', 'cai-vneid', 1, 10 + i)))
    await tallySession('s-1', 'cai-vneid', -1, 50)
    const back = await undoSessionTally('s-1', 51)
    expect(back.counts['cai-vneid']).toBe(12)
    const { sessions } = await loadOutreach()
    expect(sessions[0]!.counts['cai-vneid']).toBe(12)
  })

  it('the store shows a count only once saved, and a reload finds it', async () => {
    setActivePinia(createPinia())
    const store = useOutreachStore()
    await store.load()
    expect(store.outcomes.map((o) => o.id)).toContain('cai-vneid')
    expect(store.outcomes.find((o) => o.id === 'cai-vneid')!.label).toBe('Cài VNeID')
    const s = await store.start({
      date: '2026-11-20',
      commune: ' Xã Tân Hòa ',
      hamlet: '',
      kind: 'community',
      moduleIds: [],
    })
    expect(s.commune).toBe('Xã Tân Hòa')
    await Promise.all([store.tally(s.id, PEOPLE, 1), store.tally(s.id, PEOPLE, 1), store.tally(s.id, 'cai-vneid', 1)])
    await store.undo(s.id)
    expect(store.byId(s.id)).toMatchObject({ people: 2, counts: { 'cai-vneid': 0 } })
    expect(store.openSession?.id).toBe(s.id)

    // "Reload": a new connection and a new store read what IndexedDB holds.
    await resetConnection()
    setActivePinia(createPinia())
    const again = useOutreachStore()
    await again.load()
    expect(again.byId(s.id)).toMatchObject({ people: 2, counts: { 'cai-vneid': 0 } })
    await again.end(s.id)
    expect(again.openSession).toBeUndefined()
  })

  it('adds, renames and hides outcomes, refusing empty and duplicate names', async () => {
    setActivePinia(createPinia())
    const store = useOutreachStore()
    await store.load()
    expect(await store.addOutcome('   ')).toBe('empty')
    expect(await store.addOutcome('cài  vneid')).toBe('duplicate')
    const added = await store.addOutcome('Hướng dẫn dùng Zalo an toàn')
    expect(added).toMatchObject({ label: 'Hướng dẫn dùng Zalo an toàn', hidden: false, order: 7 })
    expect(await store.renameOutcome('cai-vneid', 'Cài ứng dụng VNeID')).toMatchObject({
      label: 'Cài ứng dụng VNeID',
    })
    await store.setHidden('kiem-tra-website', true)
    expect(store.visibleOutcomes.map((o) => o.id)).not.toContain('kiem-tra-website')
    const stored = (await loadOutreach()).outcomes
    expect(stored).toHaveLength(8)
    expect(stored.find((o) => o.id === 'kiem-tra-website')!.hidden).toBe(true)
  })
})

describe('month totals', () => {
  const sessions: OutreachSession[] = [
    session({
      id: 'a',
      date: '2026-11-02',
      kind: 'household',
      people: 3,
      counts: { 'cai-vneid': 2, 'dang-nhap-dvc': 1 },
      moduleIds: ['dich-vu-cong'],
      endedAt: 5,
    }),
    session({
      id: 'b',
      date: '2026-11-15',
      kind: 'community',
      people: 25,
      counts: { 'cai-vneid': 10, 'bao-cao-lua-dao': 4 },
      moduleIds: ['dich-vu-cong', 'chong-lua-dao'],
    }),
    session({
      id: 'c',
      date: '2026-11-30',
      kind: 'parents',
      people: 40,
      counts: { 'o-zalo': 6 },
      moduleIds: ['chong-lua-dao'],
      endedAt: 9,
    }),
    session({
      id: 'd',
      date: '2026-10-31',
      kind: 'household',
      people: 2,
      counts: { 'cai-vneid': 2 },
      endedAt: 1,
    }),
    session({
      id: 'e',
      date: '2026-12-01',
      kind: 'household',
      people: 7,
      counts: { 'cai-vneid': 1 },
      endedAt: 1,
    }),
  ]

  it('sums a calendar month only, per kind, outcome and module', () => {
    expect(outreachMonthTotals(sessions, '2026-11')).toEqual({
      month: '2026-11',
      sessions: 3,
      open: 1,
      people: 68,
      byKind: { household: 1, community: 1, parents: 1 },
      outcomes: { 'cai-vneid': 12, 'dang-nhap-dvc': 1, 'bao-cao-lua-dao': 4, 'o-zalo': 6 },
      modules: { 'dich-vu-cong': 2, 'chong-lua-dao': 2 },
    })
    expect(outreachMonthTotals(sessions, '2027-01')).toMatchObject({ sessions: 0, people: 0, outcomes: {} })
  })

  it('refuses a month that is not YYYY-MM', () => {
    expect(() => outreachMonthTotals(sessions, '2026-13')).toThrow(RangeError)
    expect(() => outreachMonthTotals(sessions, '11/2026')).toThrow(RangeError)
  })

  it('lists months newest first with the current one, and a month’s sessions newest first', () => {
    expect(monthsWithSessions(sessions, '2027-01')).toEqual(['2027-01', '2026-12', '2026-11', '2026-10'])
    expect(sessionsOfMonth(sessions, '2026-11').map((s) => s.id)).toEqual(['c', 'b', 'a'])
  })

  it('exports the month as CSV with a BOM, quoted fields and a totals row', () => {
    const labels: TableLabels = {
      date: 'Ngày',
      commune: 'Xã/phường',
      hamlet: 'Thôn/ấp/khu phố',
      kind: 'Hình thức',
      modules: 'Chủ đề',
      people: 'Số người',
      status: 'Trạng thái',
      open: 'Đang mở',
      ended: 'Đã kết thúc',
      total: (m) => `Cộng tháng ${m}`,
      kinds: {
        household: 'Thăm hộ gia đình',
        community: 'Buổi sinh hoạt tại nhà văn hóa',
        parents: 'Họp phụ huynh',
      },
    }
    const odd = [
      ...sessions,
      session({
        id: 'f',
        date: '2026-11-16',
        commune: 'Phường "Mới", Q.1',
        hamlet: '=1+1',
        people: 1,
        endedAt: 3,
      }),
    ]
    const table = monthTable(
      odd,
      outcomes,
      '2026-11',
      labels,
      (id) => ({ 'dich-vu-cong': 'Dịch vụ công', 'chong-lua-dao': 'Chống lừa đảo' })[id] ?? id,
    )
    expect(table[0]).toEqual([
      'Ngày',
      'Xã/phường',
      'Thôn/ấp/khu phố',
      'Hình thức',
      'Chủ đề',
      'Số người',
      ...outcomes.map((o) => o.label),
      'o-zalo',
      'Trạng thái',
    ])
    expect(table).toHaveLength(1 + 4 + 1)
    expect(table[1]!.slice(0, 7)).toEqual(['2/11/2026', 'Xã Tân Hòa', 'Ấp 3', 'Thăm hộ gia đình', 'Dịch vụ công', 3, 2])
    expect(table.at(-1)!.slice(0, 7)).toEqual(['Cộng tháng 11/2026', '', '', '', '', 69, 12])
    const csv = toCsv(table)
    expect(csv.startsWith(BOM)).toBe(true)
    expect(csv).toContain('"Phường ""Mới"", Q.1"')
    expect(csv).toContain(",'=1+1,")
    expect(csv).toContain('"Dịch vụ công; Chống lừa đảo"')
    expect(csv.split('\r\n')).toHaveLength(table.length + 1)
    expect(csvField('a\nb')).toBe('"a\nb"')
    expect(csvField(' lề ')).toBe('" lề "')
    expect(exportFileName('2026-11', 'csv')).toBe('to-cns-2026-11.csv')
    expect(exportFileName('2026-11', 'xlsx')).toBe('to-cns-2026-11.xlsx')
  })
})

describe('backup', () => {
  const mine = [session({ id: 'a', people: 1, updatedAt: 100 }), session({ id: 'b', people: 2, updatedAt: 100 })]
  const theirs = [
    session({ id: 'b', people: 9, updatedAt: 200 }),
    session({ id: 'c', people: 3, updatedAt: 50 }),
    session({ id: 'a', people: 0, updatedAt: 50 }),
  ]

  it('round-trips and strips unknown fields', () => {
    const backup = makeBackup(mine, outcomes, 123)
    const text = JSON.stringify({
      ...backup,
      sessions: backup.sessions.map((s) => ({ ...s, citizenName: 'x' })),
    })
    const parsed = parseBackup(text)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.backup.sessions).toEqual(mine)
    expect(parsed.backup.outcomes).toEqual(outcomes)
    expect(parsed.backup.sessions[0]).not.toHaveProperty('citizenName')
  })

  const bad: Array<[string, string, string]> = [
    ['not JSON', '{"format":', 'notJson'],
    ['an empty file', '', 'notJson'],
    ['a foreign JSON file', JSON.stringify({ v: 1, kind: 'receipt', student: 'An' }), 'foreign'],
    ['a JSON array', '[1,2]', 'foreign'],
    ['a newer format version', JSON.stringify({ ...makeBackup([], [], 1), version: 2 }), 'newer'],
    ['a negative count', JSON.stringify(makeBackup([session({ counts: { x: -1 } })], [], 1)), 'invalid'],
    ['a bad date', JSON.stringify(makeBackup([session({ date: '2026-13-01' })], [], 1)), 'invalid'],
    ['an unknown kind', JSON.stringify(makeBackup([{ ...session(), kind: 'party' as never }], [], 1)), 'invalid'],
    ['a duplicate id', JSON.stringify(makeBackup([session(), session()], [], 1)), 'invalid'],
    ['a missing field', JSON.stringify({ ...makeBackup([], [], 1), outcomes: undefined }), 'invalid'],
    ['an outcome without a label', JSON.stringify(makeBackup([], [{ ...outcomes[0]!, label: ' ' }], 1)), 'invalid'],
  ]
  for (const [what, text, problem] of bad) {
    it(`refuses ${what} (${problem})`, () => {
      expect(parseBackup(text)).toEqual({ ok: false, problem })
    })
  }

  it('merges: keeps both, and for the same id the newer updatedAt wins', () => {
    const plan = mergeNewer(mine, theirs)
    expect(plan.write.map((s) => s.id).sort()).toEqual(['b', 'c'])
    expect(plan.count).toEqual({ added: 1, updated: 1, kept: 1 })
  })

  it('restores into IndexedDB in one transaction; a broken file changes nothing', async () => {
    for (const s of mine) await createSession(s)
    await saveOutcome({ ...outcomes[0]!, label: 'Cài VNeID (đổi tên)', updatedAt: 500 })
    const before = await loadOutreach()
    setActivePinia(createPinia())
    const store = useOutreachStore()
    expect(await store.restore('{"format":"kns-outreach-backup","version":1,"sessions":[{}],"outcomes":[]}')).toEqual({
      ok: false,
      problem: 'invalid',
    })
    expect(await loadOutreach()).toEqual(before)

    const result = await restoreOutreach(makeBackup(theirs, outcomes, 1))
    expect(result.sessions).toEqual({ added: 1, updated: 1, kept: 1 })
    const after = await loadOutreach()
    expect(after.sessions.map((s) => [s.id, s.people]).sort()).toEqual([
      ['a', 1],
      ['b', 9],
      ['c', 3],
    ])
    // The rename made on this phone (newer than the defaults in the file) is kept.
    expect(after.outcomes.find((o) => o.id === 'cai-vneid')!.label).toBe('Cài VNeID (đổi tên)')
  })
})

describe('outcome names', () => {
  it('checks empty, long and duplicate names, ignoring case and spacing', () => {
    expect(labelProblem('  ', outcomes)).toBe('empty')
    expect(labelProblem('x'.repeat(81), outcomes)).toBe('tooLong')
    expect(labelProblem(' cài   VNEID ', outcomes)).toBe('duplicate')
    expect(labelProblem('Cài VNeID', outcomes, 'cai-vneid')).toBeUndefined()
    expect(makeOutcome('  Mới  ', outcomes, 'o-1', 5)).toEqual({
      id: 'o-1',
      label: 'Mới',
      hidden: false,
      order: 7,
      updatedAt: 5,
    })
  })
})

describe('present mode content', () => {
  const all = loadAllContent()
  const label = (k: string, n?: number) => (n === undefined ? k : `${k} ${n}`)

  it('finds a lesson or a practice by id, with the link people open', () => {
    const m = all[0]!
    const lesson = findPresentItem(m, m.lessons[0]!.id, label)!
    expect(lesson).toMatchObject({
      kind: 'lesson',
      path: `/modules/${m.meta.id}/lessons/${m.lessons[0]!.id}`,
    })
    expect(lesson.cards).toBe(m.lessons[0]!.cards)
    const practice = findPresentItem(m, m.practices[0]!.id, label)!
    expect(practice).toMatchObject({
      kind: 'practice',
      path: `/modules/${m.meta.id}/practice/${m.practices[0]!.id}`,
    })
    expect(findPresentItem(m, 'khong-co', label)).toBeUndefined()
  })

  it('reads title, mock screen and body as plain text, without markup', () => {
    expect(plainText('Chữ **đậm** và [Cài đặt](/settings)\n\n- một\n- hai')).toBe('Chữ đậm và Cài đặt. một. hai.')
    const speech = cardSpeech({
      type: 'mock',
      title: 'Tin nhắn lạ',
      body: 'Đừng bấm **link**.',
      mock: { kind: 'sms', sender: 'VCB', messages: [{ from: 'them', text: 'Bấm vao link' }] },
    })
    expect(speech).toBe('Tin nhắn lạ. VCB. Bấm vao link. Đừng bấm link.')
    expect(
      mockText({
        kind: 'web',
        url: 'dichvucong.gov.vn',
        secure: true,
        blocks: [{ field: 'Số định danh', value: '079' }, { button: 'Đăng nhập' }],
      }),
    ).toBe('dichvucong.gov.vn. Số định danh. 079. Đăng nhập.')
  })

  it('splits long speech into sentence-sized pieces', () => {
    const text = 'Câu một. '.repeat(60)
    const chunks = speechChunks(text, 100)
    expect(chunks.length).toBeGreaterThan(4)
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(100)
    expect(chunks.join(' ')).toBe(text.trim())
  })
})
