// Lesson plans: every shipped plan validates against its module, and each rule of checkPlan refuses a
// plan that breaks it (with a Vietnamese line naming the problem).
import { describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CONTENT_DIR, loadAllContent, loadLegalRegistry, loadPlans } from '../../../build/content-files'
import contentPlugin from '../../../build/vite-plugin-content'
import { MODULE_IDS } from '@/content/constants'
import {
  ACTIVITY_KINDS,
  checkPlan,
  checkPlanCitations,
  isCritical,
  parsePlan,
  planCompetences,
  planStats,
  type LessonPlan,
  type PlanActivity,
} from '@/content/plan'
import type { ModuleContent } from '@/content/schema'
import { validateModule } from '@/content/validate'
import { makeModuleFiles } from '../../factories'

function fixtureModule(): ModuleContent {
  const r = validateModule(makeModuleFiles())
  if (!r.ok) throw new Error(r.errors.join('\n'))
  return r.content
}

const steps = {
  assign: ['GV giao nhiệm vụ.'],
  perform: ['HS làm theo nhóm.'],
  report: ['Nhóm trình bày.'],
  conclude: ['GV chốt kiến thức.'],
}

function activity(kind: PlanActivity['kind'], minutes: number, over: Partial<PlanActivity> = {}): PlanActivity {
  return {
    kind,
    title: `Hoạt động: ${kind}`,
    period: 1,
    minutes,
    goal: ['Mục tiêu.'],
    content: ['Nội dung.'],
    product: ['Sản phẩm.'],
    steps,
    uses: {},
    ...over,
  }
}

function makePlan(over: Partial<LessonPlan> = {}): LessonPlan {
  return {
    schemaVersion: 1,
    moduleId: 'dich-vu-cong',
    title: 'Dịch vụ công trực tuyến',
    subject: 'Hoạt động trải nghiệm, hướng nghiệp',
    periods: 1,
    objectives: { knowledge: ['Biết.'], generalCompetences: ['Tự học.'], qualities: ['Trung thực.'] },
    equipment: { teacher: ['Máy chiếu.'], students: ['Phiếu học tập.'] },
    activities: [
      activity('mo-dau', 5),
      activity('hinh-thanh-kien-thuc', 20, { uses: { lessons: ['bai-mot'] } }),
      activity('luyen-tap', 15, { uses: { practices: ['sap-xep'], questions: ['q1'] } }),
      activity('van-dung', 5),
    ],
    practiceNotes: { 'sap-xep': { note: 'Cho các nhóm xếp.', answer: 'Một, Hai, Ba.' } },
    questionNotes: {},
    worksheet: {
      title: 'Phiếu học tập',
      tasks: [
        { prompt: 'Viết một điều em nhớ.', lines: 2, answer: 'Không đưa OTP.' },
        { prompt: 'Viết điều thứ hai.', lines: 2, answer: 'Báo bố mẹ.' },
      ],
      check: ['q1', 'q2', 'q3'],
    },
    classQuiz: ['q1', 'q2', 'q3', 'q4', 'q5'],
    ...over,
  }
}

const problems = (plan: LessonPlan, module = fixtureModule()) => checkPlan(plan, module).join('\n')

let loaded: { modules: ModuleContent[]; plans: LessonPlan[] } | undefined
function shipped() {
  if (!loaded) {
    const modules = loadAllContent()
    loaded = { modules, plans: loadPlans(undefined, modules) }
  }
  return loaded
}

