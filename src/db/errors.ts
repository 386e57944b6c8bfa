// What can go wrong when saving: the one error type pages turn into a Vietnamese message (storage.*).
/** `outdated`: a newer version of the app upgraded the database in another tab; only a reload helps. */
export type StorageErrorKind = 'unavailable' | 'quota' | 'outdated' | 'failed'

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    cause?: unknown,
  ) {
    super(`storage ${kind}`, { cause })
    this.name = 'StorageError'
  }
}

export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e
  const name = (e as { name?: string } | null)?.name
  if (name === 'QuotaExceededError') return new StorageError('quota', e)
  if (name === 'VersionError') return new StorageError('outdated', e)
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return new StorageError('unavailable', e)
  return new StorageError('failed', e)
}
