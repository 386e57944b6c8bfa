// Dates shown the Vietnamese way (27/11/2026), from epoch milliseconds. Total: any number gives a date.
import { showableTime } from './time'

export function formatDate(ms: number): string {
  const d = new Date(showableTime(ms))
  return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`
}

/** 'YYYY-MM-DD' → '27/11/2026': how every screen and report shows a calendar date (a session's, a period's). */
export function showDate(date: string): string {
  const [y, m, d] = date.split('-')
  return `${Number(d)}/${Number(m)}/${y}`
}

/** 'YYYY-MM' → '11/2026': how every screen, report and import line shows a report month. */
export function showMonth(month: string): string {
  return `${Number(month.slice(5))}/${month.slice(0, 4)}`
}

const VI_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

/** A figure the Vietnamese way, on screens and in documents: 5,7 and 1.234 (decimal comma, dot groups). */
export function fmt(n: number): string {
  return Number.isFinite(n) ? VI_NUMBER.format(n) : ''
}

const lower = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi')

/**
 * A name after its label, the label's word not printed twice: "Trường: {school}" with "THCS Lê Lợi" gives
 * "Trường: THCS Lê Lợi", with "Trường THCS Lê Lợi" gives "Trường THCS Lê Lợi" (not "Trường: Trường THCS …").
 * Compared with its diacritics, so "Trương Vĩnh Ký" keeps its label. `{key}` must be in the template.
 */
export function labelledName(template: string, key: string, name: string): string {
  const slot = `{${key}}`
  const at = template.indexOf(slot)
  const label = template.slice(0, Math.max(0, at)).replace(/[\s:]+$/u, '')
  const next = name.charAt(label.length)
  const repeats = at > 0 && label !== '' && lower(name).startsWith(lower(label)) && (next === '' || /\s/u.test(next))
  return repeats ? name + template.slice(at + slot.length) : template.split(slot).join(name)
}
