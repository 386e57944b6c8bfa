// The classroom: a teacher's classes and the students' records merged from receipts; a student's class
// memberships and the receipts they send. Codes are verified here; repositories store the results.
import { defineStore } from 'pinia'
import { featureStrings } from '@/i18n'
import type { ImportChannel, ImportLine as ChannelLine } from '@/exchange/channels'
import { ref, shallowRef } from 'vue'
import { receiptModules } from '@/domain/status'
import { newId, newKey, toBase64url } from '@/exchange/codec/bytes'
import type { Certificate, ClassInvite, CodecError, Receipt, StudentRecord } from '@/exchange/codec'
import * as repo from '@/db/classroomRepo'
import type { Membership, Roster, RosterEntry, StaffRecord, TeacherClass } from '@/domain/records'
import type { ModuleContent, Quiz } from '@/content/schema'
import { loaders } from 'virtual:content/index'
import { classSize, matchRoster, type RosterMatch } from '@/domain/roster'
import { reportStudents } from '@/report/class'
import { getAllProgress } from '@/db/progressOverviewRepo'
import { MODULE_IDS } from '@/content/constants'
import { useSettingsStore } from '@/stores/settings'
import { LONG_NAME_MAX, NAME_MAX, requiredText } from '@/domain/text'
import { fillTemplate } from '@/domain/template'
import { compareCertificate, type CertificateDifference } from '@/domain/certificate'

export interface ImportLine extends ChannelLine {
  /** The class of a verified receipt. */
  classId?: string
  /** The receipt is for a class this browser does not have: the link opened outside the teacher's app. */
  elsewhere?: boolean
}

type MergeResult = 'added' | 'updated' | 'duplicate' | 'older'

/**
 * What this phone can say of a certificate code. `class`: signed with one of this teacher's class keys, checked
 * against that class's record (no difference: "khớp"). `member`: signed with the key of a class this phone has
 * joined (a student's phone: no class record to check against). `unverified`: no key here, the content as stated,
 * signature unchecked. `refused`: a bad signature, a damaged or foreign code.
 */
export type CertificateCheck =
  | { status: 'class'; certificate: Certificate; differences: CertificateDifference[] }
  | { status: 'member'; certificate: Certificate }
  | { status: 'unverified'; certificate: Certificate }
  | { status: 'refused'; error: CodecError<string> }
// The codecs (and the import steps over them) are loaded by the actions that read or make a code: a page that only
// shows the class carries none of them. The import lines' words are the feature strings the router loaded first.
const codec = () => import('@/exchange/codec')
const importSteps = () =>
  Promise.all([import('@/exchange/channels'), import('@/stores/chainLevel'), import('@/i18n/vi-codec')])

