// Field-by-field checks for data that comes from outside (backup files): each returns the value with
// its type, or throws Invalid. Callers rebuild clean records from these, so nothing foreign is written.
import { isDataKey } from '@/domain/keys'
import { normalizeText } from '@/domain/text'
import { MAX_TIME_MS } from '@/domain/time'
export class Invalid extends Error {}
export type Obj = Record<string, unknown>

export function obj(v: unknown): Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Invalid()
  return v as Obj
}
export function str(v: unknown, max: number, allowEmpty = false): string {
  if (typeof v !== 'string' || v.length > max || (!allowEmpty && v.trim() === '')) throw new Invalid()
  return v
}
export function int(v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new Invalid()
  return v
}
export function num(v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw new Invalid()
  return v
}
/**
 * Epoch milliseconds, up to the latest time a code can carry (2^34 s after 2025, the year 2569): a file is
 * never a way to store a time that every date on screen, report and export could not show.
 */
export const time = (v: unknown): number => num(v, 0, MAX_TIME_MS)
/**
 * A name or other free text, in the form a code carries it (NFC, no invisible or bidi-control characters,
 * one space between words): one made only of invisible characters is empty, and refused unless allowed.
 */
export function text(v: unknown, max: number, allowEmpty = false): string {
  const t = normalizeText(str(v, max, true), max)
  if (!allowEmpty && t === '') throw new Invalid()
  return t
}
/** A key of a map read from outside: non-empty, short, and not a name every object inherits. */
export function dataKey(v: unknown, max: number): string {
  const k = str(v, max)
  if (!isDataKey(k)) throw new Invalid()
  return k
}
export function bool(v: unknown): boolean {
  if (typeof v !== 'boolean') throw new Invalid()
  return v
}
export function arr(v: unknown, max: number): unknown[] {
  if (!Array.isArray(v) || v.length > max) throw new Invalid()
  return v
}

/**
 * The first step of reading any backup file: within its size limit, and a JSON object (a byte-order mark is
 * allowed; an array or a bare value reads as an empty object, which every reader then refuses by its marks).
 */
export function readJsonObject(
  text: string,
  maxBytes: number,
): { ok: true; o: Obj } | { ok: false; problem: 'tooLarge' | 'notJson' } {
  if (text.length > maxBytes) return { ok: false, problem: 'tooLarge' }
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, problem: 'notJson' }
  }
  return { ok: true, o: json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Obj) : {} }
}