describe('the shipped lesson plans', () => {
  it('has one valid plan per module, each passing every rule', () => {
    const { modules, plans } = shipped()
    expect(plans.map((p) => p.moduleId)).toEqual([...MODULE_IDS])
    for (const p of plans)
      expect(
        checkPlan(
          p,
          modules.find((m) => m.meta.id === p.moduleId)!,
        ),
        p.moduleId,
      ).toEqual([])
  })

  it('fills 45 minutes per tiết, teaches every lesson and uses the practices and quiz', () => {
    const { modules, plans } = shipped()
    for (const p of plans) {
      const m = modules.find((x) => x.meta.id === p.moduleId)!
      const s = planStats(p, m)
      expect(s.planActivities, p.moduleId).toBeGreaterThanOrEqual(4)
      for (let t = 1; t <= p.periods; t++) {
        expect(
          p.activities.filter((a) => a.period === t).reduce((n, a) => n + a.minutes, 0),
          `${p.moduleId} tiết ${t}`,
        ).toBe(45)
      }
      expect(new Set(p.activities.flatMap((a) => a.uses.lessons ?? [])).size).toBe(m.lessons.length)
      expect(
        p.activities.some((a) => (a.uses.practices ?? []).length > 0),
        p.moduleId,
      ).toBe(true)
      expect(Object.keys(p.practiceNotes).sort()).toEqual(m.practices.map((x) => x.id).sort())
      expect(
        p.classQuiz.some((q) => isCritical(m.quiz.questions.find((x) => x.id === q)!)),
        p.moduleId,
      ).toBe(true)
    }
  })

  it('gives the large modules two tiết', () => {
    const periods = Object.fromEntries(shipped().plans.map((p) => [p.moduleId, p.periods]))
    expect(periods['chong-lua-dao']).toBe(2)
    expect(periods['dich-vu-cong']).toBe(2)
  })

  it('never states the facts the brief marks unverified or out of date', () => {
    const text = JSON.stringify(shipped().plans)
    for (const banned of [
      'canhbao.khonggianmang.vn',
      '202/2025/QH15',
      '197/SGDĐT',
      'gọi 113',
      'tinnhiemmang',
      'thongbaorac',
      '8 chương, 45 điều',
      'kích hoạt mức 2 tại công an',
      'học phí',
      'Nghị định 13/2023',
      'Phòng GDĐT',
      '27 tỉnh',
      '15/2025',
      '100 triệu',
    ]) {
      expect(text, banned).not.toContain(banned)
    }
  })
})

