// The competence codes a lesson or module trains, in words, banded by the grade of the class joined last;
// and the month a lesson's facts were last checked.
import { describe, expect, it, vi } from 'vitest'
import CompetenceList from '@/components/CompetenceList.vue'
import LessonPage from '@/features/learn/LessonPage.vue'
import ModulePage from '@/features/learn/ModulePage.vue'
import { saveMembership } from '@/db/classroomRepo'
import { moduleCompetences } from '@/content/competences'
import { loadAllContent } from '../../build/content-files'
import { mountWith } from './mount'

const m = loadAllContent()[0]!
const lesson = m.lessons[0]!

function join(grade: number) {
  return saveMembership({
    classId: 'AAAAAAAAAAA',
    keyB64: 'AAAAAAAAAAAAAAAAAAAAAA',
    className: `${grade}A`,
    school: 'THCS Thử',
    schoolYear: '2026-2027',
    grade,
    studentId: 's1',
    name: 'An',
    classNumber: 1,
    seq: 0,
    joinedAt: 1,
  })
}

describe('CompetenceList', () => {
  it('shows the codes closed and their names in words when opened', async () => {
    const { wrapper } = await mountWith(CompetenceList, { props: { codes: ['4.2', '2.3'] } })
    expect(wrapper.find('summary').text()).toBe('Năng lực số: 2.3, 4.2')
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual([
      '2.3 Sử dụng công nghệ số để thực hiện trách nhiệm công dân',
      '4.2 Bảo vệ dữ liệu cá nhân và quyền riêng tư',
    ])
  })

  it('adds the band of the grade (lớp 8: TC2), and no band for a grade outside 6–12', async () => {
    const { wrapper } = await mountWith(CompetenceList, { props: { codes: ['4.2'], grade: 8 } })
    expect(wrapper.find('summary').text()).toBe('Năng lực số lớp 8: 4.2.TC2')
    expect(wrapper.find('li').text()).toBe('4.2.TC2 Bảo vệ dữ liệu cá nhân và quyền riêng tư')
    const { wrapper: w5 } = await mountWith(CompetenceList, { props: { codes: ['4.2'], grade: 5 } })
    expect(w5.find('summary').text()).toBe('Năng lực số: 4.2')
  })
})

describe('the lesson and module pages', () => {
  it('show the lesson codes and "Nội dung kiểm tra" on the first card', async () => {
    const { wrapper } = await mountWith(
      LessonPage,
      { props: { moduleId: m.meta.id, lessonId: lesson.id } },
      `/modules/${m.meta.id}/lessons/${lesson.id}`,
    )
    await vi.waitFor(() => expect(wrapper.find('[data-testid="lesson-meta"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="competences"] summary').text()).toBe(
      `Năng lực số: ${[...lesson.competences].sort().join(', ')}`,
    )
    const [year, month] = lesson.checked.split('-')
    expect(wrapper.find('[data-testid="lesson-checked"]').text()).toBe(
      `Nội dung kiểm tra: tháng ${Number(month)}/${year}`,
    )
  })

  it('band the codes with the grade of the joined class', async () => {
    await join(7)
    const { wrapper } = await mountWith(
      LessonPage,
      { props: { moduleId: m.meta.id, lessonId: lesson.id } },
      `/modules/${m.meta.id}/lessons/${lesson.id}`,
    )
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="competences"] summary').text()).toMatch(/^Năng lực số lớp 7: .*\.TC1/),
    )
    const { wrapper: page } = await mountWith(ModulePage, { props: { moduleId: m.meta.id } }, `/modules/${m.meta.id}`)
    await vi.waitFor(() => expect(page.find('[data-testid="competences"]').exists()).toBe(true))
    expect(page.findAll('[data-testid="competences"] li')).toHaveLength(moduleCompetences(m).length)
    expect(page.find('[data-testid="competences"] li').text()).toMatch(/^\d\.\d\.TC1 \p{L}/u)
  })
})
