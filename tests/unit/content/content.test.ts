// Every module's content against the schema, plus the rules the validator enforces.
import { describe, expect, it } from 'vitest'
import { loadAllContent, loadLocalityPacks } from '../../../build/content-files'
import { checkModuleSet, deadLinks, moduleStats, validateModule } from '@/content/validate'
import { MODULE_IDS } from '@/content/constants'
import { registeredCustomComponents } from '@/features/practice/registry'
import { makeLesson, makeModuleFiles, makeQuiz } from '../../factories'

describe('the shipped content', () => {
  const all = loadAllContent()

  it('has the seven modules in order, each valid', () => {
    expect(all.map((m) => m.meta.id)).toEqual([...MODULE_IDS])
    expect(checkModuleSet(all)).toEqual([])
  })

  it('meets the engine issue counts for module 1', () => {
    const s = moduleStats(all[0]!)
    expect(s.lessons).toBeGreaterThanOrEqual(5)
    expect(s.questions).toBeGreaterThanOrEqual(15)
    expect(s.critical).toBeGreaterThanOrEqual(3)
    const types = new Set(all[0]!.quiz.questions.map((q) => q.type))
    expect([...types].sort()).toEqual(['multiple', 'order', 'single', 'spot', 'truefalse'])
  })

  it('meets the curriculum issue counts for modules 2–7', () => {
    for (const m of all.slice(1)) {
      const s = moduleStats(m)
      expect(s.lessons, m.meta.id).toBeGreaterThanOrEqual(4)
      expect(s.practices, m.meta.id).toBeGreaterThanOrEqual(2)
      expect(s.questions, m.meta.id).toBeGreaterThanOrEqual(12)
      expect(s.critical, m.meta.id).toBeGreaterThanOrEqual(2)
      expect(new Set(m.quiz.questions.map((q) => q.type)).size, m.meta.id).toBeGreaterThanOrEqual(3)
    }
  })

  it('only uses registered custom practice components', () => {
    const used = all.flatMap((m) => m.practices).flatMap((p) => (p.type === 'custom' ? [p.component] : []))
    for (const c of used) expect(registeredCustomComponents()).toContain(c)
  })

  it('never states the facts the brief marks unverified', () => {
    const text = JSON.stringify(all)
    for (const banned of ['canhbao.khonggianmang.vn', '202/2025/QH15', '197/SGDĐT', 'hotline 113', 'gọi 113']) {
      expect(text, banned).not.toContain(banned)
    }
  })

  it('drops the claims issue #11 found unverified, unsourced or out of date from learner text', () => {
    const learnerText = JSON.stringify(
      all.map((m) => ({ ...m, lessons: m.lessons.map((l) => ({ ...l, sources: [] })) })),
    )
    for (const banned of [
      'tinnhiemmang',
      'thongbaorac',
      '8 chương, 45 điều',
      '22.000 đồng',
      '22.000đ',
      'Ở kỳ thi năm 2025',
    ]) {
      expect(learnerText, banned).not.toContain(banned)
    }
  })

  it('drops the claims issue #20 found out of date or never right', () => {
    const all2 = loadAllContent()
    const learnerText = JSON.stringify(
      all2.map((m) => ({ ...m, lessons: m.lessons.map((l) => ({ ...l, sources: [] })) })),
    )
    for (const banned of [
      '27 tỉnh',
      '7 thành phố',
      'mức 2 trực tiếp',
      'kích hoạt trực tiếp',
      'chỉ kích hoạt',
      'phải thông báo với Bộ Công Thương',
      'Thông tư 23/2019',
    ]) {
      expect(learnerText, banned).not.toContain(banned)
    }
    // The wallet cap's number appears only where TT 41/2025 is named (the card that cites it).
    for (const m of all2) {
      for (const c of m.lessons.flatMap((l) => l.cards)) {
        if (JSON.stringify(c).includes('triệu đồng một tháng')) expect(JSON.stringify(c)).toContain('41/2025/TT-NHNN')
      }
    }
    expect(JSON.stringify(loadLocalityPacks())).not.toContain('nhà phát triển Bộ Công an')
  })

  it('does not collect tuition at public schools (waived from school year 2025–2026)', () => {
    const payments = JSON.stringify(all.find((m) => m.meta.id === 'thanh-toan'))
    expect(payments).not.toMatch(/đóng học phí|chuyển học phí|"Học phí"/i)
  })
})

