// Invites of the chain above the school (docs/chain-format.md): the reporting unit's invite (commune's
// Phòng Văn hóa – Xã hội or the Sở GDĐT → school officers and team leaders) and the outreach team's invite
// (team leader → members). Like the school invite they carry the key, so a 4-byte checksum, not a tag.
import { ByteReader, ByteWriter, idBytes, KEY_BYTES } from './bytes'
import { CHECK_BYTES, openFrame, readId, verifyChecksum } from './frame'
import { INVITE_VERSION, inviteKey, sealInvite, type InviteResult } from './invite'
import { codecError, failureOf, CodecFailure } from './problems'
import { isCanonicalText, LONG_NAME_MAX, requiredText } from '@/domain/text'
import type { UnitLevel } from '@/domain/records'

export const CHAIN_INVITE_VERSION = INVITE_VERSION

/** Level byte: 1 commune (Phòng VH-XH, mầm non–THCS), 2 province (Sở GDĐT, THPT). Never reuse a number. */
export const UNIT_LEVELS: readonly UnitLevel[] = ['commune', 'province']

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

export function normalizeUnitInvite(i: UnitInvite): UnitInvite {
  idBytes(i.unitId)
  if (!UNIT_LEVELS.includes(i.level)) throw new RangeError(`unknown level: ${i.level}`)
  return {
    unitId: i.unitId,
    unitKey: new Uint8Array(inviteKey(i.unitKey, 'unitKey')),
    level: i.level,
    unitName: requiredText(i.unitName, LONG_NAME_MAX, 'unitName'),
    area: requiredText(i.area, LONG_NAME_MAX, 'area'),
  }
}

export async function encodeUnitInvite(invite: UnitInvite): Promise<string> {
  const i = normalizeUnitInvite(invite)
  const body = new ByteWriter()
    .bytes(idBytes(i.unitId)).bytes(i.unitKey).u8(UNIT_LEVELS.indexOf(i.level) + 1).text(i.unitName).text(i.area).finish()
  return sealInvite('unitInvite', body)
}

/** Never throws. */
export async function decodeUnitInvite(code: unknown): Promise<InviteResult<UnitInvite>> {
  try {
    const frame = openFrame(code, 'unitInvite', CHAIN_INVITE_VERSION, CHECK_BYTES)
    await verifyChecksum(frame)
    const r = new ByteReader(frame.bytes, frame.bodyStart, frame.trailerStart)
    const unitId = readId(r)
    const unitKey = new Uint8Array(r.bytesOf(KEY_BYTES))
    const level = UNIT_LEVELS[r.u8() - 1]
    const unitName = r.text(LONG_NAME_MAX * 4)
    const area = r.text(LONG_NAME_MAX * 4)
    if (r.remaining !== 0 || !level || !isCanonicalText(unitName, LONG_NAME_MAX) || !isCanonicalText(area, LONG_NAME_MAX)) {
      throw new CodecFailure('bad-data')
    }
    return { ok: true, invite: { unitId, unitKey, level, unitName, area } }
  } catch (e) {
    return { ok: false, error: codecError('unitInvite', failureOf(e)) }
  }
}

export function normalizeTeamInvite(i: TeamInvite): TeamInvite {
  idBytes(i.teamId)
  return {
    teamId: i.teamId,
    teamKey: new Uint8Array(inviteKey(i.teamKey, 'teamKey')),
    teamName: requiredText(i.teamName, LONG_NAME_MAX, 'teamName'),
    commune: requiredText(i.commune, LONG_NAME_MAX, 'commune'),
  }
}

export async function encodeTeamInvite(invite: TeamInvite): Promise<string> {
  const i = normalizeTeamInvite(invite)
  return sealInvite('teamInvite', new ByteWriter().bytes(idBytes(i.teamId)).bytes(i.teamKey).text(i.teamName).text(i.commune).finish())
}

/** Never throws. */
export async function decodeTeamInvite(code: unknown): Promise<InviteResult<TeamInvite>> {
  try {
    const frame = openFrame(code, 'teamInvite', CHAIN_INVITE_VERSION, CHECK_BYTES)
    await verifyChecksum(frame)
    const r = new ByteReader(frame.bytes, frame.bodyStart, frame.trailerStart)
    const teamId = readId(r)
    const teamKey = new Uint8Array(r.bytesOf(KEY_BYTES))
    const teamName = r.text(LONG_NAME_MAX * 4)
    const commune = r.text(LONG_NAME_MAX * 4)
    if (r.remaining !== 0 || !isCanonicalText(teamName, LONG_NAME_MAX) || !isCanonicalText(commune, LONG_NAME_MAX)) {
      throw new CodecFailure('bad-data')
    }
    return { ok: true, invite: { teamId, teamKey, teamName, commune } }
  } catch (e) {
    return { ok: false, error: codecError('teamInvite', failureOf(e)) }
  }
}
