// The levels of the reporting chain (class → school → unit, member → team → unit) and what differs between them,
// in one table, one row a level: the page of a level that receives (ChainLevelPage), its month report
// (MonthReport), who has reported to it (ChainCoverage) and its send step up (ChainSend). The components take
// `level` and read the rest here, so a level's facts are written once; a new level is one more row. The message
// groups that follow the level's name (`<level>.page`, `.import`, `.coverage`) are not repeated here.
import { slug } from '@/domain/text'

interface PageFacet {
  /** Where "←" leads. */
  back: string
  /** The import box's results. */
  importTestid: string
  hintBelow: boolean
  /** The invite goes above the import box while nothing has come in. */
  inviteFirst: boolean
}
interface ReportFacet {
  /** The month report's message group (`.title`, `.month`, `.scrollHint`, `.empty`). */
  words: 'report' | 'school.report' | 'unit.report' | 'team.month'
  /** Offers "In" (a team's month is not a filed document). */
  print: boolean
}
interface SendFacet {
  /** ChainSend's message group (`.make`, `.ready` and CodeShare's). */
  words: 'team.send' | 'team.up' | 'unit.send'
  testid: string
  /** The .txt file of the summary sent, from the sender's name and the month. */
  file(from: string, month: string): string
}
interface LevelSpec {
  page?: PageFacet
  report?: ReportFacet
  /** Shows who has reported this month (words `<level>.coverage`, test id `<level>-coverage`). */
  coverage?: true
  send?: SendFacet
}

export const LEVELS = {
  class: { report: { words: 'report', print: true } },
  member: {
    send: { words: 'team.send', testid: 'member-summary-link', file: (_from, month) => `so-lieu-to-cns-${month}.txt` },
  },
  school: {
    page: { back: '/teacher', importTestid: 'summary-import-results', hintBelow: true, inviteFirst: false },
    report: { words: 'school.report', print: true },
    send: {
      words: 'unit.send',
      testid: 'school-summary-link',
      file: (from, month) => `bao-cao-${slug(from) || 'truong'}-${month}.txt`,
    },
  },
  unit: {
    page: { back: '/teacher', importTestid: 'unit-import-results', hintBelow: true, inviteFirst: false },
    report: { words: 'unit.report', print: true },
    coverage: true,
  },
  team: {
    // A new team's invite goes above the import box: its QR on the first screen, since nothing comes in without it.
    page: { back: '/outreach', importTestid: 'team-import-results', hintBelow: false, inviteFirst: true },
    report: { words: 'team.month', print: false },
    coverage: true,
    send: {
      words: 'team.up',
      testid: 'team-summary-link',
      file: (from, month) => `so-lieu-${slug(from)}-${month}.txt`,
    },
  },
} as const satisfies Record<string, LevelSpec>

type Levels = typeof LEVELS
/** The levels that have facet `F` (`LevelWith<'send'>` is 'member' | 'school' | 'team'). */
export type LevelWith<F extends keyof LevelSpec> = {
  [K in keyof Levels]: F extends keyof Levels[K] ? K : never
}[keyof Levels]

export const pageOf = (level: LevelWith<'page'>): PageFacet => LEVELS[level].page
export const reportOf = (level: LevelWith<'report'>): ReportFacet => LEVELS[level].report
export const sendOf = (level: LevelWith<'send'>): SendFacet => LEVELS[level].send
