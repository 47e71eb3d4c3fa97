import { asStorageError } from './storageErrors.ts';

/** Waits for the commit; on any failure aborts what was written (all or nothing) and reports quota failures as StorageFullError. */
export async function committed<T>(tx: { done: Promise<void>; abort(): void }, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already committed or aborted: nothing left to undo.
    }
    throw asStorageError(error);
  }
}
