// Invites: a key handed down the chain with the names the receiver shows. The class invite a teacher shows
// to students (`/join#…`), the school invite a reporting officer gives to teachers, the unit invite (the
// commune's Phòng Văn hóa – Xã hội or the Sở GDĐT → school officers and team leaders) and the outreach
// team's invite (team leader → members). An invite carries its key, so a 4-byte checksum (seal.ts), not a
// tag. Each invite is a list of fields; the byte layouts are in docs/receipt-format.md and docs/chain-format.md.
import { idBytes, KEY_BYTES, type ByteReader, type ByteWriter } from './bytes'
import { int, inviteKey, readId, type InviteCodec } from './kit'
import { CodecFailure, type CodecError, type InviteErrorKind } from './problems'
import { isCanonicalText, LONG_NAME_MAX, NAME_MAX, requiredText } from '@/domain/text'
import { schoolYearIndex, schoolYearOf } from '@/domain/time'
import { GRADE_MAX, GRADE_MIN } from './limits'
import type { UnitLevel } from '@/domain/records'

export const INVITE_VERSION = 1
export const CHAIN_INVITE_VERSION = INVITE_VERSION
/** v2 adds the class's province, so a student who joins from the invite is not asked it again. */
export const CLASS_INVITE_VERSION = 2

/** Level byte: 1 commune (Phòng VH-XH, mầm non–THCS), 2 province (Sở GDĐT, THPT). Never reuse a number. */
export const UNIT_LEVELS: readonly UnitLevel[] = ['commune', 'province']

export interface ClassInvite {
  classId: string
  /** 16 random bytes; whoever holds them can sign receipts for this class. */
  classKey: Uint8Array
  /** '6A1' */
  className: string
  school: string
  /** '2025-2026' */
  schoolYear: string
  /** 1..12 */
  grade: number
  /** v2: the province id of the class ('dong-nai'); absent in a v1 invite or when the teacher chose none. */
  province?: string
}

export interface SchoolInvite {
  schoolId: string
  schoolKey: Uint8Array
  schoolName: string
  /** The office the school reports to, e.g. 'Phòng Văn hóa – Xã hội xã X' or 'Sở GDĐT'. */
  upperLevel: string
}

export interface UnitInvite {
  unitId: string
  /** 16 random bytes; whoever holds them can sign school and team summaries for this unit. */
  unitKey: Uint8Array
  level: UnitLevel
  /** 'Phòng Văn hóa – Xã hội xã Hòa Bình' */
  unitName: string
  /** The commune or province it covers. */
  area: string
}

export interface TeamInvite {
  teamId: string
  teamKey: Uint8Array
  teamName: string
  commune: string
}

export type InviteResult<T> = { ok: true; invite: T } | { ok: false; error: CodecError<InviteErrorKind> }

/** One field of an invite, in byte order: how it is checked, written and read. */
interface FieldKind {
  normalize(v: unknown, what: string): unknown
  write(w: ByteWriter, v: never): void
  /** Throws CodecFailure('bad-data') for a value no app writes. */
  read(r: ByteReader): unknown
}

function textField(max: number): FieldKind {
  return {
    normalize: (v, what) => requiredText(v as string, max, what),
    write: (w, v: string) => w.text(v),
    read: (r) => {
      const t = r.text(max * 4)
      if (!isCanonicalText(t, max)) throw new CodecFailure('bad-data')
      return t
    },
  }
}

