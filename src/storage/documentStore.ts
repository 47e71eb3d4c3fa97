import { unwrap } from 'idb';
import type { DocumentKind, HashedDocument } from '../core/model/document.ts';
import type { DocumentStatus, EntitySpan, EventAnnotation, StanceAnnotation } from '../core/model/annotation.ts';
import type { TawsimDatabase } from './openTawsimDb.ts';
import type { AnnotationRecord, DocumentRecord, ProjectRecord, StoredAnnotationRecord, TextRecord } from './tawsimSchema.ts';
import { fromStoredAnnotations, toStoredAnnotation } from './storedAnnotation.ts';
import { asStorageError } from './storageErrors.ts';
import { defaultSchema } from '../core/schema/defaultSchema.ts';
import { hasLabels, labelsOf, NO_LABELS, withImportedLabels, type FoundLabels } from '../core/schema/importedLabels.ts';

/** Annotations that arrive with a document (from an annotated import), written in the same transaction. */
export interface IncomingAnnotations {
  annotator: string;
  status: DocumentStatus;
  entities: EntitySpan[];
  events: EventAnnotation[];
  stance: StanceAnnotation[];
}

export type IncomingDocument = HashedDocument & { annotations?: IncomingAnnotations };

export interface BatchWriteResult {
  added: DocumentRecord[];
  /** Documents whose text the project already holds (same content hash). */
  duplicates: HashedDocument[];
  /** With `addLabels`: the labels of the batch's annotations the schema lacked and now has, and those it cannot hold. */
  labelsAdded: FoundLabels;
  labelsRefused: string[];
}

const TITLE_LENGTH = 120;

export function documentKey(projectId: string, hashId: string): string {
  return `${projectId}:${hashId}`;
}

function listTitle(doc: HashedDocument): string {
  if (typeof doc.meta.title === 'string' && doc.meta.title) return doc.meta.title;
  const firstLine = doc.text.slice(0, 400).split('\n', 1)[0] ?? '';
  return firstLine.length > TITLE_LENGTH ? `${firstLine.slice(0, TITLE_LENGTH)}…` : firstLine;
}

export interface BatchWriteOptions {
  importedAt?: number;
  /**
   * The batch written before this one. This batch may be issued while that one is still
   * committing, but commits only if it did: when it fails, this one aborts with its error,
   * so an import never stores documents after a batch that was rolled back.
   */
  after?: Promise<unknown>;
  /**
   * Add the labels the batch's annotations use and the project's schema lacks, in the same
   * transaction: annotations never land without the schema naming their labels.
   */
  addLabels?: boolean;
}

/**
 * Writes a batch of documents in one transaction: all of it lands or none of it does.
 * A document whose text the project already has is skipped as a duplicate; the check
 * and the write share the transaction, so two tabs importing at once cannot both add it.
 * Raw IndexedDB requests are used here because this is the hot path of every import.
 */
