// Content constants the app needs at run time, kept apart from the schema so valibot stays out of
// the browser bundle (content is validated at build time).
export const CONTENT_SCHEMA_VERSION = 1

/**
 * The modules in learners' order, written by the build from the content folders (moduleIds.ts, generated:
 * a new module is one folder). The order is also the bit order of every code's module mask, so the build
 * refuses a change that is not an append (codec/modules.ts).
 */
import { MODULE_IDS } from './moduleIds.ts'
export { MODULE_IDS }
export type ModuleId = (typeof MODULE_IDS)[number]

/** The six domains of the digital competence framework for learners (Thông tư 02/2025/TT-BGDĐT). */
export const DOMAIN_IDS = [
  'khai-thac-du-lieu',
  'giao-tiep-hop-tac',
  'sang-tao-noi-dung',
  'an-toan',
  'giai-quyet-van-de',
  'ung-dung-ai',
] as const
