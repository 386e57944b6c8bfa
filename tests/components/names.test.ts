// A name made only of invisible characters (zero-width, bidi controls, soft hyphen) is no name: joining a
// class or creating one with it is refused with the form's own message, before anything is stored or any
// code is made (issue #15, defect 8). Backups: tests/unit/exchange/hostile.test.ts.
import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { setActivePinia } from 'pinia'
import fc from 'fast-check'
import { mountWith, testingPinia } from './mount'
import JoinPage from '@/features/classroom/JoinPage.vue'
import TeacherClassForm from '@/features/classroom/TeacherClassForm.vue'
import { useClassroomStore } from '@/features/classroom/store'
import { encodeClassInvite, newId, newKey, type ClassInvite } from '@/exchange/codec'
import { listClasses, listMemberships } from '@/db/classroomRepo'

const INVISIBLE = ['\u200B', '\u200B\u200C\u200D', '\u2060\uFEFF', '\u202E', '\u202A\u202C', '\u2066\u2069', '\u00AD', ' \u200B ', '\u061C', '\u180E']
const invisibleName = fc.array(fc.constantFrom(...INVISIBLE, ' ', '\t'), { minLength: 1, maxLength: 12 }).map((a) => a.join(''))

const invite: ClassInvite = { classId: newId(), classKey: newKey(), className: '6A1', school: 'THCS Thử Nghiệm', schoolYear: '2026-2027', grade: 6 }

describe('names of invisible characters', () => {
  it('the store refuses them when joining or creating a class, and stores nothing', async () => {
    await fc.assert(fc.asyncProperty(invisibleName, async (name) => {
      const pinia = testingPinia()
      setActivePinia(pinia)
      const classroom = useClassroomStore()
      await expect(classroom.join(invite, name, 3)).rejects.toThrow(RangeError)
      await expect(classroom.createClass({ className: name, school: 'THCS Thử Nghiệm', schoolYear: '2026-2027', grade: 6 })).rejects.toThrow(RangeError)
      await expect(classroom.createClass({ className: '6A1', school: name, schoolYear: '2026-2027', grade: 6 })).rejects.toThrow(RangeError)
    }), { numRuns: 25 })
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
})
