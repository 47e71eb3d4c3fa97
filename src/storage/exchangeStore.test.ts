import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { HashedDocument } from '../core/model/document.ts';
import type { EntitySpan } from '../core/model/annotation.ts';
import { decodeExchangeFile, encodeExchangeFile } from '../core/exchange/exchangeFile.ts';
import { parseProjectBundle } from '../core/exchange/projectBundle.ts';
import { parseWorkPackage } from '../core/exchange/workPackage.ts';
import { changeAnnotationRecord, getAnnotationRecord } from './annotationWrites.ts';
import { writeDocumentBatch, listDocumentsPage, getText } from './documentStore.ts';
import { createProject, getProject } from './projectStore.ts';
import { editProjectSchema } from './schemaStore.ts';
import { exportProjectBundle, exportWorkPackage, importProjectBundle, importWorkPackage } from './exchangeStore.ts';
import { openTestDb, refuseAddsForQuota } from './testDb.ts';
import { StorageFullError } from './storageErrors.ts';
import type { TawsimDatabase } from './openTawsimDb.ts';

function doc(text: string): HashedDocument {
  const hash = createHash('sha256').update(text).digest('hex');
  return { id: hash.slice(0, 16), hash, text, meta: { kind: 'text' } };
}

const TEXTS = ['الأمن يوقف عصابة في الدار البيضاء', 'وفد برلماني فرنسي يزور العيون'];

async function setSpans(db: TawsimDatabase, projectId: string, docId: string, annotator: string, entities: EntitySpan[]) {
  await changeAnnotationRecord(db, { projectId, docId, annotator }, (current) => ({ record: { ...current, status: 'in_progress', entities }, result: null }));
}

/** Two projects with the same texts (in another order), as two browsers would have them. */
async function twoBrowsers() {
  const db = await openTestDb();
  await createProject(db, 'annotator', 'A');
  await createProject(db, 'reviewer', 'R');
  const a = (await writeDocumentBatch(db, 'annotator', TEXTS.map(doc))).added;
  const r = (await writeDocumentBatch(db, 'reviewer', [...TEXTS].reverse().map(doc))).added;
  return { db, a, r };
}

/** What a package looks like after a trip through a file. */
function viaFile<T>(value: T, parse: (value: unknown) => { ok: true } | { ok: false }): T {
  const decoded = decodeExchangeFile(encodeExchangeFile(value));
  if (!decoded.ok || !parse(decoded.value).ok) throw new Error('did not round-trip');
  return decoded.value as T;
}

describe('work packages in storage', () => {
  it('move one annotator’s work to another project, matched by content hash', async () => {
    const { db, a, r } = await twoBrowsers();
    await setSpans(db, 'annotator', a[0]!.id, 'Amal', [{ id: 'e1', start: 23, end: 33, label: 'GPE' }]);
    await setSpans(db, 'annotator', a[1]!.id, 'Omar', [{ id: 'e1', start: 0, end: 3, label: 'ORG' }]);
    await setSpans(db, 'reviewer', r[0]!.id, 'Amal', [{ id: 'e1', start: 0, end: 3, label: 'ORG' }]);
    await setSpans(db, 'reviewer', r[1]!.id, 'Omar', [{ id: 'e9', start: 0, end: 5, label: 'LOC' }]);

    const pkg = await exportWorkPackage(db, 'annotator', 'Amal', new Date('2025-01-01T00:00:00Z'));
    expect(pkg.documents.map((d) => ({ hash: d.hash, spans: d.entities.length }))).toEqual([{ hash: a[0]!.hash, spans: 1 }]);
    const result = await importWorkPackage(db, 'reviewer', viaFile(pkg, parseWorkPackage));
    // r[1] is the same text as a[0].
    expect(result).toEqual({ ok: true, annotator: 'Amal', written: 1, unchanged: 0, keptNewer: 0, docIds: [r[1]!.id] });
    expect((await getAnnotationRecord(db, r[1]!.id, 'Amal'))?.entities).toEqual([{ id: 'e1', start: 23, end: 33, label: 'GPE' }]);
    // Nobody else's work changed, nor Amal's on other documents.
    expect((await getAnnotationRecord(db, r[1]!.id, 'Omar'))?.entities[0]?.label).toBe('LOC');
    expect((await getAnnotationRecord(db, r[0]!.id, 'Amal'))?.entities[0]?.label).toBe('ORG');

    // Importing the same package again changes nothing; a newer one replaces, an older one does not.
    expect(await importWorkPackage(db, 'reviewer', pkg)).toMatchObject({ ok: true, written: 0, unchanged: 1 });
    const newer = structuredClone(pkg);
    newer.documents[0]!.updatedAt += 1000;
    newer.documents[0]!.entities[0]!.label = 'LOC';
    expect(await importWorkPackage(db, 'reviewer', newer)).toMatchObject({ ok: true, written: 1 });
    expect(await importWorkPackage(db, 'reviewer', pkg)).toMatchObject({ ok: true, written: 0, keptNewer: 1 });
    expect((await getAnnotationRecord(db, r[1]!.id, 'Amal'))?.entities[0]?.label).toBe('LOC');
  });

  it('refuse a package with a document the project lacks, writing nothing', async () => {
    const { db, a, r } = await twoBrowsers();
    await writeDocumentBatch(db, 'annotator', [doc('نص لا يعرفه المراجع')]);
    const [, , extra] = await listDocumentsPage(db, 'annotator', 0, 10);
    await setSpans(db, 'annotator', a[0]!.id, 'Amal', [{ id: 'e1', start: 0, end: 5, label: 'GPE' }]);
    await setSpans(db, 'annotator', extra!.id, 'Amal', [{ id: 'e1', start: 0, end: 2, label: 'GPE' }]);
    const result = await importWorkPackage(db, 'reviewer', await exportWorkPackage(db, 'annotator', 'Amal'));
    expect(result).toEqual({ ok: false, problems: [{ code: 'missing-documents', count: 1, total: 2, examples: ['نص لا يعرفه المراجع'] }] });
    expect(await getAnnotationRecord(db, r[1]!.id, 'Amal')).toBeUndefined();
  });

  it('refuse a package whose schema differs, and one whose offsets run past a text', async () => {
    const { db, a } = await twoBrowsers();
    await setSpans(db, 'annotator', a[0]!.id, 'Amal', [{ id: 'e1', start: 0, end: 5, label: 'GPE' }]);
    const pkg = await exportWorkPackage(db, 'annotator', 'Amal');
    await editProjectSchema(db, 'reviewer', (schema) => ({ ...schema, stanceLabels: schema.stanceLabels.slice(1) }));
    const refused = await importWorkPackage(db, 'reviewer', pkg);
    expect(refused).toEqual({ ok: false, problems: [{ code: 'schema-differs', differences: [{ section: 'stanceLabels', tag: 'favor', in: 'file' }] }] });

    const long = structuredClone(pkg);
    long.documents[0]!.entities[0]!.end = 1000;
    const result = await importWorkPackage(db, 'annotator', long);
    expect(!result.ok && result.problems).toEqual([
      {
        code: 'invalid',
        path: 'documents[0].entities[0]',
        detail: { code: 'ends-after-text', values: { end: '1000', length: String(TEXTS[0]!.length) } },
        reason: `ends at 1000, after the end of the text (${TEXTS[0]!.length})`,
      },
    ]);
  });
});