export function writeDocumentBatch(
  db: TawsimDatabase,
  projectId: string,
  docs: readonly IncomingDocument[],
  { importedAt = Date.now(), after, addLabels = false }: BatchWriteOptions = {},
): Promise<BatchWriteResult> {
  const raw = unwrap(db);
  const withAnnotations = docs.some((doc) => doc.annotations);
  let previous: { failed: false } | { failed: true; error: unknown } | undefined = after ? undefined : { failed: false };
  after?.then(
    () => (previous = { failed: false }),
    (error: unknown) => (previous = { failed: true, error }),
  );
  return new Promise((resolve, reject) => {
    const stores = withAnnotations ? ['projects', 'documents', 'texts', 'annotations'] : ['projects', 'documents', 'texts'];
    const tx = raw.transaction(stores, 'readwrite');
    const projects = tx.objectStore('projects');
    const documents = tx.objectStore('documents');
    const texts = tx.objectStore('texts');
    const annotations = withAnnotations ? tx.objectStore('annotations') : null;
    // An annotator's imported work replaces what that annotator had on the document.
    const writeAnnotations = (docKey: string, incoming: IncomingAnnotations | undefined) => {
      if (!annotations || !incoming) return;
      const existing = annotations.get([docKey, incoming.annotator]);
      existing.onsuccess = () => {
        const previous = existing.result as StoredAnnotationRecord | undefined;
        const record: AnnotationRecord = { ...incoming, docId: docKey, projectId, updatedAt: importedAt, rev: (previous?.rev ?? 0) + 1 };
        annotations.put(toStoredAnnotation(record));
      };
    };
    const added: DocumentRecord[] = [];
    const duplicates: HashedDocument[] = [];
    const seen = new Set<string>();
    let abortError: unknown;
    let labels: { added: FoundLabels; refused: string[] } = { added: NO_LABELS, refused: [] };

    tx.oncomplete = () => resolve({ added, duplicates, labelsAdded: labels.added, labelsRefused: labels.refused });
    tx.onabort = () => reject(abortError ?? asStorageError(tx.error ?? new Error('Import transaction aborted')));

    /**
     * Runs `commit` (the batch's last request) once the batch before has committed. Both
     * transactions write the same stores, so this one starts only after that one finished;
     * its outcome may still be on its way here, and a cheap read keeps this one open meanwhile.
     */
    const afterPrevious = (commit: () => void) => {
      if (!previous) {
        projects.get(projectId).onsuccess = () => afterPrevious(commit);
      } else if (previous.failed) {
        abortError = previous.error;
        tx.abort();
      } else {
        commit();
      }
    };

    const projectRequest = projects.get(projectId);
    projectRequest.onsuccess = () => {
      const project = projectRequest.result as ProjectRecord | undefined;
      if (!project) {
        tx.abort();
        return;
      }
      let pending = docs.length;
      let seq = project.nextSeq;
      let schema = project.schema;
      if (addLabels && withAnnotations) {
        const found = labelsOf(docs.flatMap((doc) => (doc.annotations ? [doc.annotations] : [])));
        const grown = withImportedLabels(project.schema ?? defaultSchema(), found);
        if (hasLabels(grown.added)) schema = grown.schema;
        labels = grown;
      }
      const finish = () =>
        afterPrevious(() => projects.put({ ...project, ...(schema === project.schema ? {} : { schema }), nextSeq: seq, docCount: project.docCount + added.length }));
      if (pending === 0) finish();
      for (const doc of docs) {
        const id = documentKey(projectId, doc.id);
        if (seen.has(id)) {
          duplicates.push(doc);
          writeAnnotations(id, doc.annotations);
          if (--pending === 0) finish();
          continue;
        }
        seen.add(id);
        const record: DocumentRecord = {
          id,
          projectId,
          hashId: doc.id,
          hash: doc.hash,
          seq: seq++,
          kind: doc.meta.kind,
          title: listTitle(doc),
          length: doc.text.length,
          meta: doc.meta,
          importedAt,
        };
        const request = documents.add(record);
        // The text goes with the record, not after its add succeeds: no round trip per document.
        // A project that holds the document holds its text (same key), so add refuses it then.
        const text: TextRecord = { id, projectId, text: doc.text };
        const textRequest = texts.add(text);
        request.onsuccess = () => {
          added.push(record);
          writeAnnotations(id, doc.annotations);
          if (--pending === 0) finish();
        };
        // A duplicate's refusals are expected: count it and keep the transaction alive.
        // Any other error aborts the whole batch.
        request.onerror = (event) => {
          if (request.error?.name !== 'ConstraintError') return;
          event.preventDefault();
          event.stopPropagation();
          duplicates.push(doc);
          writeAnnotations(id, doc.annotations);
          if (--pending === 0) finish();
        };
        textRequest.onerror = (event) => {
          if (textRequest.error?.name !== 'ConstraintError') return;
          event.preventDefault();
          event.stopPropagation();
        };
      }
    };
  });
}

export async function countDocuments(db: TawsimDatabase, projectId: string): Promise<number> {
  return db.countFromIndex('documents', 'by-project-seq', projectRange(projectId));
}

export async function countDocumentsByKind(
  db: TawsimDatabase,
  projectId: string,
): Promise<Record<DocumentKind, number>> {
  const tx = db.transaction('documents');
  const index = tx.store.index('by-project-kind');
  const kinds: DocumentKind[] = ['article', 'headline', 'text'];
  const counts = await Promise.all(kinds.map((kind) => index.count(IDBKeyRange.only([projectId, kind]))));
  await tx.done;
  return { article: counts[0]!, headline: counts[1]!, text: counts[2]! };
}

export function projectRange(projectId: string): IDBKeyRange {
  return IDBKeyRange.bound([projectId, -Infinity], [projectId, Infinity]);
}

