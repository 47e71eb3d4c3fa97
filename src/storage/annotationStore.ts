import type { DocumentStatus } from '../core/model/annotation.ts';
import type { TawsimDatabase } from './openTawsimDb.ts';
import type { IDBPTransaction } from 'idb';
import type { AnnotationRecord, StoredAnnotationRecord, TawsimDB } from './tawsimSchema.ts';
import { fromStoredAnnotations } from './storedAnnotation.ts';
import { projectRange, projectRangeAfter } from './documentStore.ts';
import { namesUnder } from './keyRanges.ts';

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

const STATUSES: readonly DocumentStatus[] = ['new', 'in_progress', 'done'];

/**
 * Ids of the project's documents whose status for `annotator` decides against them:
 * with "new" wanted (a document without a set of theirs is new), those with an
 * unwanted status; else those with a wanted one. Keys of the status index only.
 */
async function statusMembership(
  tx: IDBPTransaction<TawsimDB, ['documents', 'annotations'], 'readonly'>,
  projectId: string,
  annotator: string,
  statuses: readonly DocumentStatus[],
): Promise<{ keepListed: boolean; listed: Set<string> }> {
  const keepListed = !statuses.includes('new');
  const listedStatuses = keepListed ? statuses : STATUSES.filter((status) => !statuses.includes(status));
  const index = tx.objectStore('annotations').index('by-project-annotator-status');
  const keys = await Promise.all(listedStatuses.map((status) => index.getAllKeys(IDBKeyRange.only([projectId, annotator, status]))));
  return { keepListed, listed: new Set(keys.flat().map(([docId]) => docId)) };
}

/**
 * Ids of the project's documents whose status for `annotator` is one of `statuses`, in
 * import order; a document without a set of theirs is new. Only keys are read (the
 * documents' in import order and the status index's), so 100,000 documents cost two
 * key lists, however many sets the project has and however large they are.
 */
export async function documentIdsWithStatus(
  db: TawsimDatabase,
  projectId: string,
  annotator: string,
  statuses: readonly DocumentStatus[],
): Promise<string[]> {
  const tx = db.transaction(['documents', 'annotations']);
  const [ids, { keepListed, listed }] = await Promise.all([
    tx.objectStore('documents').index('by-project-seq').getAllKeys(projectRange(projectId)),
    statusMembership(tx, projectId, annotator, statuses),
  ]);
  await tx.done;
  return ids.filter((id) => listed.has(id) === keepListed);
}

/**
 * The ids of the nearest documents before and after `seq` in import order whose status
 * for `annotator` is one of `statuses` (no set of theirs: new): keys only, the status
 * index read once for both, then walked from the document each way, as the next one to
 * do is usually near.
 */
export async function neighboursWithStatus(
  db: TawsimDatabase,
  projectId: string,
  seq: number,
  annotator: string,
  statuses: readonly DocumentStatus[],
): Promise<{ previous: string | undefined; next: string | undefined }> {
  const tx = db.transaction(['documents', 'annotations']);
  const { keepListed, listed } = await statusMembership(tx, projectId, annotator, statuses);
  const order = tx.objectStore('documents').index('by-project-seq');
  const nearest = async (range: IDBKeyRange, direction: 'next' | 'prev') => {
    let cursor = await order.openKeyCursor(range, direction);
    while (cursor && listed.has(cursor.primaryKey) !== keepListed) cursor = await cursor.continue();
    return cursor?.primaryKey;
  };
  const [previous, next] = await Promise.all([
    nearest(IDBKeyRange.bound([projectId, -Infinity], [projectId, seq], false, true), 'prev'),
    nearest(projectRangeAfter(projectId, seq), 'next'),
  ]);
  return { previous, next };
}

/** The distinct annotators with at least one annotation set in the project, gold and suggestions included. */
export async function projectAnnotators(db: TawsimDatabase, projectId: string): Promise<string[]> {
  const range = namesUnder(projectId);
  const annotators: string[] = [];
  let cursor = await db.transaction('annotations').store.index('by-project-annotator').openKeyCursor(range, 'nextunique');
  while (cursor) {
    annotators.push((cursor.key as [string, string])[1]);
    cursor = await cursor.continue();
  }
  return annotators;
}
