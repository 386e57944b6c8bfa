// Module sets as bitmasks in MODULE_IDS order: bit i is MODULE_IDS[i], so a new module appends a bit and
// old codes keep their meaning. Masks are varints of at most 31 bits (plain bit operations stay exact).
import { MODULE_IDS, type ModuleId } from '@/content/constants'
import type { ByteReader, ByteWriter } from './bytes'

export const MASK_BITS = 31
export const MASK_MAX = 2 ** MASK_BITS - 1

const INDEX = new Map<string, number>(MODULE_IDS.map((id, i) => [id, i]))

export function isModuleId(id: string): id is ModuleId {
  return INDEX.has(id)
}

export function moduleBit(id: ModuleId): number {
  return 1 << INDEX.get(id)!
}

/** Bit positions set in a mask, lowest first, including bits for modules this app does not know yet. */
export function bitsOf(mask: number): number[] {
  const out: number[] = []
  for (let i = 0; i < MASK_BITS; i++) if (mask & (1 << i)) out.push(i)
  return out
}

export function maskOf(ids: Iterable<ModuleId>): number {
  let mask = 0
  for (const id of ids) mask |= moduleBit(id)
  return mask
}

/** The known module ids in a mask, in MODULE_IDS order. */
export function idsOf(mask: number): ModuleId[] {
  return MODULE_IDS.filter((_, i) => mask & (1 << i))
}

/**
 * A per-module map from app code, checked and rebuilt in MODULE_IDS order: RangeError for an id this app does
 * not know, `each` for every module present (it checks and returns the entry as it will decode).
 */
export function eachModule<T, U>(
  modules: Partial<Record<string, T>>,
  each: (entry: T, id: ModuleId) => U,
): Partial<Record<ModuleId, U>> {
  for (const id of Object.keys(modules)) if (!isModuleId(id)) throw new RangeError(`unknown module: ${id}`)
  const out: Partial<Record<ModuleId, U>> = {}
  for (const id of MODULE_IDS) {
    const entry = modules[id]
    if (entry !== undefined && entry !== null) out[id] = each(entry, id)
  }
  return out
}

/** Writes a per-module map as the mask of the modules present (a 0 or absent entry is left out), then `each`. */
export function writeModules<T>(w: ByteWriter, modules: Partial<Record<ModuleId, T>>, each: (entry: T) => void): void {
  const present = MODULE_IDS.filter((id) => modules[id])
  w.varint(maskOf(present))
  for (const id of present) each(modules[id]!)
}

/**
 * Reads what writeModules wrote: `each` once per bit of the mask. A module this app does not know yet (a
 * newer app added it) is read past and left out.
 */
export function readModules<T>(r: ByteReader, each: () => T): Partial<Record<ModuleId, T>> {
  const out: Partial<Record<ModuleId, T>> = {}
  for (const bit of bitsOf(r.varint(MASK_MAX))) {
    const entry = each()
    const id = MODULE_IDS[bit]
    if (id !== undefined) out[id] = entry
  }
  return out
}
