import { describe, expect, it } from 'vitest'
import { foldName, slug } from '@/domain/text'
import { classSize, gridFromText, guessColumns, matchRoster, rosterFromGrid, suggestRow } from '@/domain/roster'
import { mergeRows } from '@/domain/merge'
import type { Roster } from '@/domain/records'
import { makeStudent } from '../../factories/classFixture'

const roster = (entries: Array<[number, string]>, links: Record<string, number> = {}): Roster => ({
  classId: 'c',
  entries: entries.map(([number, name]) => ({ number, name })),
  links,
  updatedAt: 1,
})

describe('names folded for matching', () => {
  it('NFD and NFC, case, diacritics, đ and spaces fold alike', () => {
    const nfc = 'Nguyễn Thị Đào'
    const nfd = nfc.normalize('NFD')
    expect(nfd).not.toBe(nfc)
    expect(foldName(nfd)).toBe(foldName(nfc))
    expect(foldName('  NGUYỄN   thị ĐÀO ')).toBe('nguyen thi dao')
    expect(slug('Trường THCS Đinh Tiên Hoàng')).toBe('truong-thcs-dinh-tien-hoang')
  })
})

describe('reading a class list', () => {
  it('one "number, name" a line, "7. name", or a name alone', () => {
    expect(gridFromText('1, Nguyễn Văn An\n2, Trần Thị Bình\n')).toEqual([
      ['1', 'Nguyễn Văn An'],
      ['2', 'Trần Thị Bình'],
    ])
    expect(gridFromText('1. Nguyễn Văn An\r\n2) Trần Thị Bình')).toEqual([
      ['1', 'Nguyễn Văn An'],
      ['2', 'Trần Thị Bình'],
    ])
    expect(gridFromText('Nguyễn Văn An')).toEqual([['Nguyễn Văn An']])
  })

  it('columns pasted from Excel (tabs) with the headings a school system exports', () => {
    const grid = gridFromText(
      'DANH SÁCH LỚP 6A1\nSTT\tHọ và tên\tNgày sinh\n1\tNguyễn Văn An\t01/02/2014\n2\tTrần Thị Bình\t03/04/2014',
    )
    const g = guessColumns(grid)
    expect(g).toMatchObject({ number: 0, name: 1, given: -1, firstRow: 2 })
    expect(g.headings).toEqual(['STT', 'Họ và tên', 'Ngày sinh'])
    const r = rosterFromGrid(grid, g)
    expect(r).toEqual({
      ok: true,
      skipped: 0,
      entries: [
        { number: 1, name: 'Nguyễn Văn An' },
        { number: 2, name: 'Trần Thị Bình' },
      ],
    })
  })

  it('a name split in "Họ đệm" and "Tên" columns is joined', () => {
    const grid = [
      ['STT', 'Họ đệm', 'Tên'],
      ['1', 'Nguyễn Văn', 'An'],
      ['', '', ''],
      ['2', 'Trần Thị', 'Bình'],
    ]
    const g = guessColumns(grid)
    expect(g).toMatchObject({ number: 0, name: 1, given: 2, firstRow: 1 })
    const r = rosterFromGrid(grid, g)
    expect(r.ok && r.entries.map((e) => e.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình'])
    expect(r.ok && r.skipped).toBe(1)
  })

  it('guesses from the cells when there is no heading; numbers the rows when there is no number column', () => {
    const g = guessColumns([
      ['1', 'Nguyễn Văn An'],
      ['2', 'Trần Thị Bình'],
    ])
    expect(g).toMatchObject({ number: 0, name: 1, firstRow: 0 })
    const r = rosterFromGrid([['Nguyễn Văn An'], ['Trần Thị Bình']], {
      number: -1,
      name: 0,
      given: -1,
      firstRow: 0,
    })
    expect(r.ok && r.entries.map((e) => e.number)).toEqual([1, 2])
  })

  it('refuses a list with a bad or repeated number, naming the row, and an empty list', () => {
    const choice = { number: 0, name: 1, given: -1, firstRow: 0 }
    expect(
      rosterFromGrid(
        [
          ['1', 'An'],
          ['x', 'Bình'],
        ],
        choice,
      ),
    ).toEqual({ ok: false, problem: 'badNumber', row: 2 })
    expect(
      rosterFromGrid(
        [
          ['1', 'An'],
          ['1', 'Bình'],
        ],
        choice,
      ),
    ).toEqual({ ok: false, problem: 'duplicateNumber', row: 2 })
    expect(
      rosterFromGrid(
        [
          ['1', ''],
          ['2', '  '],
        ],
        choice,
      ),
    ).toEqual({ ok: false, problem: 'empty' })
    expect(rosterFromGrid([['1', 'An']], { ...choice, name: -1 })).toEqual({
      ok: false,
      problem: 'noNameColumn',
    })
  })
})

describe('sĩ số and matching receipts to the list', () => {
  const list = roster([
    [1, 'Nguyễn Văn An'],
    [2, 'Trần Thị Bình'],
    [3, 'Lê Văn Cường'],
  ])

  it('sĩ số is the list, else the typed number, else the students who sent (not known)', () => {
    expect(classSize(list, [])).toEqual({ size: 3, known: true })
    expect(classSize({ ...roster([]), size: 42 }, [])).toEqual({ size: 42, known: true })
    expect(classSize(undefined, [makeStudent(1)])).toEqual({ size: 1, known: false })
  })

  it('a receipt whose name differs only by Unicode form or case matches the same row', () => {
    const nfd = makeStudent(1, { name: 'Nguyễn Văn An'.normalize('NFD') })
    const upper = makeStudent(2, { name: 'TRẦN THỊ BÌNH' })
    const m = matchRoster(list, [nfd, upper])
    expect([...m.byRow.keys()].sort()).toEqual([1, 2])
    expect(m.unmatched).toEqual([])
    expect(m.notSent.map((e) => e.number)).toEqual([3])
  })

  it('a wrong number or name is unmatched until the teacher links it; the suggestion is the same name', () => {
    const s = makeStudent(9, { name: 'Le Van Cuong' })
    expect(matchRoster(list, [s]).unmatched).toEqual([s])
    expect(suggestRow(list, s)?.number).toBe(3)
    const linked = matchRoster({ ...list, links: { [s.studentId]: 3 } }, [s])
    expect(linked.byRow.get(3)).toEqual([s])
    expect(linked.notSent.map((e) => e.number)).toEqual([1, 2])
  })
})

describe('two rows of one student (phone reset)', () => {
  it('keeps the row that sent last, with the best of both by THE merge rule', () => {
    const old = makeStudent(4, {
      studentId: 'OLDOLDOLDOA',
      lastReceiptAt: 100,
      lastSeq: 9,
      modules: { 'dich-vu-cong': { completedAt: 50, bestScore: 90, attempts: 2 } },
    })
    const fresh = makeStudent(4, {
      studentId: 'NEWNEWNEWNA',
      lastReceiptAt: 200,
      lastSeq: 1,
      modules: { 'dich-vu-cong': { bestScore: 60, attempts: 1 }, 'mua-sam': { bestScore: 70, attempts: 1 } },
    })
    const { keep, drop } = mergeRows(old, fresh)
    expect(drop.studentId).toBe('OLDOLDOLDOA')
    expect(keep.studentId).toBe('NEWNEWNEWNA')
    expect(keep.lastSeq).toBe(1)
    expect(keep.modules).toEqual({
      'dich-vu-cong': { completedAt: 50, bestScore: 90, attempts: 2 },
      'mua-sam': { bestScore: 70, attempts: 1 },
    })
    expect(() => mergeRows(old, old)).toThrow()
  })
})
