// The teach feature's store: the lesson plans (one lazy chunk each), the header fields a teacher types once,
// and what a plan prints for a class (school, class, grade band and its competence codes).
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { planLoaders } from 'virtual:content/plans'
import type { LessonPlan } from '@/content/plan'
import type { ModuleContent } from '@/content/schema'
import { COMPETENCES, bandedCode, gradeBand, sortCodes } from '@/content/competences'
import type { TeachFields, TeacherClass } from '@/domain/records'
import type { CompetenceLine, PlanFields } from '@/report/lessonPlan'
import { loadTeachFields, saveTeachFields } from '@/db/teachRepo'

export const useTeachStore = defineStore('teach', () => {
  const fields = ref<TeachFields>()
  const plans = new Map<string, Promise<LessonPlan | undefined>>()

  async function loadFields(): Promise<TeachFields | undefined> {
    fields.value = await loadTeachFields()
    return fields.value
  }

  async function saveFields(teacher: string, department: string): Promise<TeachFields> {
    const next = { teacher: teacher.trim(), department: department.trim(), updatedAt: Date.now() }
    await saveTeachFields(next)
    fields.value = next
    return next
  }

  /** The module's plan; undefined when the module has none (or its chunk cannot load offline). */
  function loadPlan(moduleId: string): Promise<LessonPlan | undefined> {
    let p = plans.get(moduleId)
    if (!p) {
      const loader = (planLoaders as Record<string, (() => Promise<LessonPlan>) | undefined>)[moduleId]
      p = loader ? loader().catch(() => (plans.delete(moduleId), undefined)) : Promise.resolve(undefined)
      plans.set(moduleId, p)
    }
    return p
  }

  /** What the plan's header prints: the class's school, name and grade; the typed teacher and tổ. */
  function planFields(c: TeacherClass | undefined, fallbackTeacher: string): PlanFields {
    return {
      school: c?.school,
      className: c?.className,
      grade: c?.grade,
      teacher: fields.value?.teacher || fallbackTeacher,
      department: fields.value?.department,
    }
  }

  /**
   * The plan's digital competences: the components of the lessons, practices and questions its activities
   * use, coded for the class's grade band ("4.2.TC1") when the grade is known.
   */
  function competenceLines(plan: LessonPlan, content: ModuleContent, grade: number | undefined): CompetenceLine[] {
    const band = grade === undefined ? undefined : gradeBand(grade)
    const codes = new Set<string>()
    for (const a of plan.activities) {
      for (const id of a.uses.lessons ?? [])
        content.lessons.find((x) => x.id === id)?.competences.forEach((c) => codes.add(c))
      for (const id of a.uses.practices ?? [])
        content.practices.find((x) => x.id === id)?.competences.forEach((c) => codes.add(c))
      for (const id of a.uses.questions ?? [])
        content.quiz.questions.find((x) => x.id === id)?.competences.forEach((c) => codes.add(c))
    }
    return sortCodes(codes).map((code) => ({
      code: band ? bandedCode(code, band) : code,
      name: COMPETENCES.find((c) => c.code === code)?.name ?? '',
    }))
  }

  return { fields, loadFields, saveFields, loadPlan, planFields, competenceLines }
})
