// Safety rules for learner-facing text that a schema cannot say (CURRICULUM.md, "Rules every module
// follows"): a made-up web address must be a reserved name that nobody can register, every mock
// browser bar says it is a simulation, and report-by-SMS examples write the phone number without
// spaces so a learner who copies them sends a valid report. Pure: used by the build and the tests.
import type { Mock, ModuleContent } from './schema.ts'
import { textUnits } from './legal.ts'

/** Real addresses the lessons name on purpose; anything else that looks like a domain must be fake-safe. */
export const REAL_DOMAINS = [
  'dichvucong.gov.vn',
  'online.gov.vn',
  'thisinh.thitotnghiepthpt.edu.vn',
  'dichvucong.binhphuoc.gov.vn',
  'gov.vn',
  'edu.vn',
] as const

/** Reserved for examples (RFC 2606): never registered, never resolves. */
const RESERVED = /\.(example|invalid)$/
const DOMAIN =
  /(?<![\p{L}\d@._-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|vn|top|xyz|shop|online|site|app|info|io|me|cc|club|link|store|vip|tk|example|invalid))(?![\p{L}\d-])/gu
const SIMULATED = '(mô phỏng)'
const SPACED_REPORT = /\b(?:LD|V|S|TCTM) 0\d[\dx]*\s+[\dx]{2,}/u
// A mock personal ID number (12 characters, digits or masked x). Its first three digits are a real province
// code (001–096), so a mock uses 000, which no province has, and says "(mô phỏng)".
const ID_NUMBER = /(?<![\dx])(\d{3})(\d{3}[\dx]{6})(?![\dx])/g
export const MOCK_ID_PREFIX = '000'

export function domainsIn(text: string): string[] {
  return [...text.toLowerCase().matchAll(DOMAIN)].map((m) => m[1]!)
}

const isAllowed = (d: string) =>
  RESERVED.test(d) || REAL_DOMAINS.some((r) => d === r || (d.endsWith(`.${r}`) && (r === 'gov.vn' || r === 'edu.vn')))

function mocksIn(x: unknown, out: Mock[] = []): Mock[] {
  if (Array.isArray(x)) x.forEach((y) => mocksIn(y, out))
  else if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>
    if (o.mock && typeof o.mock === 'object') out.push(o.mock as Mock)
    Object.values(o).forEach((y) => mocksIn(y, out))
  }
  return out
}

export function checkTextRules(all: ModuleContent[]): string[] {
  const errors: string[] = []
  for (const m of all) {
    for (const u of textUnits(m)) {
      for (const d of domainsIn(u.text)) {
        if (!isAllowed(d))
          errors.push(`${u.where}: địa chỉ giả "${d}" phải dùng đuôi .example hoặc .invalid (không ai đăng ký được)`)
      }
      for (const id of u.text.matchAll(ID_NUMBER)) {
        if (id[1] !== MOCK_ID_PREFIX)
          errors.push(
            `${u.where}: số định danh mô phỏng "${id[0]}" phải bắt đầu bằng ${MOCK_ID_PREFIX} (không trùng mã tỉnh thật)`,
          )
      }
      const spaced = u.text.match(SPACED_REPORT)
      if (spaced) errors.push(`${u.where}: "${spaced[0]}": số điện thoại trong cú pháp báo cáo phải viết liền`)
    }
    for (const mock of mocksIn([m.lessons, m.practices, m.quiz])) {
      if (mock.kind === 'web' && !mock.url.includes(SIMULATED)) {
        errors.push(`${m.meta.id}: thanh địa chỉ "${mock.url}" phải có dấu "${SIMULATED}"`)
      }
    }
  }
  return errors
}
