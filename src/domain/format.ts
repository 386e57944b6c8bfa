// Dates shown the Vietnamese way (27/11/2026), from epoch milliseconds. Total: any number gives a date.
import { showableTime } from './time'

export function formatDate(ms: number): string {
  const d = new Date(showableTime(ms))
  return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`
}
