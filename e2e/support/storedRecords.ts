import type { Page } from '@playwright/test';
import { fromStoredAnnotation } from '../../src/storage/storedAnnotation.ts';
import type { AnnotationRecord, StoredAnnotationRecord } from '../../src/storage/tawsimSchema.ts';

/**
 * Reads the app's IndexedDB from inside the page, so a test checks what was stored, not
 * what the screen shows: every record of a store, or one record by key. The records come
 * back structured-cloned into the test.
 */
export function storedRecords<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    async ({ store }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('tawsim');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        return await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      } finally {
        db.close();
      }
    },
    { store },
  ) as Promise<T[]>;
}

/** The keys the app's stores use: a document id, or [document id, annotator]. */
export type RecordKey = string | (string | number)[];

export function storedRecord<T>(page: Page, store: string, key: RecordKey): Promise<T | undefined> {
  return page.evaluate(
    async ({ store, key }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('tawsim');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        return await new Promise<unknown>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).get(key);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      } finally {
        db.close();
      }
    },
    { store, key },
  ) as Promise<T | undefined>;
}

/** Every annotation set as stored, its packed spans unpacked with the app's own codec. */
export async function storedAnnotationSets(page: Page): Promise<AnnotationRecord[]> {
  return (await storedRecords<StoredAnnotationRecord>(page, 'annotations')).map(fromStoredAnnotation);
}

export async function storedAnnotationSet(page: Page, docId: string, annotator: string): Promise<AnnotationRecord | undefined> {
  const stored = await storedRecord<StoredAnnotationRecord>(page, 'annotations', [docId, annotator]);
  return stored && fromStoredAnnotation(stored);
}

/** The id of the document the page shows (#/p/…/d/<id>). */
export function shownDocumentId(page: Page): string {
  return decodeURIComponent(page.url().split('/d/')[1]!);
}
