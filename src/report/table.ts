// Tables for export: CSV that Excel opens with Vietnamese intact (UTF-8 with a BOM, CRLF, RFC 4180
// quoting, no formula injection). Shared by the classroom report and the outreach totals.
export type Cell = string | number
export type Table = Cell[][]

/** The cell of a figure that does not exist (an average over nobody): a dash, never 0 or 100. */
export const NO_FIGURE = '—'

/**
 * One CSV field. Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe: place names are typed by hand and a file may be opened on a school computer.
 */
export function csvField(cell: Cell): string {
  if (typeof cell === 'number') return String(cell)
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
  return /[",\r\n;]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export const BOM = '\uFEFF'

export function toCsv(table: Table): string {
  return BOM + table.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
