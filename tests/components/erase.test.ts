// "Xoá dữ liệu": the dialog names what this profile holds, offers the complete backup first and, for a
// profile holding other people's results, erases only after the word XOÁ is typed (issue #24, item 2).
// A learner's own file restores here, memberships included (item 3).
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import SettingsLearners from '@/features/settings/SettingsLearners.vue'
import { readAll, restore } from '@/db/backupRepo'
import { emptyData, makeBackup } from '@/exchange/backup/teacher'
import { makeLearnerFile } from '@/exchange/backup/learner'
import { newId, newKey, toBase64url } from '@/exchange/codec'
import type { BackupData, Membership } from '@/domain/records'
import { saveText } from '@/composables/download'
import { mountWith } from './mount'

vi.mock('@/composables/download', () => ({ saveText: vi.fn() }))
// Erasing reloads the app; the test only needs to know it was asked.
const assign = vi.fn()
Object.defineProperty(window, 'location', { value: { ...window.location, assign }, configurable: true })

const key = () => toBase64url(newKey())
function teacherData(): BackupData {
  const classes = ['6A1', '6A2'].map((className) => ({
    id: newId(),
    keyB64: key(),
    className,
    school: 'THCS Tân Phú',
    schoolYear: '2026-2027',
    grade: 6,
    createdAt: 1,
  }))
  const students = Array.from({ length: 3 }, (_, i) => ({
    classId: classes[0]!.id,
    studentId: newId(),
    name: `Học sinh ${i + 1}`,
    classNumber: i + 1,
    lastSeq: 1,
    lastReceiptAt: 1,
    modules: {},
  }))
  const units = [{ id: newId(), keyB64: key(), name: 'Xã Tân Phú', level: 'commune' as const, area: '', createdAt: 1 }]
  return { ...emptyData(), classes, students, units }
}

async function openDialog(wrapper: VueWrapper): Promise<void> {
  await wrapper
    .findAll('button')
    .find((b) => b.text() === 'Xoá dữ liệu của em')!
    .trigger('click')
  await vi.waitFor(() => expect(document.body.querySelector('[data-testid="erase-confirm"]')).not.toBeNull())
  await flushPromises()
}
const inDialog = (sel: string) => document.body.querySelector<HTMLElement>(sel)

describe('erasing says what goes', () => {
  it('a teacher’s profile: names classes, results and units, offers the full backup, needs the word XOÁ', async () => {
    await restore(makeBackup(teacherData(), 1), 'replace')
    const { wrapper } = await mountWith(SettingsLearners)
    await openDialog(wrapper)
    expect(inDialog('[data-testid="erase-holds"]')!.textContent).toContain(
      'Máy này đang giữ: 2 lớp, 3 kết quả học sinh, 1 đơn vị.',
    )
    expect(document.body.textContent).toContain('Xoá toàn bộ dữ liệu trên máy này?')
    expect(document.body.textContent).toContain('thầy cô')

    // The complete backup, offered first, is the real file of everything.
    inDialog('[data-testid="erase-backup"]')!.click()
    await vi.waitFor(() => expect(saveText).toHaveBeenCalled())
    const file = JSON.parse(vi.mocked(saveText).mock.calls[0]![0]) as { kind: string; data: BackupData }
    expect(file.kind).toBe('teacher-backup')
    expect([file.data.classes.length, file.data.students.length, file.data.units.length]).toEqual([2, 3, 1])

    // One tap is not enough: nothing is erased.
    inDialog('[data-testid="erase-confirm"]')!.click()
    await flushPromises()
    expect(document.body.textContent).toContain('Hãy gõ đúng chữ XOÁ')
    expect((await readAll()).classes).toHaveLength(2)
    expect(assign).not.toHaveBeenCalled()

    const input = inDialog('[data-testid="erase-word"]') as HTMLInputElement
    input.value = 'xoá'
    input.dispatchEvent(new Event('input'))
    inDialog('[data-testid="erase-confirm"]')!.click()
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('/'))
    const after = await readAll()
    expect([after.classes.length, after.students.length, after.units.length]).toEqual([0, 0, 0])
  })

  it('a student’s profile: "em", her progress file offered, one confirm', async () => {
    assign.mockClear()
    const { wrapper } = await mountWith(SettingsLearners)
    await openDialog(wrapper)
    expect(inDialog('[data-testid="erase-holds"]')).toBeNull()
    expect(inDialog('[data-testid="erase-word"]')).toBeNull()
    expect(document.body.textContent).toContain('Xoá dữ liệu của em?')
    expect(document.body.textContent).toContain('tải tiến độ về máy trước')
    inDialog('[data-testid="erase-confirm"]')!.click()
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('/'))
  })
})

describe('a learner’s own file restores', () => {
  it('brings back her classes (her id in each) and merges progress: earliest completion, best score', async () => {
    const membership: Membership = {
      classId: newId(),
      keyB64: key(),
      className: '6A1',
      school: 'THCS Tân Phú',
      schoolYear: '2026-2027',
      grade: 6,
      studentId: newId(),
      name: 'Lê Minh',
      classNumber: 5,
      seq: 6,
      joinedAt: 1_790_000_000_000,
    }
    const status = {
      moduleId: 'dich-vu-cong',
      bestScore: 90,
      attempts: 2,
      completedAt: 1_790_000_000_000,
      updatedAt: 1_790_000_000_000,
    }
    const file = JSON.stringify(
      makeLearnerFile({ ...emptyData(), memberships: [membership], moduleStatus: [status] }, 'Minh', 1_790_000_000_000),
    )
    // This phone has a later completion with a lower score of the same module.
    await restore(
      makeBackup(
        {
          ...emptyData(),
          moduleStatus: [{ ...status, bestScore: 70, completedAt: 1_795_000_000_000, updatedAt: 1_795_000_000_000 }],
        },
        1,
      ),
      'replace',
    )
    const { wrapper } = await mountWith(SettingsLearners)
    const input = wrapper.find('[data-testid="learner-restore"]')
    Object.defineProperty(input.element, 'files', { value: [new File([file], 'tien-do.json')], configurable: true })
    await input.trigger('change')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="learner-restore-message"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="learner-restore-message"]').text()).toBe(
      'Đã khôi phục: 0 bài học, 1 mô-đun và 1 lớp đã tham gia.',
    )
    const all = await readAll()
    expect(all.memberships).toEqual([membership])
    expect(all.moduleStatus).toEqual([{ ...status, completedAt: 1_790_000_000_000, updatedAt: 1_795_000_000_000 }])
  })

  it('a damaged file says which record and changes nothing', async () => {
    const { wrapper } = await mountWith(SettingsLearners)
    const bad = JSON.stringify({
      app: 'ky-nang-so',
      kind: 'learner-progress',
      version: 2,
      memberships: [{ classId: 'x' }],
    })
    const input = wrapper.find('[data-testid="learner-restore"]')
    Object.defineProperty(input.element, 'files', { value: [new File([bad], 'tien-do.json')], configurable: true })
    await input.trigger('change')
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true))
    expect(wrapper.find('[role="alert"]').text()).toBe(
      'Tệp sao lưu bị hỏng: lớp đã tham gia thứ 1 không hợp lệ. Chưa có gì thay đổi trên máy này.',
    )
    expect((await readAll()).memberships).toEqual([])
  })
})
