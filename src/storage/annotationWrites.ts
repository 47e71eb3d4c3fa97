import type { TawsimDatabase } from './openTawsimDb.ts';
import type { AnnotationRecord } from './tawsimSchema.ts';
import { fromStoredAnnotation, toStoredAnnotation } from './storedAnnotation.ts';
import { asStorageError } from './storageErrors.ts';

export function emptyAnnotationRecord(projectId: string, docId: string, annotator: string): AnnotationRecord {
  return { docId, annotator, projectId, status: 'new', entities: [], events: [], stance: [], updatedAt: 0, rev: 0 };
}

export async function getAnnotationRecord(
  db: TawsimDatabase,
  docId: string,
  annotator: string,
): Promise<AnnotationRecord | undefined> {
  const stored = await db.get('annotations', [docId, annotator]);
  return stored && fromStoredAnnotation(stored);
}

export type AnnotationChange<R> = (current: AnnotationRecord) => { record: AnnotationRecord; result: R } | { refused: R };

/**
 * Applies a change to one annotator's record of one document inside a single
 * transaction: the change always sees the latest stored record, so two tabs editing
 * the same document each add their edit instead of overwriting the other's.
 * Resolves only after the transaction has committed.
 *
 * `known` is a copy of the record the caller read earlier. Every write bumps `rev` and
 * sets `updatedAt`, so when the stored record still has both, it is that copy: the
 * change then runs on it, and thousands of spans are not unpacked again.
 */
export async function changeAnnotationRecord<R>(
  db: TawsimDatabase,
  key: { projectId: string; docId: string; annotator: string },
  change: AnnotationChange<R>,
  known?: AnnotationRecord,
): Promise<{ record: AnnotationRecord; result: R; written: boolean }> {
  try {
    const tx = db.transaction('annotations', 'readwrite');
    const stored = await tx.store.get([key.docId, key.annotator]);
    const current = !stored
      ? emptyAnnotationRecord(key.projectId, key.docId, key.annotator)
      : known && known.rev === stored.rev && known.updatedAt === stored.updatedAt
        ? known
        : fromStoredAnnotation(stored);
    const outcome = change(current);
    if ('refused' in outcome) {
      await tx.done;
      return { record: current, result: outcome.refused, written: false };
    }
    const record: AnnotationRecord = { ...outcome.record, rev: current.rev + 1, updatedAt: Date.now() };
    await tx.store.put(toStoredAnnotation(record));
    await tx.done;
    return { record, result: outcome.result, written: true };
  } catch (error) {
    throw asStorageError(error);
  }
}
