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