describe('checkPlan', () => {
  it('accepts a good plan', () => {
    expect(checkPlan(makePlan(), fixtureModule())).toEqual([])
  })

  it('refuses a tiết whose minutes do not add up to 45', () => {
    const plan = makePlan()
    plan.activities[1] = { ...plan.activities[1]!, minutes: 15 }
    expect(problems(plan)).toMatch('tiết 1: các hoạt động cộng lại 40 phút, phải đúng 45 phút')
  })

  it('refuses an id that is not in the module', () => {
    const plan = makePlan()
    plan.activities[1] = {
      ...plan.activities[1]!,
      uses: { lessons: ['bai-mot', 'khong-co'], practices: ['bai-la'], questions: ['q9'] },
    }
    const out = problems({
      ...plan,
      classQuiz: [...plan.classQuiz, 'q-la'],
      questionNotes: { 'q-khac': 'Ghi chú.' },
    })
    expect(out).toMatch('không có bài học "khong-co" trong mô-đun')
    expect(out).toMatch('không có bài luyện tập "bai-la" trong mô-đun')
    expect(out).toMatch('không có câu hỏi "q9"')
    expect(out).toMatch('classQuiz: không có câu hỏi "q-la"')
    expect(out).toMatch('questionNotes: không có câu hỏi "q-khac"')
  })

  it('refuses a plan without one of the four kinds of activity', () => {
    const plan = makePlan()
    plan.activities = plan.activities.filter((a) => a.kind !== 'luyen-tap')
    plan.activities[1] = { ...plan.activities[1]!, minutes: 35 }
    expect(problems(plan)).toBe('thiếu hoạt động "Luyện tập"')
  })

  it('refuses a plan that does not open with Mở đầu or close with Vận dụng', () => {
    const plan = makePlan()
    plan.activities = [plan.activities[1]!, plan.activities[0]!, plan.activities[3]!, plan.activities[2]!]
    const out = problems(plan)
    expect(out).toMatch('hoạt động đầu tiên phải là "Mở đầu"')
    expect(out).toMatch('hoạt động cuối cùng phải là "Vận dụng"')
  })

  it('refuses a practice without a note and answer key, and a note for a practice that does not exist', () => {
    expect(problems(makePlan({ practiceNotes: {} }))).toBe(
      'practiceNotes: thiếu ghi chú và đáp án cho bài luyện tập "sap-xep"',
    )
    const extra = makePlan()
    extra.practiceNotes['khong-co'] = { note: 'x', answer: 'y' }
    expect(problems(extra)).toMatch('practiceNotes: không có bài luyện tập "khong-co"')
  })

  it('refuses a class quiz without a critical question', () => {
    const module = fixtureModule()
    for (const q of module.quiz.questions) if (q.type !== 'spot') for (const o of q.options) o.critical = false
    expect(problems(makePlan(), module)).toBe(
      'classQuiz: cần ít nhất một câu "không được sai" (câu có lựa chọn nguy hiểm) của mô-đun',
    )
  })

  it('refuses a tiết without activities and an activity in a tiết the plan does not have', () => {
    expect(problems(makePlan({ periods: 2 }))).toBe('tiết 2: chưa có hoạt động nào')
    const plan = makePlan()
    plan.activities[3] = { ...plan.activities[3]!, period: 2 }
    const out = problems(plan)
    expect(out).toMatch('thuộc tiết 2, nhưng bài chỉ có 1 tiết')
    expect(out).toMatch('tiết 1: các hoạt động cộng lại 40 phút')
  })

  it('refuses activities of tiết 2 placed before those of tiết 1', () => {
    const plan = makePlan({ periods: 2 })
    plan.activities = [
      ...plan.activities.map((a) => ({ ...a, period: 2 })).slice(0, 2),
      ...plan.activities.slice(2).map((a) => ({ ...a, period: 1 })),
    ]
    expect(problems(plan)).toMatch('tiết 1 đứng sau tiết 2')
  })

  it('refuses a lesson of the module that no activity teaches', () => {
    const plan = makePlan()
    plan.activities[1] = { ...plan.activities[1]!, uses: {} }
    expect(problems(plan)).toBe('bài học "bai-mot" chưa được dạy trong hoạt động nào')
  })

  it('refuses a plan written for another module', () => {
    expect(problems(makePlan({ moduleId: 'mua-sam' }))).toBe('moduleId phải là dich-vu-cong (đang là mua-sam)')
  })

  it('refuses leaked "undefined", English interface words and a blank line', () => {
    const plan = makePlan()
    plan.activities[0] = {
      ...plan.activities[0]!,
      goal: ['HS biết undefined.'],
      content: ['Click vào nút.'],
      product: ['  '],
    }
    const out = problems(plan)
    expect(out).toMatch('activities.0.goal.0: có chữ "undefined" do lỗi dữ liệu')
    expect(out).toMatch('activities.0.content.0: từ tiếng Anh "Click"')
    expect(out).toMatch('activities.0.product.0: không được để trống')
  })

  it('refuses a registrable fake web address and a report number written with spaces', () => {
    const plan = makePlan()
    plan.activities[0] = {
      ...plan.activities[0]!,
      content: ['Trang giả vneid-capnhat.com, trang thật dichvucong.gov.vn, trang mẫu abc.example.'],
      product: ['Tin "LD 09xx xxx 123 gia danh".'],
    }
    const out = problems(plan)
    expect(out).toMatch('địa chỉ giả "vneid-capnhat.com"')
    expect(out).not.toMatch('dichvucong.gov.vn')
    expect(out).not.toMatch('abc.example')
    expect(out).toMatch('số điện thoại trong cú pháp báo cáo phải viết liền')
  })

  it('refuses a legal document missing from the registry, and replaced law named without its successor', () => {
    const registry = loadLegalRegistry()
    const plan = makePlan()
    plan.objectives = {
      ...plan.objectives,
      knowledge: [
        'Theo Nghị định 59/2022/NĐ-CP, …',
        'Theo Nghị định 999/2031/NĐ-CP, …',
        'Nghị định 69/2024/NĐ-CP thay Nghị định 59/2022/NĐ-CP.',
      ],
    }
    const out = checkPlanCitations(plan, registry).join('\n')
    expect(out).toMatch('objectives.knowledge.0: 59/2022/NĐ-CP đã được thay bằng 69/2024/NĐ-CP')
    expect(out).toMatch('objectives.knowledge.1: "999/2031/NĐ-CP" không có trong danh mục văn bản')
    expect(out).not.toMatch('knowledge.2')
    expect(checkPlanCitations(makePlan(), registry)).toEqual([])
  })

  it('refuses a repeated question in the class quiz', () => {
    expect(problems(makePlan({ classQuiz: ['q1', 'q2', 'q3', 'q4', 'q1'] }))).toBe('classQuiz: câu "q1" lặp lại')
  })
})

