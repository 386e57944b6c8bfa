// The school roll-up. Officer's phone: the schools made here, their invites, the class summaries received
// (verified with the school keys, stored keeping the highest seq). Teacher's phone: the schools joined and
// the signed class summaries sent up. Codes are verified here; schoolRepo stores the results.
import { featureStrings } from '@/i18n'
import { defineStore } from 'pinia'
import type { ImportChannel, ImportLine } from '@/exchange/channels'
import { ref, shallowRef } from 'vue'
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import type { ClassSummary, SchoolInvite, StudentRecord } from '@/exchange/codec'
import { newId } from '@/exchange/codec/bytes'
import { normalizeName } from '@/domain/text'
import * as repo from '@/db/schoolRepo'
import { chainLevel, importWithKeys } from '@/stores/chainLevel'
import { loadOutreach } from '@/db/outreachRepo'
import type { OutreachSession, School, SchoolMembership, StaffRecord, TeacherClass } from '@/domain/records'
import type { ClassroomFigures } from '@/report/period'
import { showMonth } from '@/domain/format'
import { fillTemplate } from '@/domain/template'

type SummaryOutcome = Awaited<ReturnType<typeof repo.storeSummaries>>[number]

export interface SummaryImportLine extends ImportLine {
  /** Of a verified summary: where the school report shows it. */
  schoolId?: string
  month?: string
  /** The summary is for a school this browser does not have: the link opened outside the officer's app. */
  elsewhere?: boolean
}

export interface SentSummary {
  code: string
  link: string
  summary: ClassSummary
}

// Import lines are Vietnamese, like the codec's messages they sit beside: the feature strings, which the router
// loads before any page (a summary link opened first included).
// The codec, the import channels and the codec's Vietnamese lines load in the actions that read or make a code: the
// school page that only shows the report carries none of them.
const codec = () => import('@/exchange/codec')
const importSteps = () => Promise.all([import('@/exchange/channels'), import('@/i18n/vi-codec')])
// So do the teacher's own progress (the learn store and the content index) and the class figures a summary holds.
const summarySteps = () =>
  Promise.all([import('@/features/learn/store'), import('@/report/class'), import('@/report/period')])