export const useClassroomStore = defineStore('classroom', () => {
  const classes = ref<TeacherClass[]>([])
  const students = shallowRef<Record<string, StudentRecord[]>>({})
  const memberships = ref<Membership[]>([])
  const staff = ref<StaffRecord>()
  /** Class lists by class id (undefined: none saved yet). */
  const rosters = shallowRef<Record<string, Roster | undefined>>({})

  async function loadClasses(): Promise<void> {
    classes.value = await repo.listClasses()
  }
  async function loadStudents(classId: string): Promise<StudentRecord[]> {
    const list = await repo.listStudents(classId)
    students.value = { ...students.value, [classId]: list }
    return list
  }

  async function loadRoster(classId: string): Promise<Roster | undefined> {
    const r = await repo.getRoster(classId)
    rosters.value = { ...rosters.value, [classId]: r }
    return r
  }
  /** Saves a new class list (or only a typed sĩ số): the links made so far stay, receipts are untouched. */
  async function saveRoster(classId: string, change: { entries: RosterEntry[] } | { size: number }): Promise<Roster> {
    const old = rosters.value[classId] ?? (await repo.getRoster(classId))
    const base: Roster = {
      classId,
      entries: old?.entries ?? [],
      links: old?.links ?? {},
      updatedAt: Date.now(),
    }
    if (old?.size !== undefined) base.size = old.size
    const next: Roster = 'entries' in change ? { ...base, entries: change.entries } : { ...base, size: change.size }
    await repo.saveRoster(next)
    rosters.value = { ...rosters.value, [classId]: next }
    return next
  }
  async function linkStudent(classId: string, studentId: string, number: number): Promise<void> {
    const r = await repo.linkStudent(classId, studentId, number)
    rosters.value = { ...rosters.value, [classId]: r }
  }
  /** Joins two rows of one student (phone reset) by THE merge rule, in one transaction. */
  async function mergeStudents(classId: string, a: string, b: string): Promise<StudentRecord> {
    const kept = await repo.mergeStudentRows(classId, a, b)
    await Promise.all([loadStudents(classId), loadRoster(classId)])
    return kept
  }
  /** What the class page and the report show: sĩ số, receipts matched to the list, the students counted. */
  function view(classId: string): {
    size: number
    sizeKnown: boolean
    match: RosterMatch
    counted: StudentRecord[]
  } {
    const roster = rosters.value[classId]
    const list = students.value[classId] ?? []
    const { size, known } = classSize(roster, list)
    return { size, sizeKnown: known, match: matchRoster(roster, list), counted: reportStudents(roster, list) }
  }

  /** Throws RangeError for a class or school name that is empty once normalised (only invisible characters). */
  async function createClass(form: Omit<ClassInvite, 'classId' | 'classKey'>): Promise<TeacherClass> {
    const names = {
      className: requiredText(form.className, NAME_MAX, 'class name'),
      school: requiredText(form.school, LONG_NAME_MAX, 'school'),
    }
    const c: TeacherClass = {
      id: newId(),
      keyB64: toBase64url(newKey()),
      ...form,
      ...names,
      createdAt: Date.now(),
    }
    await repo.saveClass(c)
    await loadClasses()
    // A class holds data that exists nowhere else: ask the browser not to evict it.
    void navigator.storage?.persist?.()
    return c
  }

  async function invite(c: TeacherClass, origin = location.origin): Promise<string> {
    // The invite carries what the class knows, the teacher's province too: the student is not asked it again.
    const province = useSettingsStore().prefs.locality || undefined
    const { encodeClassInvite, inviteLink, keyOf } = await codec()
    const code = await encodeClassInvite({
      classId: c.id,
      classKey: keyOf(c.keyB64),
      className: c.className,
      school: c.school,
      schoolYear: c.schoolYear,
      grade: c.grade,
      province,
    })
    return inviteLink(origin, code)
  }

  /** The receipt channel: verified with this phone's class keys, merged in one transaction. */
  function receiptChannel(
    { documentDecoder, isChange }: typeof import('@/exchange/channels'),
    refusedLine: (typeof import('@/i18n/vi-codec'))['refusedLine'],
    keys: Record<string, Uint8Array>,
  ): ImportChannel<Receipt, MergeResult> & { describe(r: Receipt, o: MergeResult): ImportLine } {
    const words = featureStrings().classPage.importLines
    return {
      kind: 'receipt',
      decode: documentDecoder('receipt', () => keys),
      store: async (items) => (await repo.mergeReceipts(items)).outcomes,
      describe: (r, outcome) => {
        const who = fillTemplate(words.who, { name: r.name, n: r.classNumber })
        return {
          ok: true,
          changed: isChange(outcome),
          text: fillTemplate(words[outcome], { who }),
          classId: r.classId,
        }
      },
      refuse: refusedLine,
    }
  }

  /** Verifies every code, then merges the valid ones in one transaction. Nothing invalid is stored. */
  async function importCodes(codes: readonly string[]): Promise<ImportLine[]> {
    if (!classes.value.length) await loadClasses()
    const [channels, { importWithKeys }, { refusedLine }] = await importSteps()
    const channel = (keys: Record<string, Uint8Array>) => receiptChannel(channels, refusedLine, keys)
    return importWithKeys(classes.value, channel, codes, 'classId', loadStudents)
  }

  /** Clears one student's record so that their next receipt is taken whatever its sequence number. */
  async function resetStudent(classId: string, studentId: string): Promise<void> {
    await repo.resetStudent(classId, studentId)
    await loadStudents(classId)
  }

  /**
   * Reads a certificate code and checks it with this phone's keys: against the class record on the class
   * teacher's phone. Read-only: a certificate states, it is not imported (a receipt updates the class).
   */
  async function checkCertificate(code: string): Promise<CertificateCheck> {
    const [{ inspect, keyOf }, { keysOf }] = await Promise.all([
      codec(),
      import('@/stores/chainLevel'),
      loadClasses(),
      loadMemberships(),
    ])
    const teacherKeys = keysOf(classes.value)
    const r = await inspect('certificate', code, {
      ...Object.fromEntries(memberships.value.map((m) => [m.classId, keyOf(m.keyB64)])),
      ...teacherKeys,
    })
    if (!r.ok) return { status: 'refused', error: r.error }
    const c = r.value
    if (!r.verified) return { status: 'unverified', certificate: c }
    if (!(c.classId in teacherKeys)) return { status: 'member', certificate: c }
    const record = (await repo.listStudents(c.classId)).find((s) => s.studentId === c.studentId)
    return { status: 'class', certificate: c, differences: compareCertificate(c, record) }
  }

  async function loadStaff(): Promise<void> {
    staff.value = await repo.loadStaff()
  }
  async function saveStaff(next: Omit<StaffRecord, 'teacherId' | 'updatedAt'>): Promise<void> {
    const s: StaffRecord = { teacherId: staff.value?.teacherId ?? newId(), ...next, updatedAt: Date.now() }
    await repo.saveStaff(s)
    staff.value = s
  }

  async function loadMemberships(): Promise<void> {
    memberships.value = await repo.listMemberships()
  }
  /** Throws RangeError for a name that is empty once normalised: no receipt could carry it. */
  async function join(inv: ClassInvite, name: string, classNumber: number): Promise<Membership> {
    const clean = requiredText(name, NAME_MAX, 'student name')
    const old = memberships.value.find((m) => m.classId === inv.classId)
    const m: Membership = {
      classId: inv.classId,
      keyB64: toBase64url(inv.classKey),
      className: inv.className,
      school: inv.school,
      schoolYear: inv.schoolYear,
      grade: inv.grade,
      studentId: old?.studentId ?? newId(),
      name: clean,
      classNumber,
      seq: old?.seq ?? 0,
      joinedAt: old?.joinedAt ?? Date.now(),
    }
    await repo.saveMembership(m)
    await loadMemberships()
    return m
  }

  /** A new signed receipt for a class (its sequence number raised first, so the newest always wins). */
  async function makeReceipt(
    classId: string,
    origin = location.origin,
  ): Promise<{ code: string; link: string; receipt: Receipt }> {
    const m = memberships.value.find((x) => x.classId === classId)
    if (!m) throw new Error('not a member of this class')
    // The one read of progress for this receipt (straight from the database: no other feature's store).
    const progress = await getAllProgress()
    // The quiz of every module with a finished attempt (precached content), to name what it missed.
    const quizzes: Record<string, Quiz> = {}
    for (const id of new Set(progress.attempts.filter((a) => a.finishedAt !== undefined).map((a) => a.moduleId))) {
      const load = (loaders as Partial<Record<string, () => Promise<ModuleContent>>>)[id]
      const content = load ? await load().catch(() => undefined) : undefined
      if (content) quizzes[id] = content.quiz
    }
    const now = Date.now()
    const seq = await repo.nextSeq(classId, now)
    const receipt: Receipt = {
      classId,
      studentId: m.studentId,
      name: m.name,
      classNumber: m.classNumber,
      issuedAt: now,
      seq,
      modules: receiptModules(progress, quizzes),
    }
    const { encodeReceipt, keyOf, receiptLink } = await codec()
    const code = await encodeReceipt(receipt, keyOf(m.keyB64))
    await loadMemberships()
    return { code, link: receiptLink(origin, code), receipt }
  }

  /** How many modules the teacher has completed in the app (the class report's "Mô-đun giáo viên đã hoàn thành"). */
  async function teacherDone(): Promise<number> {
    return (await getAllProgress()).statuses.filter(
      (x) => x.completedAt !== undefined && (MODULE_IDS as readonly string[]).includes(x.moduleId),
    ).length
  }

  return {
    teacherDone,
    classes,
    students,
    memberships,
    staff,
    rosters,
    loadRoster,
    saveRoster,
    linkStudent,
    mergeStudents,
    view,
    loadClasses,
    loadStudents,
    createClass,
    invite,
    importCodes,
    checkCertificate,
    resetStudent,
    loadStaff,
    saveStaff,
    loadMemberships,
    join,
    makeReceipt,
  }
})
