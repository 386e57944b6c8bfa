// The channels that are the same in every province (national portal, VNeID, 156/5656, 111…). Their
// verified data lives once, in the complete default pack; module 5 shows them whatever the province, and
// a province without a verified pack shows them plus its own rows as "đang cập nhật".
export const DEFAULT_PACK_ID = 'dong-nai'

export const NATIONAL_CHANNEL_IDS = [
  'dvc-quoc-gia',
  'vneid',
  'bao-lua-dao',
  'kiem-tra-web',
  'vneid-phan-anh',
  'tong-dai-111',
  'tong-dai-nguoi-tieu-dung',
] as const

/** The local rows every province has, shown as "đang cập nhật" until a verified pack fills them in. */
export const LOCAL_ROWS = [
  { id: 'dvc-tinh', kind: 'portal' },
  { id: 'zalo-tinh', kind: 'zalo' },
  { id: 'duong-day-nong-tinh', kind: 'hotline' },
] as const
