// Field-by-field checks for data that comes from outside (backup files): each returns the value with
// its type, or throws Invalid. Callers rebuild clean records from these, so nothing foreign is written.
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
/** Epoch milliseconds (the largest a Date can hold). */
export const time = (v: unknown): number => num(v, 0, 8.64e15)
export function bool(v: unknown): boolean {
  if (typeof v !== 'boolean') throw new Invalid()
  return v
}
export function arr(v: unknown, max: number): unknown[] {
  if (!Array.isArray(v) || v.length > max) throw new Invalid()
  return v
}
