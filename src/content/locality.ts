// Locality packs: a data file per province for module 5 (portals, apps, hotlines, who handles what after
// the two-tier reform, practice items). Shipped packs are checked at build time; a pack a school loads
// from a file or a link is checked with the same schema before it replaces the old one.
import * as v from 'valibot'

export const LOCALITY_SCHEMA_VERSION = 1

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'không được để trống'), v.maxLength(600, 'quá dài'))
const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id: chữ thường, số và dấu gạch ngang'), v.maxLength(60))
const source = v.strictObject({ title: text, url: v.pipe(v.string(), v.url(), v.startsWith('http')), checked: v.pipe(v.string(), v.isoDate()) })

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
  v.check((p) => p.needs.every((n) => p.groups.some((g) => g.id === n.group)), 'mỗi nhu cầu phải thuộc một nhóm có trong "groups"'),
  v.check((p) => new Set(p.channels.map((c) => c.id)).size === p.channels.length, 'trùng id kênh'),
)

export type LocalityPack = v.InferOutput<typeof LocalityPackSchema>
export type Channel = LocalityPack['channels'][number]

export type PackResult = { ok: true; pack: LocalityPack } | { ok: false; message: string }

/** Validates unknown data as a pack; never throws. Messages are Vietnamese and name the first problems. */
export function parsePack(data: unknown): PackResult {
  if (data === null || typeof data !== 'object') return { ok: false, message: 'Tệp này không phải gói dữ liệu địa phương.' }
  const version = (data as { schemaVersion?: unknown }).schemaVersion
  if (version !== LOCALITY_SCHEMA_VERSION) {
    return { ok: false, message: `Gói dữ liệu có phiên bản ${String(version ?? 'không rõ')}, ứng dụng chỉ đọc được phiên bản ${LOCALITY_SCHEMA_VERSION}.` }
  }
  const r = v.safeParse(LocalityPackSchema, data)
  if (r.success) return { ok: true, pack: r.output }
  const where = r.issues.slice(0, 3).map((i) => `${v.getDotPath(i) ?? 'gói'}: ${i.message}`)
  return { ok: false, message: `Gói dữ liệu không hợp lệ (${where.join('; ')}). Gói cũ vẫn được giữ nguyên.` }
}
