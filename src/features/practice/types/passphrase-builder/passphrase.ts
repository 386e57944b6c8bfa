// Passphrase generation and a rough, offline strength estimate. Pure.
// The estimate is deliberately simple (no 400 KB dictionary as in zxcvbn): it counts guesses for the
// character set or the word list, then punishes what attackers try first (common passwords, keyboard
// runs, repeats, a capital first + digits/symbol last like "Abc@1234").

/** Short, common Vietnamese words without diacritics, easy to type on any phone keyboard. */
export const WORDS = [
  'meo',
  'cho',
  'ga',
  'vit',
  'ca',
  'bo',
  'trau',
  'ngua',
  'de',
  'tho',
  'chim',
  'cua',
  'tom',
  'oc',
  'ran',
  'rua',
  'cay',
  'la',
  'hoa',
  'qua',
  'lua',
  'ngo',
  'khoai',
  'mia',
  'chuoi',
  'cam',
  'buoi',
  'dua',
  'xoai',
  'mit',
  'dao',
  'man',
  'song',
  'nui',
  'bien',
  'dong',
  'suoi',
  'ho',
  'dao',
  'rung',
  'may',
  'mua',
  'gio',
  'nang',
  'sao',
  'trang',
  'troi',
  'dat',
  'ban',
  'ghe',
  'cua',
  'so',
  'den',
  'quat',
  'noi',
  'chen',
  'dua',
  'thia',
  'coc',
  'am',
  'bep',
  'tu',
  'giuong',
  'goi',
  'xanh',
  'do',
  'vang',
  'tim',
  'hong',
  'nau',
  'den',
  'trang',
  'cao',
  'thap',
  'nhanh',
  'cham',
  'vui',
  'buon',
  'to',
  'nho',
  'xe',
  'tau',
  'thuyen',
  'cau',
  'duong',
  'pho',
  'lang',
  'cho',
  'truong',
  'lop',
  'sach',
  'but',
  'vo',
  'thuoc',
  'keo',
  'giay',
  'banh',
  'keo',
  'sua',
  'tra',
  'che',
  'xoi',
  'pho',
  'bun',
  'com',
  'canh',
  'muoi',
  'duong',
  'tieu',
  'ot',
  'toi',
  'hanh',
  'ong',
  'ba',
  'bac',
  'chu',
  'co',
  'di',
  'anh',
  'chi',
  'em',
  'con',
  'chau',
  'ban',
  'thay',
  'nha',
  'san',
  'vuon',
  'ao',
  'quan',
  'mu',
  'non',
  'dep',
  'tat',
  'khan',
  'tui',
  'hop',
  'thung',
  'gio',
  'ro',
  'chum',
  'vai',
  'len',
  'soi',
  'da',
  'cat',
  'soi',
  'sat',
  'dong',
  'bac',
  'vang',
  'ngoc',
  'kim',
  'chi',
  'keo',
  'dao',
  'bua',
  'cuoc',
  'liem',
  'cay',
  'trong',
  'ken',
  'sao',
  'dan',
  'hat',
  'mua',
  've',
  'viet',
  'doc',
  'hoc',
  'choi',
  'chay',
  'nhay',
  'boi',
  'leo',
  'bay',
  'sang',
  'trua',
  'chieu',
  'toi',
  'dem',
  'xuan',
  'he',
  'thu',
  'dong',
  'tet',
  'hoi',
  'ram',
  'den',
  'long',
  'phao',
  'co',
  'ech',
  'nhai',
  've',
  'sau',
  'buom',
  'ong',
  'kien',
  'muoi',
  'ruoi',
  'nhen',
  'tam',
  'de',
  'cho',
  'soc',
  'khi',
  'gau',
  'voi',
  'ho',
  'bao',
  'huou',
  'nai',
  'cong',
  'vet',
  'sao',
  'coc',
  'co',
  'hac',
  'cu',
  'en',
  'nhan',
  'sen',
  'sung',
]
/** The list without repeats: entropy is counted over distinct words. */
export const WORD_LIST = [...new Set(WORDS)]

const COMMON = [
  '123456',
  '12345678',
  '123456789',
  'password',
  'matkhau',
  'abc123',
  'abc@123',
  'abc@1234',
  'qwerty',
  '111111',
  '000000',
  'iloveyou',
  'anhyeuem',
  'admin',
  '1234',
  '123123',
  'hello',
]

