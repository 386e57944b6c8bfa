// Dates shown the Vietnamese way (27/11/2026), from epoch milliseconds.
export function formatDate(ms: number): string {
  const d = new Date(ms)
  return `${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`
}
