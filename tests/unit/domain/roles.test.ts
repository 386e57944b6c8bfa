// Roles: an old profile with one `role` reads as `roles: [role]`; unknown or repeated roles are dropped.
import { describe, expect, it } from 'vitest'
import { cleanRoles, isAdult, readProfile, ROLES } from '@/domain/roles'

describe('roles', () => {
  it('reads an old single-role profile as a list of one', () => {
    expect(readProfile({ role: 'teacher', displayName: 'Cô Lan', createdAt: 5 })).toEqual({
      roles: ['teacher'],
      displayName: 'Cô Lan',
      createdAt: 5,
    })
    expect(readProfile({ role: 'outreach', displayName: 'Anh Tuấn', createdAt: 7 })?.roles).toEqual(['outreach'])
  })

  it('keeps a current profile, its order, and drops unknown or repeated roles', () => {
    expect(readProfile({ roles: ['outreach', 'teacher', 'outreach', 'admin'], displayName: '', createdAt: 1 })).toEqual(
      {
        roles: ['outreach', 'teacher'],
        displayName: '',
        createdAt: 1,
      },
    )
    expect(cleanRoles(['unitOfficer', 42, null, 'schoolOfficer'])).toEqual(['unitOfficer', 'schoolOfficer'])
  })

  it('reads no profile from nothing, a stranger or an empty list (the first run asks again)', () => {
    for (const raw of [undefined, null, 'teacher', { role: 'admin' }, { roles: [] }, { roles: 'teacher' }])
      expect(readProfile(raw)).toBeUndefined()
  })

  it('lists the five roles in the first-run order; only a student alone is "em"', () => {
    expect(ROLES).toEqual(['student', 'teacher', 'schoolOfficer', 'unitOfficer', 'outreach'])
    expect(isAdult(['student'])).toBe(false)
    expect(isAdult(['student', 'teacher'])).toBe(true)
    expect(isAdult(['outreach'])).toBe(true)
  })
})
