// Data and checks for the mock DVC application. Pure; the practice screens use it.
export interface DvcForm {
  fullName: string
  citizenId: string
  relation: string
  copies: number
  phone: string
  attachment: string
}

export const PROCEDURES = [
  { id: 'trich-luc', name: 'Cấp bản sao trích lục khai sinh', level: 'Toàn trình', fee: true },
  { id: 'tam-tru', name: 'Đăng ký tạm trú', level: 'Toàn trình', fee: false },
  {
    id: 'lien-thong',
    name: 'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi',
    level: 'Toàn trình',
    fee: false,
  },
  { id: 'ho-chieu', name: 'Cấp hộ chiếu phổ thông', level: 'Một phần', fee: true },
] as const
export const TARGET_PROCEDURE = 'trich-luc'
/** An example amount for the exercise only; the real fee is shown by the portal. */
export const EXAMPLE_FEE = 8000

/** The OTP sent in the mock SMS. Fixed so the exercise can be followed step by step by a class. */
export const MOCK_OTP = '482913'

export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim()
}

export function searchProcedures(query: string) {
  const q = normalize(query)
  if (!q) return []
  return PROCEDURES.filter((p) => q.split(/\s+/).every((word) => normalize(p.name).includes(word)))
}

export function validCitizenId(id: string): boolean {
  return /^\d{12}$/.test(id.trim())
}

export function validPassword(pw: string): boolean {
  return (
    pw.length >= 8 &&
    pw.length <= 20 &&
    /[a-z]/.test(pw) &&
    /[A-Z]/.test(pw) &&
    /\d/.test(pw) &&
    /[^A-Za-z0-9]/.test(pw)
  )
}

export function validPhone(phone: string): boolean {
  return /^0\d{9}$/.test(phone.replace(/[\s.]/g, ''))
}

export type FormErrors = Partial<Record<keyof DvcForm, string>>

export function validateForm(f: DvcForm): FormErrors {
  const e: FormErrors = {}
  if (f.fullName.trim().split(/\s+/).length < 2) e.fullName = 'Hãy nhập đầy đủ họ và tên (ít nhất 2 chữ).'
  if (!validCitizenId(f.citizenId)) e.citizenId = 'Số định danh cá nhân gồm đúng 12 chữ số.'
  if (!f.relation) e.relation = 'Hãy chọn quan hệ với người được cấp trích lục.'
  if (!Number.isInteger(f.copies) || f.copies < 1 || f.copies > 5) e.copies = 'Số bản sao từ 1 đến 5.'
  if (!validPhone(f.phone)) e.phone = 'Số điện thoại gồm 10 chữ số, bắt đầu bằng số 0.'
  if (f.attachment !== 'to-khai') e.attachment = 'Hãy đính kèm tờ khai đã điền (không đính kèm ảnh riêng tư).'
  return e
}

/** A file code shaped like the portal's (agency code, date, running number), made up for the exercise. */
export function makeFileCode(d: Date, n = Math.floor(Math.random() * 9000) + 1000): string {
  const yy = String(d.getFullYear()).slice(2)
  const mm = String(d.getMonth() + 1).padStart(2, '0')
  const dd = String(d.getDate()).padStart(2, '0')
  return `H99.01-${yy}${mm}${dd}-${n}`
}
