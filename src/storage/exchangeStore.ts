import { isAnnotated } from '../core/agreement/agreementInput.ts';
import { schemaDifferences } from '../core/exchange/schemaDifferences.ts';
import { ProblemList } from '../core/exchange/exchangeProblem.ts';
import type { ExchangeProblem, ExchangeReason } from '../core/exchange/exchangeProblem.ts';
import { checkBundleHashes, createProjectBundle } from '../core/exchange/projectBundle.ts';
import type { BundleAnnotation, ProjectBundle } from '../core/exchange/projectBundle.ts';
import { createWorkPackage } from '../core/exchange/workPackage.ts';
import type { WorkPackage, WorkPackageDocument } from '../core/exchange/workPackage.ts';
import type { ExchangedWork } from '../core/exchange/readWork.ts';
import { defaultSchema } from '../core/schema/defaultSchema.ts';
import { documentIdFromHash } from '../core/text/contentHash.ts';
import { documentKey, projectRange } from './documentStore.ts';
import { namesUnder } from './keyRanges.ts';
import type { TawsimDatabase } from './openTawsimDb.ts';
import { newProjectId } from './projectStore.ts';
import { committed } from './committedTransaction.ts';
import { fromStoredAnnotation, fromStoredAnnotations, toStoredAnnotation } from './storedAnnotation.ts';
import type { AnnotationRecord, DocumentRecord, ProjectRecord } from './tawsimSchema.ts';

function exchangedWork(record: AnnotationRecord): ExchangedWork {
  const work: ExchangedWork = {
    status: record.status,
    updatedAt: record.updatedAt,
    entities: record.entities,
    events: record.events,
    stance: record.stance,
  };
  if (record.decisions && Object.keys(record.decisions).length > 0) work.decisions = record.decisions;
  return work;
}

/** One annotator's work on the project (sets they never touched left out), with the schema and each document's hash. */
export async function exportWorkPackage(db: TawsimDatabase, projectId: string, annotator: string, now = new Date()): Promise<WorkPackage> {
  const tx = db.transaction(['projects', 'documents', 'annotations']);
  const project = await tx.objectStore('projects').get(projectId);
  if (!project) throw new Error(`No project ${projectId}`);
  const sets = fromStoredAnnotations(await tx.objectStore('annotations').index('by-project-annotator').getAll(IDBKeyRange.only([projectId, annotator]))).filter(isAnnotated);
  const records = await Promise.all(sets.map((set) => tx.objectStore('documents').get(set.docId)));
  await tx.done;
  const documents: (WorkPackageDocument & { seq: number })[] = [];
  sets.forEach((set, i) => {
    const record = records[i];
    if (record) documents.push({ id: record.hashId, hash: record.hash, title: record.title, seq: record.seq, ...exchangedWork(set) });
  });
  documents.sort((a, b) => a.seq - b.seq);
  return createWorkPackage(
    {
      annotator,
      project: { id: project.id, name: project.name },
      schema: project.schema ?? defaultSchema(),
      documents: documents.map(({ seq: _seq, ...doc }) => doc),
    },
    now,
  );
}

export type PackageImportResult =
  | {
      ok: true;
      annotator: string;
      /** Sets written (new or replaced). */
      written: number;
      /** Sets the project already had exactly so. */
      unchanged: number;
      /** Sets the project has a newer version of: kept. */
      keptNewer: number;
      docIds: string[];
    }
  | { ok: false; problems: ExchangeProblem[] };

const MISSING_EXAMPLES = 5;

function sameWork(record: AnnotationRecord, work: ExchangedWork): boolean {
  return JSON.stringify(exchangedWork(record)) === JSON.stringify(work);
}

/**
 * Imports a work package into a project, all or nothing in one transaction:
 * every document must be in the project (by content hash) and the schema must
 * agree (schemaDifferences), or nothing is written and the problems say why.
 * Only the package's annotator's sets change; where the project holds a newer
 * version of a set (updatedAt), that version is kept.
 */
