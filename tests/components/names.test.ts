// A name made only of invisible characters (zero-width, bidi controls, soft hyphen) is no name: joining a
// class or creating one with it is refused with the form's own message, before anything is stored or any
// code is made (issue #15, defect 8). Backups: tests/unit/exchange/hostile.test.ts.
import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { setActivePinia } from 'pinia'
import fc from 'fast-check'
import { mountWith, testingPinia } from './mount'
import JoinPage from '@/features/classroom/JoinPage.vue'
import TeacherClassForm from '@/features/classroom/embed/TeacherClassForm.vue'
import { useClassroomStore } from '@/features/classroom/store'
import { encodeClassInvite, newId, newKey, type ClassInvite } from '@/exchange/codec'
import { listClasses, listMemberships } from '@/db/classroomRepo'
import { listSchools } from '@/db/schoolRepo'
import { listTeams, listUnits } from '@/db/chainRepo'
import SchoolCard from '@/features/school/embed/SchoolCard.vue'
import UnitCard from '@/features/unit/embed/UnitCard.vue'
import OutreachTeamCard from '@/features/outreach/OutreachTeamCard.vue'
import { useSchoolStore } from '@/features/school/store'
import { useUnitStore } from '@/features/unit/store'
import { useOutreachStore } from '@/features/outreach/store'
import { formName } from '@/domain/text'

const INVISIBLE = [
  '\u200B',
  '\u200B\u200C\u200D',
  '\u2060\uFEFF',
  '\u202E',
  '\u202A\u202C',
  '\u2066\u2069',
  '\u00AD',
  ' \u200B ',
  '\u061C',
  '\u180E',
]
const invisibleName = fc
  .array(fc.constantFrom(...INVISIBLE, ' ', '\t'), { minLength: 1, maxLength: 12 })
  .map((a) => a.join(''))

const invite: ClassInvite = {
  classId: newId(),
  classKey: newKey(),
  className: '6A1',
  school: 'THCS Thử Nghiệm',
  schoolYear: '2026-2027',
  grade: 6,
}

describe('names of invisible characters', () => {
  it('the store refuses them when joining or creating a class, and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(invisibleName, async (name) => {
        const pinia = testingPinia()
        setActivePinia(pinia)
        const classroom = useClassroomStore()
        await expect(classroom.join(invite, name, 3)).rejects.toThrow(RangeError)
        await expect(
          classroom.createClass({
            className: name,
            school: 'THCS Thử Nghiệm',
            schoolYear: '2026-2027',
            grade: 6,
          }),
        ).rejects.toThrow(RangeError)
        await expect(
          classroom.createClass({ className: '6A1', school: name, schoolYear: '2026-2027', grade: 6 }),
        ).rejects.toThrow(RangeError)
      }),
      { numRuns: 25 },
    )
    expect(await listMemberships()).toEqual([])
    expect(await listClasses()).toEqual([])
  })

  it('the join page asks for a name again instead of failing later with a storage message', async () => {
    const code = await encodeClassInvite(invite)
    const { wrapper } = await mountWith(JoinPage, {}, `/join#${code}`)
    // The invite is verified with Web Crypto before the form shows: wait for it, however busy the machine.
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('#join-name').exists()).toBe(true)
    })
    await wrapper.find('#join-name').setValue('\u200B\u202E\u2060')
    await wrapper.find('#join-number').setValue(7)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toBe('Hãy nhập họ tên và số thứ tự (1–99).')
    expect(await listMemberships()).toEqual([])
  })

  it('the class form asks for a class name again', async () => {
    const { wrapper } = await mountWith(TeacherClassForm)
    await wrapper.find('#c-name').setValue('\u200B\u200B')
    await wrapper.find('#c-school').setValue('THCS Thử Nghiệm')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toContain('Hãy điền đủ tên lớp')
    expect(await listClasses()).toEqual([])
  })

  // The three create cards of the chain are one component with one check (domain/text formName): each gets
  // its own form message for a name of one zero-width space, never a storage error, and stores nothing.
  const cards = [
    {
      what: 'school',
      card: SchoolCard,
      open: 'Tạo trường mới',
      fields: ['#school-name', '#school-upper'],
      message: 'Hãy nhập tên trường và nơi nhận báo cáo.',
      stored: listSchools,
    },
    {
      what: 'unit',
      card: UnitCard,
      open: 'Tạo đơn vị nhận báo cáo',
      fields: ['#unit-name', '#unit-area'],
      message: 'Hãy nhập tên đơn vị và địa bàn.',
      stored: listUnits,
    },
    {
      what: 'team',
      card: OutreachTeamCard,
      open: 'Tạo tổ (tổ trưởng)',
      fields: ['#team-name', '#team-commune'],
      message: 'Hãy nhập tên tổ và xã/phường.',
      stored: listTeams,
    },
  ]
  it.each(cards)(
    'the $what create card asks again for a name of one zero-width space',
    async ({ card, open, fields, message, stored }) => {
      const { wrapper } = await mountWith(card as never, { props: { month: '2026-10' } } as never)
      await wrapper
        .findAll('button')
        .find((b) => b.text() === open)!
        .trigger('click')
      await flushPromises()
      for (const [i, f] of fields.entries()) await wrapper.find(f).setValue(i === 0 ? '\u200B' : 'Xã Hòa Bình')
      await wrapper.find('form').trigger('submit')
      await flushPromises()
      expect(wrapper.find('[role="alert"]').text()).toBe(message)
      expect(await stored()).toEqual([])
      // An unfinished suggestion ("…" left in) is the same kind of non-name.
      await wrapper.find(fields[0]!).setValue('Phòng Văn hóa – Xã hội xã/phường …')
      await wrapper.find('form').trigger('submit')
      await flushPromises()
      expect(wrapper.find('[role="alert"]').text()).toBe(message)
      expect(await stored()).toEqual([])
    },
  )

  it('the chain stores refuse the same names as the forms', async () => {
    setActivePinia(testingPinia())
    await fc.assert(
      fc.asyncProperty(invisibleName, async (name) => {
        expect(formName(name, 100)).toBeUndefined()
        await expect(useSchoolStore().createSchool({ name, upperLevel: 'Phòng VH-XH xã Hòa Bình' })).rejects.toThrow(
          RangeError,
        )
        await expect(useUnitStore().createUnit({ name, level: 'commune', area: 'Xã Hòa Bình' })).rejects.toThrow(
          RangeError,
        )
        await expect(useOutreachStore().createTeam({ name: 'Tổ 1', commune: name })).rejects.toThrow(RangeError)
      }),
      { numRuns: 10 },
    )
    expect([await listSchools(), await listUnits(), await listTeams()]).toEqual([[], [], []])
  })
})