describe('the plan schema', () => {
  it('names the field of every problem, in Vietnamese', () => {
    const { title: _, ...noTitle } = makePlan()
    const bad = {
      ...noTitle,
      periods: 3,
      activities: [{ ...activity('mo-dau', 1), kind: 'khoi-dong' }],
      classQuiz: ['q1'],
    }
    const r = parsePlan(bad)
    expect(r.ok).toBe(false)
    const out = r.ok ? '' : r.errors.join('\n')
    expect(out).toMatch('title:')
    expect(out).toMatch('periods: số tiết phải là 1 hoặc 2')
    expect(out).toMatch(`activities.0.kind: loại hoạt động phải là một trong: ${ACTIVITY_KINDS.join(', ')}`)
    expect(out).toMatch('activities.0.minutes: mỗi hoạt động ít nhất 2 phút')
    expect(out).toMatch('classQuiz: câu hỏi cả lớp cần từ 5 đến 10 câu')
  })

  it('refuses an empty text and a worksheet with one task', () => {
    const plan = makePlan()
    const r = parsePlan({
      ...plan,
      subject: ' ',
      worksheet: { ...plan.worksheet, tasks: plan.worksheet.tasks.slice(0, 1) },
    })
    const out = r.ok ? '' : r.errors.join('\n')
    expect(out).toMatch('subject: không được để trống')
    expect(out).toMatch('worksheet.tasks: phiếu cần từ 2 đến 5 nhiệm vụ')
  })
})

describe('loading the plans', () => {
  it('lists every problem at once: a module without plan.yaml and an invalid plan', () => {
    const root = mkdtempSync(join(tmpdir(), 'kns-plans-'))
    try {
      cpSync(CONTENT_DIR, root, { recursive: true })
      rmSync(join(root, 'mua-sam', 'plan.yaml'))
      const file = join(root, 'thanh-toan', 'plan.yaml')
      writeFileSync(file, readFileSync(file, 'utf8').replace('periods: 1', 'periods: 2'))
      const modules = loadAllContent(root)
      expect(() => loadPlans(root, modules)).toThrow(
        /mua-sam\/plan\.yaml: thiếu kế hoạch bài dạy[\s\S]*thanh-toan\/plan\.yaml: tiết 2: chưa có hoạt động nào/,
      )
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('the content plugin', () => {
  const ctx = {
    addWatchFile: () => {},
    error: (m: string) => {
      throw new Error(m)
    },
  }
  const hooks = (root?: string) => {
    const plugin = contentPlugin(root ? { root } : {})
    return {
      resolve: (id: string) => (plugin.resolveId as (this: unknown, id: string) => string | undefined).call(ctx, id),
      load: (id: string) => (plugin.load as (this: unknown, id: string) => string).call(ctx, id),
    }
  }

  it('serves planLoaders as lazy imports, and each plan as its own module', () => {
    const { resolve, load } = hooks()
    const loaders = load(resolve('virtual:content/plans')!)
    for (const id of MODULE_IDS)
      expect(loaders).toContain(`${JSON.stringify(id)}: () => import("virtual:content/plan/${id}")`)
    expect(loaders).not.toContain('Hoạt động')
    const resolved = resolve('virtual:content/plan/chong-lua-dao')!
    expect(resolved).toBe('\0virtual:content/plan-chong-lua-dao')
    const plan = JSON.parse(load(resolved).replace(/^export default /, '')) as LessonPlan
    expect(plan.moduleId).toBe('chong-lua-dao')
    expect(plan.periods).toBe(2)
  })

  it('fails the index (on every page) when a module has no plan', () => {
    const root = mkdtempSync(join(tmpdir(), 'kns-plans-'))
    try {
      cpSync(CONTENT_DIR, root, { recursive: true })
      rmSync(join(root, 'an-ninh-mang', 'plan.yaml'))
      const { resolve, load } = hooks(root)
      expect(() => load(resolve('virtual:content/index')!)).toThrow('an-ninh-mang/plan.yaml: thiếu kế hoạch bài dạy')
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('plan statistics', () => {
  it('counts the competence components of what the activities use, and 0 where content has none yet', () => {
    const module = fixtureModule()
    // Content written before competence codes existed carries none: the count is 0, nothing throws.
    for (const x of [...module.lessons, ...module.practices, ...module.quiz.questions])
      delete (x as { competences?: unknown }).competences
    expect(planCompetences(makePlan(), module)).toEqual([])
    Object.assign(module.lessons[0]!, { competences: ['4.2', '2.3'] })
    Object.assign(module.quiz.questions[0]!, { competences: ['4.2', '1.2'] })
    Object.assign(module.quiz.questions[4]!, { competences: ['6.3'] }) // q5 is not used by an activity
    expect(planCompetences(makePlan(), module)).toEqual(['1.2', '2.3', '4.2'])
    expect(planStats(makePlan(), module)).toEqual({
      planPeriods: 1,
      planActivities: 4,
      planCompetences: 3,
      worksheetTasks: 2,
      classQuiz: 5,
    })
  })
})
