// Time in the codecs: dates are days and times are seconds since 2025-01-01 00:00 Vietnam time (UTC+7, no
// daylight saving). Days are counted in Vietnam time so that a module finished at 23:30 on 31 March counts
// in March in the monthly report, whichever time zone the teacher's phone happens to use.

const SECOND = 1000
const HOUR = 3_600_000
const DAY = 86_400_000
export const VN_OFFSET_MS = 7 * HOUR

/** 2025-01-01T00:00:00+07:00: before the app existed, so every real date is after it. */
export const EPOCH_MS = Date.UTC(2025, 0, 1) - VN_OFFSET_MS
const EPOCH_YEAR = 2025

/** Largest day number a receipt can carry (u16): year 2204. */
export const MAX_DAY = 0xffff
/** Largest second count: 2^34 s, about year 2569. */
export const MAX_SECONDS = 2 ** 34

function check(ms: number): void {
  if (!Number.isFinite(ms)) throw new RangeError(`not a time: ${ms}`)
}

/**
 * Day number of a time. A phone whose clock is set before 2025 gets day 0 rather than an error: a wrong
 * clock must not stop a student from sending results.
 */
export function toDay(ms: number): number {
  check(ms)
  return Math.min(MAX_DAY, Math.max(0, Math.floor((ms - EPOCH_MS) / DAY)))
}

/**
 * The time a day number stands for: 12:00 Vietnam time. Noon, not midnight, so that formatting it in any
 * zone from UTC−5 to UTC+14 still shows the same calendar date.
 */
export function fromDay(day: number): number {
  return EPOCH_MS + day * DAY + 12 * HOUR
}

export function toSeconds(ms: number): number {
  check(ms)
  return Math.min(MAX_SECONDS, Math.max(0, Math.floor((ms - EPOCH_MS) / SECOND)))
}

export function fromSeconds(s: number): number {
  return EPOCH_MS + s * SECOND
}

/** The latest time a code can carry (MAX_SECONDS after the epoch): what stored times are capped to. */
export const MAX_TIME_MS = EPOCH_MS + MAX_SECONDS * SECOND

/** Normalises a date to what a receipt keeps of it (noon Vietnam time of its day). */
export function dateOnly(ms: number): number {
  return fromDay(toDay(ms))
}

/** Normalises a time to what a code keeps of it (whole seconds, not before the epoch). */
export function secondsOnly(ms: number): number {
  return fromSeconds(toSeconds(ms))
}

/**
 * A time every formatter can show: NaN as 1970, anything else held between 1970 and the latest time a code
 * can carry. Stored times are already in that range; this keeps a date on screen from ever throwing (a
 * Date past ±8.64e15 ms is invalid, and toISOString throws), whatever reached storage some other way.
 */
export function showableTime(ms: number): number {
  return Number.isNaN(ms) ? 0 : Math.min(MAX_TIME_MS, Math.max(0, ms))
}

/** 'YYYY-MM-DD' of a time, in Vietnam time. Total: see showableTime. */
export function vnDate(ms: number): string {
  return new Date(showableTime(ms) + VN_OFFSET_MS).toISOString().slice(0, 10)
}

/** 'YYYY-MM' of a time, in Vietnam time: the month a completion counts in. */
export function vnMonth(ms: number): string {
  return vnDate(ms).slice(0, 7)
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** Months since 2025-01 for 'YYYY-MM'; RangeError for anything else or an earlier month. */
export function monthIndex(month: string): number {
  const m = MONTH.exec(month)
  if (!m) throw new RangeError(`not a YYYY-MM month: ${JSON.stringify(month)}`)
  const i = (Number(m[1]) - EPOCH_YEAR) * 12 + Number(m[2]) - 1
  if (i < 0) throw new RangeError(`month before 2025-01: ${month}`)
  return i
}

export function monthOf(index: number): string {
  const y = EPOCH_YEAR + Math.floor(index / 12)
  return `${String(y).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
}

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/
const FIRST_SCHOOL_YEAR = 2000

/** '2025-2026' → 25 (start year − 2000); RangeError unless the second year follows the first. */
export function schoolYearIndex(schoolYear: string): number {
  const m = SCHOOL_YEAR.exec(schoolYear)
  const start = Number(m?.[1])
  if (!m || Number(m[2]) !== start + 1 || start < FIRST_SCHOOL_YEAR || start > FIRST_SCHOOL_YEAR + 255) {
    throw new RangeError(`not a school year like 2025-2026: ${JSON.stringify(schoolYear)}`)
  }
  return start - FIRST_SCHOOL_YEAR
}

export function schoolYearOf(index: number): string {
  const start = FIRST_SCHOOL_YEAR + index
  return `${start}-${start + 1}`
}

/**
 * The month every report opens on (class, school, unit, team): the current month when it has figures, else
 * the newest month with figures not after today + 1 day (early in a month the officer files the last one; a
 * clock a few hours ahead at month's end is forgiven), else the current month. A month later than that —
 * a phone clock set ahead, or a hostile code claiming 12/3024 — is never where a report opens.
 */
export function openingMonth(monthsWithData: Iterable<string>, now = Date.now()): string {
  const current = vnMonth(now)
  const limit = vnMonth(now + DAY)
  let best: string | undefined
  for (const m of monthsWithData) {
    if (m === current) return current
    if (m <= limit && (best === undefined || m > best)) best = m
  }
  return best ?? current
}

/** A month after today + 1 day: shown flagged, never opened on (see openingMonth). */
export function isFutureMonth(month: string, now = Date.now()): boolean {
  return month > vnMonth(now + DAY)
}

/** The months a report offers: the current one and every month with figures, newest first, once each. */
export function monthChoices(current: string, ...monthsWithData: ReadonlyArray<Iterable<string>>): string[] {
  const all = new Set([current])
  for (const list of monthsWithData) for (const m of list) all.add(m)
  return [...all].sort().reverse()
}