describe('the validator', () => {
  it('accepts a minimal valid module', () => {
    expect(validateModule(makeModuleFiles())).toMatchObject({ ok: true })
  })

  const errorsOf = (files: ReturnType<typeof makeModuleFiles>) => {
    const r = validateModule(files)
    return r.ok ? [] : r.errors
  }

  it('names a missing field', () => {
    const { title: _, ...lesson } = makeLesson()
    expect(errorsOf(makeModuleFiles({ lessons: { 'bai-mot': lesson } })).join('\n')).toMatch(
      /lessons\/bai-mot\.yaml: title/,
    )
  })

  it('refuses an empty source list', () => {
    expect(errorsOf(makeModuleFiles({ lessons: { 'bai-mot': makeLesson({ sources: [] }) } })).join('\n')).toMatch(
      /phải có nguồn/,
    )
  })

  it('refuses a question without an explanation', () => {
    const quiz = makeQuiz()
    const q = { ...quiz.questions[0]!, explanation: undefined }
    expect(
      errorsOf(makeModuleFiles({ quiz: { ...quiz, questions: [q, ...quiz.questions.slice(1)] } })).join('\n'),
    ).toMatch(/explanation/)
  })

  it('refuses an option without an explanation', () => {
    const quiz = makeQuiz()
    const q = quiz.questions[0]! as { options: Array<Record<string, unknown>> }
    delete q.options[1]!.explanation
    expect(errorsOf(makeModuleFiles({ quiz })).join('\n')).toMatch(/options\.1\.explanation/)
  })

  it('refuses duplicate question ids', () => {
    const quiz = makeQuiz()
    quiz.questions[1] = { ...quiz.questions[1]!, id: 'q1' }
    expect(errorsOf(makeModuleFiles({ quiz })).join('\n')).toMatch(/trùng id câu hỏi q1/)
  })

  it('refuses a critical option marked correct, and a single question with two answers', () => {
    const quiz = makeQuiz()
    const q = quiz.questions[0]! as { options: Array<{ correct: boolean; critical: boolean }> }
    q.options[2]!.correct = true
    expect(errorsOf(makeModuleFiles({ quiz })).join('\n')).toMatch(/vừa đúng vừa nguy hiểm|cần đúng 1 đáp án/)
  })

  it('refuses a lesson file not listed in the module, and a listed lesson with no file', () => {
    const files = makeModuleFiles()
    files.lessons['bai-hai'] = makeLesson({ id: 'bai-hai' })
    ;(files.module as { lessons: string[] }).lessons.push('bai-ba')
    const errors = errorsOf(files).join('\n')
    expect(errors).toMatch(/bai-hai\.yaml: chưa được liệt kê/)
    expect(errors).toMatch(/thiếu tệp lessons\/bai-ba\.yaml/)
  })

  it('finds dead internal links', () => {
    const r = validateModule(
      makeModuleFiles({
        lessons: {
          'bai-mot': makeLesson({
            cards: [
              { type: 'text', body: 'Xem [bài khác](/modules/dich-vu-cong/lessons/khong-co).' },
              { type: 'text', body: 'Và [cài đặt](/settings).' },
            ],
          }),
        },
      }),
    )
    if (!r.ok) throw new Error(r.errors.join('\n'))
    expect(deadLinks([r.content])).toEqual(['dich-vu-cong: liên kết hỏng /modules/dich-vu-cong/lessons/khong-co'])
  })

  it('checks scenario steps lead somewhere and have a safe choice', () => {
    const files = makeModuleFiles()
    files.practices['sap-xep'] = {
      id: 'sap-xep',
      type: 'scenario',
      competences: ['4.1'],
      title: 'T',
      intro: 'I',
      start: 'a',
      lesson: 'L',
      nodes: [
        {
          id: 'a',
          say: 'S',
          choices: [
            { text: 'x', safe: false, consequence: 'c', next: 'khong-co' },
            { text: 'y', safe: false, consequence: 'c' },
          ],
        },
      ],
    }
    const errors = errorsOf(files).join('\n')
    expect(errors).toMatch(/dẫn tới bước không có: khong-co/)
    expect(errors).toMatch(/không có lựa chọn an toàn/)
  })
})
