// Keys that come from outside the app (backup files, codes, locality packs) are data, not property names:
// `{"toString": 3}` must not reach Object.prototype.toString, nor `constructor` a function. Maps built from
// such keys are null-prototype, reads are own-property reads, and names of Object.prototype are refused.

/** The value stored under `key` itself, never one inherited from Object.prototype. */
export function own<T>(map: Readonly<Partial<Record<string, T>>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined
}

/** A key that cannot collide with anything an object inherits (`constructor`, `toString`, `__proto__`…). */
export function isDataKey(key: string): boolean {
  return key !== '' && !(key in Object.prototype)
}

/** An empty map with no prototype: every key read from it is one that was written to it. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}
