import type { TawsimDatabase } from './openTawsimDb.ts';
import type { AnnotationRecord } from './tawsimSchema.ts';
import { asStorageError } from './storageErrors.ts';

export function emptyAnnotationRecord(projectId: string, docId: string, annotator: string): AnnotationRecord {
  return { docId, annotator, projectId, status: 'new', entities: [], events: [], stance: [], updatedAt: 0, rev: 0 };
}

export async function getAnnotationRecord(
  db: TawsimDatabase,
  docId: string,
  annotator: string,
): Promise<AnnotationRecord | undefined> {
  return db.get('annotations', [docId, annotator]);
}

export type AnnotationChange<R> = (current: AnnotationRecord) => { record: AnnotationRecord; result: R } | { refused: R };

/**
 * Applies a change to one annotator's record of one document inside a single
 * transaction: the change always sees the latest stored record, so two tabs editing
 * the same document each add their edit instead of overwriting the other's.
 * Resolves only after the transaction has committed.
 */
export async function changeAnnotationRecord<R>(
  db: TawsimDatabase,
  key: { projectId: string; docId: string; annotator: string },
  change: AnnotationChange<R>,
): Promise<{ record: AnnotationRecord; result: R; written: boolean }> {
  try {
    const tx = db.transaction('annotations', 'readwrite');
    const current =
      (await tx.store.get([key.docId, key.annotator])) ?? emptyAnnotationRecord(key.projectId, key.docId, key.annotator);
    const outcome = change(current);
    if ('refused' in outcome) {
      await tx.done;
      return { record: current, result: outcome.refused, written: false };
    }
    const record: AnnotationRecord = { ...outcome.record, rev: current.rev + 1, updatedAt: Date.now() };
    await tx.store.put(record);
    await tx.done;
    return { record, result: outcome.result, written: true };
  } catch (error) {
    throw asStorageError(error);
  }
}
