import 'fake-indexeddb/auto';
import { openTawsimDb, type OpenOptions, type TawsimDatabase } from './openTawsimDb.ts';
import type { AnnotationRecord } from './tawsimSchema.ts';
import { toStoredAnnotation } from './storedAnnotation.ts';

let counter = 0;

/** A fresh, uniquely named database per test, on fake-indexeddb in Node. */
export function freshDbName(): string {
  counter += 1;
  return `tawsim-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function openTestDb(options: OpenOptions = {}) {
  return openTawsimDb({ name: freshDbName(), ...options });
}

interface FakeQueue {
  _execRequestAsync(request: { operation: () => unknown; source: IDBObjectStore }): IDBRequest;
}

/**
 * Until the returned function is called, an `add` into `storeName` of a value `refuse`
 * picks fails as the browser fails a write over quota: the request errs with
 * QuotaExceededError, which aborts its transaction. fake-indexeddb has no quota, so the
 * failing request goes through its request queue with an operation that throws.
 */
export function refuseAddsForQuota(storeName: string, refuse: (value: unknown) => boolean): () => void {
  const original = IDBObjectStore.prototype.add;
  IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
    if (this.name !== storeName || !refuse(args[0])) return original.apply(this, args);
    const operation = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    return (this.transaction as unknown as FakeQueue)._execRequestAsync({ operation, source: this });
  };
  return () => {
    IDBObjectStore.prototype.add = original;
  };
}

/** Writes an annotation set as the app stores it, for tests that set the scene directly. */
export async function putAnnotationRecord(db: TawsimDatabase, record: AnnotationRecord): Promise<void> {
  await db.put('annotations', toStoredAnnotation(record));
}
