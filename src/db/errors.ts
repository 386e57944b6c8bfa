// What can go wrong when saving: the one error type pages turn into a Vietnamese message (storage.*).
export type StorageErrorKind = 'unavailable' | 'quota' | 'failed'

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
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return new StorageError('unavailable', e)
  return new StorageError('failed', e)
}