describe('project bundles in storage', () => {
  it('export a project and import it as a new one with the same documents and work', async () => {
    const { db, a } = await twoBrowsers();
    await setSpans(db, 'annotator', a[0]!.id, 'Amal', [{ id: 'e1', start: 0, end: 5, label: 'GPE' }]);
    await setSpans(db, 'annotator', a[0]!.id, 'gold', [{ id: 'e1', start: 0, end: 5, label: 'LOC' }]);
    const bundle = viaFile(await exportProjectBundle(db, 'annotator'), parseProjectBundle);
    expect(bundle.documents.map((d) => d.text)).toEqual(TEXTS);
    const parsed = parseProjectBundle(bundle);
    if (!parsed.ok) throw new Error('bundle did not parse');
    const result = await importProjectBundle(db, parsed.bundle);
    if (!result.ok) throw new Error('bundle did not import');
    expect(result).toMatchObject({ documents: 2, sets: 2 });
    const project = await getProject(db, result.projectId);
    expect(project).toMatchObject({ name: 'A', docCount: 2, nextSeq: 2 });
    const docs = await listDocumentsPage(db, result.projectId, 0, 10);
    expect(docs.map((d) => d.hash)).toEqual(a.map((d) => d.hash));
    expect(await getText(db, docs[0]!.id)).toBe(TEXTS[0]);
    expect((await getAnnotationRecord(db, docs[0]!.id, 'gold'))?.entities).toEqual([{ id: 'e1', start: 0, end: 5, label: 'LOC' }]);
    // The new project takes the annotator's package: same texts, same schema.
    expect(await importWorkPackage(db, result.projectId, await exportWorkPackage(db, 'annotator', 'Amal'))).toMatchObject({ ok: true, unchanged: 1 });
  });

  it('write nothing of a bundle when the disk fills part-way, and say the disk is full', async () => {
    const { db } = await twoBrowsers();
    const bundle = await exportProjectBundle(db, 'annotator');
    const projectsBefore = (await db.getAll('projects')).length;
    const restore = refuseAddsForQuota('texts', (value) => (value as { text: string }).text === TEXTS[1]);
    try {
      await expect(importProjectBundle(db, bundle)).rejects.toBeInstanceOf(StorageFullError);
    } finally {
      restore();
    }
    expect((await db.getAll('projects')).length).toBe(projectsBefore);
    expect((await db.getAll('texts')).length).toBe(4);
  });

  it('refuse a bundle whose text is not the one its hash names', async () => {
    const { db } = await twoBrowsers();
    const bundle = await exportProjectBundle(db, 'annotator');
    bundle.documents[0]!.text += '!';
    expect(await importProjectBundle(db, bundle)).toEqual({ ok: false, problems: [{ code: 'hash-mismatch', document: bundle.documents[0]!.id }] });
  });
});
