// Dates shown the Vietnamese way (27/11/2026), from epoch milliseconds. Total: any number gives a date.
import { showableTime } from './time'

export function formatDate(ms: number): string {
  const d = new Date(showableTime(ms))
  return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`
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
