// The lesson plan and the worksheet as one document model: the 5512 shape (I–III, the four activities with
// a)–d) and the four steps), the class's fields or dotted blanks, competence codes for the grade band, the
// answer keys, and the same model written as a .docx that Word's XML holds.
import { describe, expect, it } from 'vitest'
import { unzipSync, strFromU8 } from 'fflate'
import { loadAllContent } from '../../../build/content-files'
import { parsePlan, type LessonPlan } from '@/content/plan'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import {
  BLANK,
  answerKey,
  planDocument,
  periodMinutes,
  worksheetDocument,
  type PlanDocument,
} from '@/report/lessonPlan'
import { planDocx } from '@/report/export/docx'
import messages from '@/i18n/vi-teach'

const words = messages.teach.doc
const modules = loadAllContent()
const m = modules.find((x) => x.meta.id === 'dich-vu-cong')!
const r = parsePlan(parse(readFileSync('src/content/dich-vu-cong/plan.yaml', 'utf8')))
if (!r.ok) throw new Error(r.errors.join('\n'))
const plan: LessonPlan = r.plan
const fields = {
  school: 'Trường THCS Lê Lợi',
  department: 'Tổ Tự nhiên',
  teacher: 'Nguyễn Thị Lan',
  className: '7A',
  grade: 7,
}
const codes = [{ code: '2.3.TC1', name: 'Sử dụng công nghệ số để thực hiện trách nhiệm công dân' }]

const text = (d: PlanDocument): string =>
  [
    ...d.head.left,
    ...d.head.right,
    ...d.title,
    ...d.blocks.flatMap((b) =>
      b.kind === 'heading'
        ? [b.text]
        : b.kind === 'para'
          ? [`${b.label ?? ''}${b.text}`]
          : b.kind === 'list'
            ? b.items
            : [],
    ),
  ].join('\n')

describe('planDocument', () => {
  const doc = planDocument(plan, m, fields, codes, words)
  const all = text(doc)

  it('has the 5512 header filled from the class and the teacher', () => {
    // A name that starts with its label's word is printed alone, not "Trường: Trường THCS …" (issue 21).
    expect(doc.head.left).toEqual(['Trường THCS Lê Lợi', 'Tổ Tự nhiên'])
    expect(
      planDocument(plan, m, { ...fields, school: 'THCS Lê Lợi', department: 'Tự nhiên' }, codes, words).head.left,
    ).toEqual(['Trường: THCS Lê Lợi', 'Tổ: Tự nhiên'])
    expect(doc.head.right).toEqual(['Họ và tên giáo viên:', 'Nguyễn Thị Lan'])
    expect(doc.title[0]).toBe('KẾ HOẠCH BÀI DẠY')
    expect(doc.title[1]).toBe(`TÊN BÀI DẠY: ${plan.title.toUpperCase()}`)
    expect(doc.title[2]).toContain('lớp: 7A')
    expect(doc.title[3]).toBe(`Thời gian thực hiện: ${plan.periods} tiết`)
  })

  it('holds I, II and III in order and every activity with a) to d) and the four steps', () => {
    const headings = doc.blocks
      .filter((b) => b.kind === 'heading' && b.level === 1)
      .map((b) => (b as { text: string }).text)
    expect(headings.slice(0, 3)).toEqual(['I. MỤC TIÊU', 'II. THIẾT BỊ DẠY HỌC VÀ HỌC LIỆU', 'III. TIẾN TRÌNH DẠY HỌC'])
    for (const a of plan.activities) expect(all).toContain(a.title)
    const count = (s: string) => all.split(s).length - 1
    for (const label of [
      'a) Mục tiêu:',
      'b) Nội dung:',
      'c) Sản phẩm:',
      'd) Tổ chức thực hiện:',
      'Bước 1. Chuyển giao nhiệm vụ:',
      'Bước 4. Kết luận, nhận định:',
    ]) {
      expect(count(label)).toBe(plan.activities.length)
    }
  })

  it('prints the competence codes for the grade band, and every quiz answer and practice note', () => {
    expect(all).toContain('2.3.TC1 – Sử dụng công nghệ số để thực hiện trách nhiệm công dân')
    for (const p of m.practices) expect(all).toContain(plan.practiceNotes[p.id]!.answer)
    for (const q of m.quiz.questions) expect(all).toContain(answerKey(q, words))
  })

  it('minutes sum to 45 per tiết', () => {
    expect(periodMinutes(plan)).toEqual(Array(plan.periods).fill(45))
  })

  it('prints dotted blanks, never "undefined", for a class with no school or teacher', () => {
    const bare = planDocument(plan, m, {}, [], words)
    const s = text(bare)
    expect(bare.head.left).toEqual([`Trường: ${BLANK}`, `Tổ: ${BLANK}`])
    expect(bare.head.right[1]).toBe(BLANK)
    expect(bare.title[2]).toContain(`lớp: ${BLANK}`)
    expect(s).not.toMatch(/undefined|null|NaN/)
  })
})

describe('worksheetDocument', () => {
  const doc = worksheetDocument(plan, m, fields, words)
  it('prints the tasks with writing lines and the check, then the answer key on its own sheet', () => {
    const brk = doc.blocks.findIndex((b) => b.kind === 'pageBreak')
    expect(brk).toBeGreaterThan(0)
    const before = doc.blocks.slice(0, brk)
    const after = doc.blocks.slice(brk + 1)
    expect(before.filter((b) => b.kind === 'lines')).toHaveLength(plan.worksheet.tasks.length)
    // The student's half holds no answer.
    const studentText = text({ ...doc, blocks: before })
    for (const task of plan.worksheet.tasks) {
      expect(studentText).toContain(task.prompt)
      expect(studentText).not.toContain(task.answer)
    }
    const keyText = text({ ...doc, blocks: after })
    for (const task of plan.worksheet.tasks) expect(keyText).toContain(task.answer)
    for (const id of plan.worksheet.check)
      expect(keyText).toContain(
        answerKey(
          m.quiz.questions.find((q) => q.id === id)!,
          words,
        ),
      )
  })
})

describe('planDocx', () => {
  it('writes a Word file whose document.xml holds the headings, the activities and the codes', async () => {
    const doc = planDocument(plan, m, fields, codes, words)
    const blob = await planDocx(doc)
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()))
    expect(Object.keys(files)).toContain('word/document.xml')
    const xml = strFromU8(files['word/document.xml']!)
    for (const s of [
      'I. MỤC TIÊU',
      'III. TIẾN TRÌNH DẠY HỌC',
      plan.activities[0]!.title,
      '2.3.TC1',
      'Trường THCS Lê Lợi',
    ])
      expect(xml.includes(s), s).toBe(true)
    expect(xml.includes('w:pgSz w:w="11906" w:h="16838"')).toBe(true)
  })
})