/** The project's documents after `seq` in import order, as keys of the by-project-seq index. */
export function projectRangeAfter(projectId: string, seq: number): IDBKeyRange {
  return IDBKeyRange.bound([projectId, seq], [projectId, Infinity], true);
}

/**
 * One page of the project's documents in import order, without their texts: a key
 * cursor finds the page's first seq, and one getAll reads the page (a value cursor's
 * round trip per record was most of the time).
 */
export async function listDocumentsPage(
  db: TawsimDatabase,
  projectId: string,
  offset: number,
  limit: number,
): Promise<DocumentRecord[]> {
  const tx = db.transaction('documents');
  const index = tx.store.index('by-project-seq');
  let cursor = await index.openKeyCursor(projectRange(projectId));
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  const page = cursor ? await index.getAll(IDBKeyRange.bound(cursor.key, [projectId, Infinity]), limit) : [];
  await tx.done;
  return page;
}

/**
 * Up to `limit` of the project's documents after `afterSeq` (−Infinity: from the first),
 * in import order: for a pass over a whole project, each page read from where the last
 * ended rather than by counting past the pages before it.
 */
export function listDocumentsAfter(db: TawsimDatabase, projectId: string, afterSeq: number, limit: number): Promise<DocumentRecord[]> {
  return db.getAllFromIndex('documents', 'by-project-seq', projectRangeAfter(projectId, afterSeq), limit);
}

export function getDocument(db: TawsimDatabase, id: string): Promise<DocumentRecord | undefined> {
  return db.get('documents', id);
}

export async function getDocuments(db: TawsimDatabase, ids: readonly string[]): Promise<DocumentRecord[]> {
  const tx = db.transaction('documents');
  const records = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return records.filter((r): r is DocumentRecord => r !== undefined);
}

export async function getText(db: TawsimDatabase, id: string): Promise<string | undefined> {
  return (await db.get('texts', id))?.text;
}

/**
 * Visits the project's texts in chunks, so a search over a large project never holds
 * more than two chunks at once: the next is read while `visit` runs on the last.
 * Document keys start with the project id, so a key range walks one project's texts.
 * Returning false from `visit` (or throwing) stops early.
 */
export async function forEachTextChunk(
  db: TawsimDatabase,
  projectId: string,
  chunkSize: number,
  visit: (chunk: TextRecord[]) => boolean | void,
): Promise<void> {
  const end = `${projectId}:\uffff`;
  let reading = db.getAll('texts', IDBKeyRange.bound(`${projectId}:`, end), chunkSize);
  for (;;) {
    const chunk = await reading;
    if (chunk.length === 0) return;
    const more = chunk.length === chunkSize;
    if (more) {
      reading = db.getAll('texts', IDBKeyRange.bound(chunk[chunk.length - 1]!.id, end, true), chunkSize);
      // A read left behind by a visit that stops must not surface as an unhandled rejection.
      reading.catch(() => {});
    }
    if (visit(chunk) === false || !more) return;
  }
}

/** The document before or after `seq` in the project's import order, if any. */
export async function neighbourDocument(
  db: TawsimDatabase,
  projectId: string,
  seq: number,
  direction: 'next' | 'previous',
): Promise<DocumentRecord | undefined> {
  const range =
    direction === 'next'
      ? projectRangeAfter(projectId, seq)
      : IDBKeyRange.bound([projectId, -Infinity], [projectId, seq], false, true);
  const cursor = await db
    .transaction('documents')
    .store.index('by-project-seq')
    .openCursor(range, direction === 'next' ? 'next' : 'prev');
  return cursor?.value;
}

/**
 * Texts and annotation sets of a page of documents, read in one transaction with
 * every request in flight at once (one await per document was most of an export).
 */
export async function readDocumentContents(
  db: TawsimDatabase,
  ids: readonly string[],
): Promise<{ text: string | undefined; sets: AnnotationRecord[] }[]> {
  const tx = db.transaction(['texts', 'annotations']);
  const texts = tx.objectStore('texts');
  const byDoc = tx.objectStore('annotations').index('by-doc');
  const results = await Promise.all(ids.map(async (id) => ({ text: (await texts.get(id))?.text, sets: fromStoredAnnotations(await byDoc.getAll(id)) })));
  await tx.done;
  return results;
}