export function randomInt(max: number): number {
  const buf = new Uint32Array(1)
  // Rejection sampling: no bias towards small numbers.
  const limit = Math.floor(0x100000000 / max) * max
  do crypto.getRandomValues(buf)
  while (buf[0]! >= limit)
  return buf[0]! % max
}

export function generatePassphrase(words = 4, separator = '-'): string {
  const picked = Array.from({ length: words }, () => WORD_LIST[randomInt(WORD_LIST.length)]!)
  return `${picked.join(separator)}${separator}${randomInt(90) + 10}`
}

export type Strength = 0 | 1 | 2 | 3 | 4

export interface Estimate {
  bits: number
  strength: Strength
  /** Reasons in plain Vietnamese, shown under the meter. */
  notes: string[]
  /** Time to try every guess at 10,000 guesses a second (a stolen, properly hashed password list). */
  crackSeconds: number
}

function charsetSize(pw: string): number {
  let n = 0
  if (/[a-z]/.test(pw)) n += 26
  if (/[A-Z]/.test(pw)) n += 26
  if (/\d/.test(pw)) n += 10
  if (/[^A-Za-z0-9]/.test(pw)) n += 33
  return n
}

/** Runs of three or more equal characters count as two: "aaaaaa" is no stronger than "aa". */
function effectiveLength(pw: string): number {
  return pw.replace(/(.)\1{2,}/g, '$1$1').length
}

export function estimate(pw: string): Estimate {
  const notes: string[] = []
  if (!pw) return { bits: 0, strength: 0, notes: ['Hãy nhập hoặc tạo một mật khẩu.'], crackSeconds: 0 }
  const lower = pw.toLowerCase()
  let bits: number
  const parts = lower.split(/[-_ .]/).filter(Boolean)
  const wordParts = parts.filter((p) => WORD_LIST.includes(p))
  if (wordParts.length >= 3 && wordParts.length >= parts.length - 1) {
    // A passphrase: count it as words picked from our list (attackers may know the list).
    const extra = parts.filter((p) => !WORD_LIST.includes(p)).join('')
    bits =
      wordParts.length * Math.log2(WORD_LIST.length) + (extra ? extra.length * Math.log2(charsetSize(extra) || 10) : 0)
    notes.push(`Cụm ${wordParts.length} từ ngẫu nhiên: dễ nhớ mà khó đoán.`)
  } else {
    bits = effectiveLength(pw) * Math.log2(charsetSize(pw) || 1)
  }
  if (COMMON.some((c) => lower.includes(c))) {
    bits = Math.min(bits, 5)
    notes.push('Có chứa mật khẩu phổ biến: kẻ gian thử những mật khẩu này đầu tiên.')
  }
  if (/(.)\1{2,}/.test(pw)) notes.push('Có ký tự lặp lại nhiều lần.')
  if (/(0123|1234|2345|3456|4567|5678|6789|abcd|qwer|asdf)/i.test(pw)) {
    bits -= 10
    notes.push('Có dãy phím liền nhau như 1234 hay qwer.')
  }
  if (/^[A-Z][a-z]+[^A-Za-z0-9]?\d{1,4}[^A-Za-z0-9]?$/.test(pw)) {
    bits = Math.min(bits, 18)
    notes.push('Kiểu “Tên + năm sinh” hay “Chữ hoa đầu + số cuối” rất dễ đoán.')
  }
  if (pw.length < 8) notes.push('Ngắn hơn 8 ký tự.')
  bits = Math.max(0, Math.round(bits))
  // zxcvbn's score bands: fewer than 10^3, 10^6, 10^8, 10^10 guesses.
  const strength: Strength = bits < 10 ? 0 : bits < 20 ? 1 : bits < 26.6 ? 2 : bits < 33.2 ? 3 : 4
  if (strength >= 3 && notes.length === 0) notes.push('Dài và khó đoán.')
  return { bits, strength, notes, crackSeconds: 2 ** bits / 1e4 }
}

export function crackTimeText(seconds: number): string {
  if (seconds < 1) return 'chưa đến 1 giây'
  if (seconds < 60) return `khoảng ${Math.round(seconds)} giây`
  if (seconds < 3600) return `khoảng ${Math.round(seconds / 60)} phút`
  if (seconds < 86400) return `khoảng ${Math.round(seconds / 3600)} giờ`
  if (seconds < 86400 * 365) return `khoảng ${Math.round(seconds / 86400)} ngày`
  const years = seconds / (86400 * 365)
  if (years < 1000) return `khoảng ${Math.round(years)} năm`
  return 'hơn 1.000 năm'
}
