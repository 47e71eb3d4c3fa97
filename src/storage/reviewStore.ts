import { isAnnotated } from '../core/agreement/agreementInput.ts';
import type { AgreementDocument, AgreementLayers } from '../core/agreement/agreementInput.ts';
import { projectRangeAfter } from './documentStore.ts';
import { namesUnder } from './keyRanges.ts';
import type { TawsimDatabase } from './openTawsimDb.ts';
import { fromStoredAnnotation } from './storedAnnotation.ts';

export interface ProjectAnnotator {
  name: string;
  /** Documents the annotator has a set for (gold and suggestions included under their reserved names). */
  documents: number;
}

/** Everyone with annotations in the project, by name; only index keys are read, not the sets. */
export async function listProjectAnnotators(db: TawsimDatabase, projectId: string): Promise<ProjectAnnotator[]> {
  const index = db.transaction('annotations').store.index('by-project-annotator');
  const names: string[] = [];
  let cursor = await index.openKeyCursor(namesUnder(projectId), 'nextunique');
  while (cursor) {
    names.push(cursor.key[1]);
    cursor = await cursor.continue();
  }
  const counts = await Promise.all(names.map((name) => index.count(IDBKeyRange.only([projectId, name]))));
  return names.map((name, i) => ({ name, documents: counts[i] as number }));
}

/** A document as agreement reads it, with its title for the list. */
export interface AgreementPageDocument extends AgreementDocument {
  /** The id exports give the document (its content hash), where docId is the app's, with the project. */
  hashId: string;
  title: string;
  seq: number;
}

export interface AgreementPage {
  documents: AgreementPageDocument[];
  /** Pass as `afterSeq` for the next page; null when this was the last. */
  nextAfterSeq: number | null;
}

/**
 * One page of the project's documents in import order with the chosen annotators'
 * sets. The text is read only where two or more of them annotated the document:
 * the others are in no figure, so a large project never holds every text.
 */
export async function readAgreementPage(
  db: TawsimDatabase,
  projectId: string,
  annotators: readonly string[],
  afterSeq: number,
  limit: number,
): Promise<AgreementPage> {
  const tx = db.transaction(['documents', 'texts', 'annotations']);
  const range = projectRangeAfter(projectId, afterSeq);
  const records = await tx.objectStore('documents').index('by-project-seq').getAll(range, limit);
  const annotations = tx.objectStore('annotations');
  // Every set of a document in one request, rather than one per chosen annotator:
  // requests, not bytes, were most of reading a large project.
  const sets = await Promise.all(
    records.map(async (record) => {
      const stored = await annotations.getAll(namesUnder(record.id));
      return annotators.map((name) => {
        const set = stored.find((candidate) => candidate.annotator === name);
        return set && fromStoredAnnotation(set);
      });
    }),
  );
  const documents: AgreementPageDocument[] = [];
  const texts = await Promise.all(
    records.map((record, i) => ((sets[i] ?? []).filter((set) => isAnnotated(set)).length >= 2 ? tx.objectStore('texts').get(record.id) : undefined)),
  );
  records.forEach((record, i) => {
    const map = new Map<string, AgreementLayers>();
    (sets[i] ?? []).forEach((set, k) => {
      if (set) map.set(annotators[k] as string, { status: set.status, entities: set.entities, events: set.events, stance: set.stance });
    });
    documents.push({ docId: record.id, hashId: record.hashId, title: record.title, seq: record.seq, text: texts[i]?.text ?? '', annotations: map });
  });
  await tx.done;
  const last = records[records.length - 1];
  return { documents, nextAfterSeq: records.length === limit && last ? last.seq : null };
}