const FIELD = {
  id: {
    normalize: (v) => (idBytes(v as string), v),
    write: (w, v: string) => w.bytes(idBytes(v)),
    read: readId,
  },
  key: {
    normalize: (v, what) => inviteKey(v as Uint8Array, what),
    write: (w, v: Uint8Array) => w.bytes(v),
    read: (r) => new Uint8Array(r.bytesOf(KEY_BYTES)),
  },
  grade: {
    normalize: (v, what) => int(v as number, GRADE_MIN, GRADE_MAX, what),
    write: (w, v: number) => w.u8(v),
    read: (r) => {
      const g = r.u8()
      if (g < GRADE_MIN || g > GRADE_MAX) throw new CodecFailure('bad-data')
      return g
    },
  },
  schoolYear: {
    normalize: (v) => (schoolYearIndex(v as string), v),
    write: (w, v: string) => w.varint(schoolYearIndex(v)),
    read: (r) => schoolYearOf(r.varint(255)),
  },
  level: {
    normalize: (v) => {
      if (!UNIT_LEVELS.includes(v as UnitLevel)) throw new RangeError(`unknown level: ${String(v)}`)
      return v
    },
    write: (w, v: UnitLevel) => w.u8(UNIT_LEVELS.indexOf(v) + 1),
    read: (r) => {
      const level = UNIT_LEVELS[r.u8() - 1]
      if (!level) throw new CodecFailure('bad-data')
      return level
    },
  },
  name: textField(NAME_MAX),
  longName: textField(LONG_NAME_MAX),
} satisfies Record<string, FieldKind>

/** An invite codec from its fields, in byte order (the order they are listed in). */
function inviteOf<T extends object>(fields: { [K in keyof T]: keyof typeof FIELD }): InviteCodec<T> {
  const kinds = Object.entries(fields).map(
    ([name, kind]) => [name, FIELD[kind as keyof typeof FIELD] as FieldKind] as const,
  )
  return {
    seal: 'checksum',
    version: INVITE_VERSION,
    normalize(value) {
      const out: Record<string, unknown> = {}
      for (const [name, kind] of kinds) out[name] = kind.normalize((value as Record<string, unknown>)[name], name)
      return out as T
    },
    write(w, value) {
      for (const [name, kind] of kinds) kind.write(w, (value as Record<string, unknown>)[name] as never)
    },
    read(r) {
      const out: Record<string, unknown> = {}
      for (const [name, kind] of kinds) out[name] = kind.read(r)
      return out as T
    },
  }
}

const classInviteV1 = inviteOf<Omit<ClassInvite, 'province'>>({
  classId: 'id',
  classKey: 'key',
  grade: 'grade',
  schoolYear: 'schoolYear',
  className: 'name',
  school: 'longName',
})
/** A province id as the app spells one (lower-case words joined by '-'), at most 40 characters. */
const PROVINCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const PROVINCE_MAX = 40

/** The class invite: version 1's fields, then (v2) the province id, empty when there is none. */
export const classInviteCodec: InviteCodec<ClassInvite> = {
  seal: 'checksum',
  version: CLASS_INVITE_VERSION,
  oldest: 1,
  normalize(value) {
    const base = classInviteV1.normalize(value)
    const province = value.province
    if (province === undefined || province === '') return base
    if (typeof province !== 'string' || province.length > PROVINCE_MAX || !PROVINCE_ID.test(province))
      throw new RangeError(`province is not an id: ${String(province)}`)
    return { ...base, province }
  },
  write(w, value) {
    classInviteV1.write(w, value)
    w.text(value.province ?? '')
  },
  read(r, at) {
    const base = classInviteV1.read(r, at)
    if (at.version < 2) return base
    const province = r.text(PROVINCE_MAX)
    if (province === '') return base
    if (!PROVINCE_ID.test(province)) throw new CodecFailure('bad-data')
    return { ...base, province }
  },
}
export const schoolInviteCodec = inviteOf<SchoolInvite>({
  schoolId: 'id',
  schoolKey: 'key',
  schoolName: 'longName',
  upperLevel: 'longName',
})
export const unitInviteCodec = inviteOf<UnitInvite>({
  unitId: 'id',
  unitKey: 'key',
  level: 'level',
  unitName: 'longName',
  area: 'longName',
})
export const teamInviteCodec = inviteOf<TeamInvite>({
  teamId: 'id',
  teamKey: 'key',
  teamName: 'longName',
  commune: 'longName',
})

export const normalizeClassInvite = (i: ClassInvite): ClassInvite => classInviteCodec.normalize(i)
export const normalizeSchoolInvite = (i: SchoolInvite): SchoolInvite => schoolInviteCodec.normalize(i)
export const normalizeUnitInvite = (i: UnitInvite): UnitInvite => unitInviteCodec.normalize(i)
export const normalizeTeamInvite = (i: TeamInvite): TeamInvite => teamInviteCodec.normalize(i)
