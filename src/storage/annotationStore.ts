import type { DocumentStatus } from '../core/model/annotation.ts';
import type { TawsimDatabase } from './openTawsimDb.ts';
import type { AnnotationRecord, DocumentRecord, StoredAnnotationRecord } from './tawsimSchema.ts';
import { fromStoredAnnotations } from './storedAnnotation.ts';
import { projectRange } from './documentStore.ts';

export async function annotationsOfDocument(db: TawsimDatabase, docId: string): Promise<AnnotationRecord[]> {
  return fromStoredAnnotations(await db.getAllFromIndex('annotations', 'by-doc', docId));
}

/**
 * A document's status in the list: an annotator's own status when one is given,
 * otherwise the furthest any annotator has got (done by anyone counts as done).
 */
export function listStatus(sets: readonly Pick<StoredAnnotationRecord, 'annotator' | 'status'>[], annotator?: string): DocumentStatus {
  const relevant = annotator ? sets.filter((s) => s.annotator === annotator) : sets;
  if (relevant.some((s) => s.status === 'done')) return 'done';
  if (relevant.some((s) => s.status === 'in_progress')) return 'in_progress';
  return 'new';
}

export async function statusesOfDocuments(
  db: TawsimDatabase,
  docIds: readonly string[],
  annotator?: string,
): Promise<Map<string, DocumentStatus>> {
  const tx = db.transaction('annotations');
  const index = tx.store.index('by-doc');
  const sets = await Promise.all(docIds.map((id) => index.getAll(id)));
  await tx.done;
  return new Map(docIds.map((id, i) => [id, listStatus(sets[i]!, annotator)]));
}

/**
 * Ids of the project's documents whose status for `annotator` is one of `statuses`, in
 * import order; a document without a set of theirs is new. Only the documents' keys are
 * read, and only this annotator's sets, so 100,000 documents cost one key list and one
 * index range, however many other annotators the project has.
 */
export async function documentIdsWithStatus(
  db: TawsimDatabase,
  projectId: string,
  annotator: string,
  statuses: readonly DocumentStatus[],
): Promise<string[]> {
  const tx = db.transaction(['documents', 'annotations']);
  const [ids, sets] = await Promise.all([
    tx.objectStore('documents').index('by-project-seq').getAllKeys(projectRange(projectId)),
    tx.objectStore('annotations').index('by-project-annotator').getAll([projectId, annotator]),
  ]);
  await tx.done;
  const statusOf = new Map(sets.map((set) => [set.docId, set.status]));
  const wanted = new Set(statuses);
  return ids.filter((id) => wanted.has(statusOf.get(id) ?? 'new'));
}

/**
 * The nearest document after (or before) `seq` in import order whose status for
 * `annotator` is one of `statuses` (no set of theirs: new). It reads documents one by
 * one from there, with each one's set of this annotator only: the next document to do
 * is usually near, so this stays small where listing the project would read it all.
 */
export async function neighbourWithStatus(
  db: TawsimDatabase,
  projectId: string,
  seq: number,
  direction: 'next' | 'previous',
  annotator: string,
  statuses: readonly DocumentStatus[],
): Promise<DocumentRecord | undefined> {
  const range =
    direction === 'next'
      ? IDBKeyRange.bound([projectId, seq], [projectId, Infinity], true)
      : IDBKeyRange.bound([projectId, -Infinity], [projectId, seq], false, true);
  const tx = db.transaction(['documents', 'annotations']);
  const sets = tx.objectStore('annotations');
  const wanted = new Set(statuses);
  let cursor = await tx.objectStore('documents').index('by-project-seq').openCursor(range, direction === 'next' ? 'next' : 'prev');
  while (cursor) {
    const set = await sets.get([cursor.value.id, annotator]);
    if (wanted.has(set?.status ?? 'new')) return cursor.value;
    cursor = await cursor.continue();
  }
  return undefined;
}

/** The distinct annotators with at least one annotation set in the project, gold and suggestions included. */
export async function projectAnnotators(db: TawsimDatabase, projectId: string): Promise<string[]> {
  const range = IDBKeyRange.bound([projectId, ''], [projectId, '\uffff']);
  const annotators: string[] = [];
  let cursor = await db.transaction('annotations').store.index('by-project-annotator').openKeyCursor(range, 'nextunique');
  while (cursor) {
    annotators.push((cursor.key as [string, string])[1]);
    cursor = await cursor.continue();
  }
  return annotators;
}