export async function importWorkPackage(db: TawsimDatabase, projectId: string, pkg: WorkPackage): Promise<PackageImportResult> {
  const tx = db.transaction(['projects', 'documents', 'annotations'], 'readwrite');
  return committed(tx, async () => {
    const project = await tx.objectStore('projects').get(projectId);
    if (!project) throw new Error(`No project ${projectId}`);
    const problems: ExchangeProblem[] = [];
    const differences = schemaDifferences(pkg.schema, project.schema ?? defaultSchema());
    if (differences.length > 0) problems.push({ code: 'schema-differs', differences });

    const records = await Promise.all(pkg.documents.map((doc) => tx.objectStore('documents').get(documentKey(projectId, documentIdFromHash(doc.hash)))));
    const missing = pkg.documents.filter((doc, i) => records[i]?.hash !== doc.hash);
    if (missing.length > 0) {
      problems.push({
        code: 'missing-documents',
        count: missing.length,
        total: pkg.documents.length,
        examples: missing.slice(0, MISSING_EXAMPLES).map((doc) => doc.title || doc.id),
      });
    }
    const offsets = new ProblemList();
    pkg.documents.forEach((doc, i) => {
      const length = records[i]?.length;
      if (length === undefined) return;
      const endsAfterText = (end: number): ExchangeReason => ({ code: 'ends-after-text', values: { end: String(end), length: String(length) } });
      for (const [j, span] of doc.entities.entries()) if (span.end > length) offsets.add(`documents[${i}].entities[${j}]`, endsAfterText(span.end));
      for (const [j, event] of doc.events.entries()) if (event.trigger && event.trigger.end > length) offsets.add(`documents[${i}].events[${j}].trigger`, endsAfterText(event.trigger.end));
    });
    problems.push(...offsets.result());
    if (problems.length > 0) {
      await tx.done;
      return { ok: false, problems };
    }

    const store = tx.objectStore('annotations');
    const current = await Promise.all(
      records.map(async (record) => {
        const stored = await store.get([(record as DocumentRecord).id, pkg.annotator]);
        return stored && fromStoredAnnotation(stored);
      }),
    );
    let written = 0;
    let unchanged = 0;
    let keptNewer = 0;
    const docIds: string[] = [];
    const writes: Promise<unknown>[] = [];
    pkg.documents.forEach((doc, i) => {
      const record = records[i] as DocumentRecord;
      const existing = current[i];
      const { id: _id, hash: _hash, title: _title, ...work } = doc;
      if (existing && existing.updatedAt > doc.updatedAt) keptNewer++;
      else if (existing && sameWork(existing, work)) unchanged++;
      else {
        // The edit history of an older version would not fit the new spans: it stays behind.
        const next: AnnotationRecord = { docId: record.id, annotator: pkg.annotator, projectId, ...work, rev: (existing?.rev ?? 0) + 1 };
        writes.push(store.put(toStoredAnnotation(next)));
        written++;
        docIds.push(record.id);
      }
    });
    await Promise.all(writes);
    return { ok: true, annotator: pkg.annotator, written, unchanged, keptNewer, docIds };
  });
}

/** The whole project: schema, documents with texts in import order, every annotation set (edit histories left out). */
export async function exportProjectBundle(db: TawsimDatabase, projectId: string, now = new Date()): Promise<ProjectBundle> {
  const tx = db.transaction(['projects', 'documents', 'texts', 'annotations']);
  const project = await tx.objectStore('projects').get(projectId);
  if (!project) throw new Error(`No project ${projectId}`);
  const [records, texts, storedSets] = await Promise.all([
    tx.objectStore('documents').index('by-project-seq').getAll(projectRange(projectId)),
    tx.objectStore('texts').index('by-project').getAll(projectId),
    tx.objectStore('annotations').index('by-project-annotator').getAll(namesUnder(projectId)),
  ]);
  await tx.done;
  const sets = fromStoredAnnotations(storedSets);
  const textOf = new Map(texts.map((t) => [t.id, t.text]));
  const hashIdOf = new Map(records.map((r) => [r.id, r.hashId]));
  const annotations: BundleAnnotation[] = [];
  for (const set of sets) {
    const document = hashIdOf.get(set.docId);
    if (document !== undefined) annotations.push({ document, annotator: set.annotator, ...exchangedWork(set) });
  }
  return createProjectBundle(
    {
      project: { id: project.id, name: project.name },
      schema: project.schema ?? defaultSchema(),
      documents: records.map((r) => ({ id: r.hashId, hash: r.hash, title: r.title, text: textOf.get(r.id) ?? '', meta: r.meta })),
      annotations,
    },
    now,
  );
}

export type BundleImportResult = { ok: true; projectId: string; documents: number; sets: number } | { ok: false; problems: ExchangeProblem[] };

const TITLE_LENGTH = 120;

function titleOf(doc: ProjectBundle['documents'][number]): string {
  if (doc.title) return doc.title;
  const firstLine = doc.text.slice(0, 400).split('\n', 1)[0] ?? '';
  return firstLine.length > TITLE_LENGTH ? `${firstLine.slice(0, TITLE_LENGTH)}…` : firstLine;
}

/**
 * Creates a new project from a bundle, all or nothing in one transaction. The
 * texts' hashes are checked first, outside the transaction (hashing is async work
 * a transaction must not wait on).
 */
export async function importProjectBundle(db: TawsimDatabase, bundle: ProjectBundle, now = Date.now()): Promise<BundleImportResult> {
  const problems = await checkBundleHashes(bundle);
  if (problems.length > 0) return { ok: false, problems };
  const projectId = newProjectId();
  const tx = db.transaction(['projects', 'documents', 'texts', 'annotations'], 'readwrite');
  return committed(tx, async () => {
    const project: ProjectRecord = {
      id: projectId,
      name: bundle.project.name,
      createdAt: now,
      nextSeq: bundle.documents.length,
      docCount: bundle.documents.length,
      schema: bundle.schema,
    };
    const writes: Promise<unknown>[] = [tx.objectStore('projects').add(project)];
    bundle.documents.forEach((doc, seq) => {
      const id = documentKey(projectId, doc.id);
      const record: DocumentRecord = { id, projectId, hashId: doc.id, hash: doc.hash, seq, kind: doc.meta.kind, title: titleOf(doc), length: doc.text.length, meta: doc.meta, importedAt: now };
      writes.push(tx.objectStore('documents').add(record), tx.objectStore('texts').add({ id, projectId, text: doc.text }));
    });
    for (const { document, annotator, ...work } of bundle.annotations) {
      writes.push(tx.objectStore('annotations').add(toStoredAnnotation({ docId: documentKey(projectId, document), annotator, projectId, ...work, rev: 1 })));
    }
    await Promise.all(writes);
    return { ok: true, projectId, documents: bundle.documents.length, sets: bundle.annotations.length };
  });
}
