// The roles a person may hold, in the order the first run lists them, and the reading of a stored profile:
// an old profile kept one `role`, a current one keeps `roles`. Pure: no Vue, no idb.
import type { Profile, Role } from './records'

export const ROLES: readonly Role[] = ['student', 'teacher', 'schoolOfficer', 'unitOfficer', 'outreach']

export function isRole(x: unknown): x is Role {
  return typeof x === 'string' && (ROLES as readonly string[]).includes(x)
}

/** Known roles only, each once, in the order given; an empty or unknown list is no role at all. */
export function cleanRoles(list: readonly unknown[]): Role[] {
  const out: Role[] = []
  for (const r of list) if (isRole(r) && !out.includes(r)) out.push(r)
  return out
}

/** A profile as stored by any version: `{ role }` (one role) becomes `{ roles: [role] }`; no known role, none. */
export function readProfile(raw: unknown): Profile | undefined {
  if (!raw || typeof raw !== 'object') return undefined
  const r = raw as { roles?: unknown; role?: unknown; displayName?: unknown; createdAt?: unknown }
  const roles = cleanRoles(Array.isArray(r.roles) ? r.roles : [r.role])
  if (!roles.length) return undefined
  return {
    roles,
    displayName: typeof r.displayName === 'string' ? r.displayName : '',
    createdAt: typeof r.createdAt === 'number' ? r.createdAt : Date.now(),
  }
}

/** An adult is addressed "thầy cô"/"bạn"; only a person who is a student and nothing else is "em". */
export function isAdult(roles: readonly Role[]): boolean {
  return roles.some((r) => r !== 'student')
}
