// Inputs of the chain documents' test vectors (docs/chain-format.md) and typed factories for the tests.
import type { OutreachSummary, SchoolSummary } from '@/domain/records'
import type { TeamInvite, UnitInvite } from '@/exchange/codec'

const seq = (from: number) => Uint8Array.from({ length: 16 }, (_, i) => from + i)
export const UNIT = 'MDEyMzQ1Njc' // bytes 30…37
export const UNIT_KEY = seq(0x40)
export const SCHOOL = 'EBESExQVFhc' // bytes 10…17, as in receipt-format.md
export const TEAM = 'UFFSU1RVVlc' // bytes 50…57
export const TEAM_KEY = seq(0x60)
export const MEMBER = 'cHFyc3R1dnc' // bytes 70…77

export const UNIT_INVITE: UnitInvite = {
  unitId: UNIT,
  unitKey: UNIT_KEY,
  level: 'commune',
  unitName: 'Phòng Văn hóa – Xã hội xã Hòa Bình',
  area: 'Xã Hòa Bình, tỉnh Đồng Nai',
}
export const TEAM_INVITE: TeamInvite = {
  teamId: TEAM,
  teamKey: TEAM_KEY,
  teamName: 'Tổ công nghệ số ấp 3',
  commune: 'Xã Hòa Bình',
}

/** Trường THCS Nguyễn Du, November 2026: 12 classes, 480 students, two modules, 30 teachers, outreach. */
export function makeSchoolSummary(over: Partial<SchoolSummary> = {}): SchoolSummary {
  return {
    unitId: UNIT,
    schoolId: SCHOOL,
    schoolName: 'Trường THCS Nguyễn Du',
    month: '2026-11',
    classes: 12,
    studentCount: 480,
    modules: { 'dich-vu-cong': { inMonth: 40, total: 300 }, 'chong-lua-dao': { inMonth: 12, total: 12 } },
    staff: {
      teachers: 30,
      vneidLevel2: 28,
      dvcPortal: 25,
      fiveSkills: 20,
      completedAny: 18,
      completedAll: 3,
    },
    outreach: { sessions: 4, people: 85, helped: 120 },
    issuedAt: Date.UTC(2026, 11, 3, 2),
    seq: 2,
    ...over,
  }
}

/**
 * The same month as school summary version 2: 7A taught chong-lua-dao in 2 tiết (35 in class, 46 learners), 2
 * teachers taught.
 */
export function makeSchoolSummaryV2(over: Partial<SchoolSummary> = {}): SchoolSummary {
  return makeSchoolSummary({
    modules: {
      'dich-vu-cong': { inMonth: 40, total: 300, learnedInClass: 0, learners: 300, periods: 0 },
      'chong-lua-dao': { inMonth: 12, total: 12, learnedInClass: 35, learners: 46, periods: 2 },
    },
    staff: {
      teachers: 30,
      vneidLevel2: 28,
      dvcPortal: 25,
      fiveSkills: 20,
      completedAny: 18,
      completedAll: 3,
      taught: 2,
    },
    seq: 3,
    ...over,
  })
}

/** A member's November: 3 sessions, 42 people, two outcomes. */
export function makeOutreachSummary(over: Partial<OutreachSummary> = {}): OutreachSummary {
  return {
    toId: TEAM,
    from: 'member',
    fromId: MEMBER,
    fromName: 'Trần Thị Mai',
    commune: 'Xã Hòa Bình',
    month: '2026-11',
    members: 1,
    figures: {
      sessions: 3,
      people: 42,
      byKind: { household: 1, community: 2, parents: 0 },
      modules: { 'dich-vu-cong': 2, 'chong-lua-dao': 1 },
      outcomes: [
        { label: 'Cài đặt VNeID', count: 15 },
        { label: 'Báo cáo lừa đảo', count: 4 },
      ],
    },
    issuedAt: Date.UTC(2026, 11, 1, 1),
    seq: 1,
    ...over,
  }
}
