/** The browser refused a write for lack of space: nothing of that transaction was kept. */
export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super('Browser storage is full: the last change was not saved. Free space or export a backup.');
    this.name = 'StorageFullError';
    this.cause = cause;
  }
}

export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const name = (error as { name?: unknown }).name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Rethrows quota failures as StorageFullError so every caller can tell the user the same way. */
export function asStorageError(error: unknown): unknown {
  return isQuotaError(error) ? new StorageFullError(error) : error;
}
