// Content constants the app needs at run time, kept apart from the schema so valibot stays out of
// the browser bundle (content is validated at build time).
export const CONTENT_SCHEMA_VERSION = 1

export const MODULE_IDS = [
  'dich-vu-cong',
  'mua-sam',
  'thanh-toan',
  'tu-bao-ve',
  'nen-tang-dia-phuong',
  'an-ninh-mang',
  'chong-lua-dao',
] as const
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