export const useSchoolStore = defineStore('school', () => {
  const schools = ref<School[]>([])
  const memberships = ref<SchoolMembership[]>([])
  /** Received summaries by school id (all months). */
  const summaries = shallowRef<Record<string, ClassSummary[]>>({})
  const outreachSessions = shallowRef<OutreachSession[]>([])

  async function loadSchools(): Promise<void> {
    schools.value = await repo.listSchools()
  }
  async function loadMemberships(): Promise<void> {
    memberships.value = await repo.listSchoolMemberships()
  }
  async function loadSummaries(schoolId: string): Promise<ClassSummary[]> {
    const list = (await repo.listSummaries(schoolId)).map((s) => s.summary)
    summaries.value = { ...summaries.value, [schoolId]: list }
    return list
  }
  /** This phone's own outreach sessions, for the community-team line of the report. */
  async function loadOutreachSessions(): Promise<void> {
    outreachSessions.value = (await loadOutreach()).sessions
  }

  const level = chainLevel<School, SchoolMembership>({
    names: ['name', 'upperLevel'],
    holders: () => schools.value,
    save: repo.saveSchool,
    encodeInvite: async (s, schoolKey) =>
      (await codec()).encodeSchoolInvite({ schoolId: s.id, schoolKey, schoolName: s.name, upperLevel: s.upperLevel }),
    saveMembership: repo.saveSchoolMembership,
    reload: () => Promise.all([loadSchools(), loadMemberships()]),
  })

  async function joinSchool(inv: SchoolInvite): Promise<SchoolMembership> {
    const { schoolId, schoolName, upperLevel } = inv
    return level.join(inv.schoolKey, { schoolId, schoolName, upperLevel })
  }

  /** The class summary channel: verified with this phone's school keys, newest seq per class and month kept. */
  function summaryChannel(
    [{ documentDecoder, isChange }, { refusedLine }]: Awaited<ReturnType<typeof importSteps>>,
    keys: Record<string, Uint8Array>,
  ): ImportChannel<ClassSummary, SummaryOutcome> & {
    describe(s: ClassSummary, o: SummaryOutcome): SummaryImportLine
  } {
    return {
      kind: 'summary',
      decode: documentDecoder('summary', () => keys),
      store: (items) => repo.storeSummaries(items),
      describe: (s, outcome) => ({
        ok: true,
        changed: isChange(outcome),
        text: fillTemplate(featureStrings().school.import[outcome], {
          name: s.className,
          month: showMonth(s.month),
          teacher: s.teacherName,
        }),
        schoolId: s.schoolId,
        month: s.month,
      }),
      refuse: refusedLine,
    }
  }

  /** Verifies every code with the keys of this phone's schools, then stores the valid ones in one transaction. */
  async function importCodes(codes: readonly string[]): Promise<SummaryImportLine[]> {
    const [steps] = await Promise.all([importSteps(), schools.value.length ? undefined : loadSchools()])
    const channel = (keys: Record<string, Uint8Array>) => summaryChannel(steps, keys)
    return importWithKeys(schools.value, channel, codes, 'schoolId', loadSummaries)
  }

  /**
   * A new signed summary of a class for `month`: the membership's seq is raised (and a staff record made
   * if there is none) in one transaction first, so the newest summary always wins at the school.
   */
  async function sendSummary(
    input: {
      schoolId: string
      cls: TeacherClass
      students: readonly StudentRecord[]
      month: string
      teacherName: string
      /** Sĩ số from the class list (or typed); the figures are out of it. */
      size: number
      /** What the logged periods add to the month (summary v2). */
      inClass?: Record<ModuleId, ClassroomFigures>
    },
    origin = location.origin,
  ): Promise<SentSummary> {
    const m = memberships.value.find((x) => x.schoolId === input.schoolId)
    if (!m) throw new Error('not a member of this school')
    const [{ useLearnStore }, { monthlyFigures, sentCount }, { withInClass }] = await summarySteps()
    const learn = useLearnStore()
    await learn.refresh()
    // The teacher's staff record is made here if there is none yet (its id is what the school counts); the
    // classroom reads it again after sending (ClassSendSummary), so no store writes into another's.
    const fresh: StaffRecord = {
      teacherId: newId(),
      vneidLevel2: false,
      dvcPortal: false,
      fiveSkills: false,
      updatedAt: Date.now(),
    }
    const { seq, staff } = await repo.nextSummarySeq(input.schoolId, fresh)
    const ids = MODULE_IDS as readonly string[]
    const summary: ClassSummary = {
      schoolId: input.schoolId,
      classId: input.cls.id,
      teacherId: staff.teacherId,
      teacherName: normalizeName(input.teacherName),
      className: input.cls.className,
      grade: input.cls.grade,
      schoolYear: input.cls.schoolYear,
      month: input.month,
      studentCount: Math.max(input.size, input.students.length),
      sent: sentCount(input.students),
      modules: withInClass(monthlyFigures(input.students, input.month, input.size), input.inClass),
      teacherCompleted: learn.statuses
        .filter((s) => s.completedAt !== undefined && ids.includes(s.moduleId))
        .map((s) => s.moduleId as ModuleId),
      readiness: { vneidLevel2: staff.vneidLevel2, dvcPortal: staff.dvcPortal, fiveSkills: staff.fiveSkills },
      issuedAt: Date.now(),
      seq,
    }
    const [{ encodeSummary, keyOf }, { docLink }] = await Promise.all([codec(), import('@/exchange/channels')])
    const code = await encodeSummary(summary, keyOf(m.keyB64))
    await loadMemberships()
    return { code, link: docLink('summary', origin.replace(/\/+$/, ''), code), summary }
  }

  return {
    schools,
    memberships,
    summaries,
    outreachSessions,
    loadSchools,
    loadMemberships,
    loadSummaries,
    loadOutreachSessions,
    createSchool: level.create,
    invite: level.invite,
    joinSchool,
    importCodes,
    sendSummary,
  }
})
