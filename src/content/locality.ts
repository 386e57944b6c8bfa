// Locality packs: a data file per province for module 5 (portals, apps, hotlines, who handles what after
// the two-tier reform, practice items). Shipped packs are checked at build time; a pack a school loads
// from a file or a link is checked with the same schema before it replaces the old one.
import * as v from 'valibot'

export const LOCALITY_SCHEMA_VERSION = 1

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'không được để trống'), v.maxLength(600, 'quá dài'))
const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id: chữ thường, số và dấu gạch ngang'),
  v.maxLength(60),
)
const source = v.strictObject({
  title: text,
  url: v.pipe(v.string(), v.url(), v.startsWith('http')),
  checked: v.pipe(v.string(), v.isoDate()),
})

/** A channel whose address is either verified (with a source) or left for the school to fill in. */
const ChannelSchema = v.strictObject({
  id,
  kind: v.picklist(['portal', 'app', 'zalo', 'website', 'hotline']),
  name: text,
  /** null: not verified yet; the school fills it in. */
  address: v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
  note: v.optional(text),
  source: v.optional(source),
})

const GroupSchema = v.strictObject({ id, label: text })
const NeedSchema = v.strictObject({ id, need: text, group: id, explanation: text })

export const LocalityPackSchema = v.pipe(
  v.strictObject({
    schemaVersion: v.literal(LOCALITY_SCHEMA_VERSION),
    id,
    province: text,
    updated: v.pipe(v.string(), v.isoDate('ngày theo dạng YYYY-MM-DD')),
    /** Who made the pack (the app's team, or a school). */
    author: text,
    summary: text,
    facts: v.pipe(v.array(v.strictObject({ text, source })), v.maxLength(20)),
    channels: v.pipe(v.array(ChannelSchema), v.minLength(1), v.maxLength(30)),
    groups: v.pipe(v.array(GroupSchema), v.minLength(2), v.maxLength(8)),
    needs: v.pipe(v.array(NeedSchema), v.minLength(3), v.maxLength(30)),
  }),
  v.check(
    (p) => p.needs.every((n) => p.groups.some((g) => g.id === n.group)),
    'mỗi nhu cầu phải thuộc một nhóm có trong "groups"',
  ),
  v.check((p) => new Set(p.channels.map((c) => c.id)).size === p.channels.length, 'trùng id kênh'),
)

export type LocalityPack = v.InferOutput<typeof LocalityPackSchema>
export type Channel = LocalityPack['channels'][number]

export type PackResult = { ok: true; pack: LocalityPack } | { ok: false; message: string }

// The schema library words its problems in English; a school reads them in Vietnamese. Every field and
// every kind of problem has its sentence here, and a field the template does not have is called just that
// (its name comes from the file, so it is not repeated).
const FIELDS: Readonly<Record<string, string>> = {
  schemaVersion: 'phiên bản',
  id: 'mã',
  province: 'tên tỉnh',
  updated: 'ngày cập nhật',
  author: 'người soạn',
  summary: 'phần giới thiệu',
  facts: 'thông tin',
  channels: 'kênh',
  groups: 'nhóm',
  needs: 'nhu cầu',
  kind: 'loại kênh',
  name: 'tên kênh',
  address: 'địa chỉ',
  note: 'ghi chú',
  source: 'nguồn',
  title: 'tên nguồn',
  url: 'đường link nguồn',
  checked: 'ngày kiểm tra nguồn',
  label: 'tên nhóm',
  need: 'nội dung nhu cầu',
  group: 'nhóm của nhu cầu',
  explanation: 'lời giải thích',
  text: 'nội dung',
}
const KINDS = 'cổng, ứng dụng, Zalo, trang web hoặc đường dây nóng'

type Issue = v.BaseIssue<unknown>

function place(issue: Issue): string {
  const parts: string[] = []
  for (const item of issue.path ?? []) {
    const k = item.key
    if (typeof k === 'number') parts.push(`mục thứ ${k + 1}`)
    else if (typeof k === 'string' && Object.prototype.hasOwnProperty.call(FIELDS, k)) parts.push(FIELDS[k]!)
    else parts.push('trường lạ')
  }
  return parts.length ? parts.join(', ') : 'gói'
}

function problem(issue: Issue): string {
  const n = typeof issue.requirement === 'number' ? issue.requirement : undefined
  const isList = Array.isArray(issue.input)
  switch (issue.type) {
    case 'strict_object':
      return issue.expected === 'never'
        ? 'không có trong mẫu gói, hãy xóa đi'
        : 'phải là một mục có các trường theo mẫu'
    case 'object':
      return 'phải là một mục có các trường theo mẫu'
    case 'string':
      return 'phải là chữ'
    case 'array':
      return 'phải là một danh sách'
    case 'nullable':
    case 'optional':
      return 'không hợp lệ'
    case 'literal':
      return `phải là ${LOCALITY_SCHEMA_VERSION}`
    case 'picklist':
      return `phải là một trong các loại: ${KINDS}`
    case 'min_length':
      return isList ? `cần ít nhất ${n} mục` : 'không được để trống'
    case 'max_length':
      return isList ? `nhiều nhất ${n} mục` : `quá dài (tối đa ${n} ký tự)`
    case 'regex':
      return 'chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang'
    case 'url':
      return 'không phải một đường link'
    case 'starts_with':
      return 'phải bắt đầu bằng http:// hoặc https://'
    case 'iso_date':
      return 'phải là ngày theo dạng YYYY-MM-DD'
    case 'check':
      // Our own checks carry Vietnamese messages (below in the schema).
      return issue.message
    default:
      return 'không hợp lệ'
  }
}

/** One Vietnamese sentence per problem: where it is, then what is wrong. */
export function packIssueText(issue: Issue): string {
  return `${place(issue)}: ${problem(issue)}`
}

/** Validates unknown data as a pack; never throws. Messages are Vietnamese and name the first problems. */
export function parsePack(data: unknown): PackResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, message: 'Tệp này không phải gói dữ liệu địa phương.' }
  const version = Object.prototype.hasOwnProperty.call(data, 'schemaVersion')
    ? (data as { schemaVersion?: unknown }).schemaVersion
    : undefined
  if (version !== LOCALITY_SCHEMA_VERSION) {
    const shown =
      typeof version === 'number' && Number.isInteger(version) && Math.abs(version) < 1e6 ? String(version) : 'không rõ'
    return {
      ok: false,
      message: `Gói dữ liệu có phiên bản ${shown}, ứng dụng chỉ đọc được phiên bản ${LOCALITY_SCHEMA_VERSION}.`,
    }
  }
  const r = v.safeParse(LocalityPackSchema, data)
  if (r.success) return { ok: true, pack: r.output }
  const where = r.issues.slice(0, 3).map(packIssueText)
  return { ok: false, message: `Gói dữ liệu không hợp lệ (${where.join('; ')}). Gói cũ vẫn được giữ nguyên.` }
}
