import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { HashedDocument } from '../core/model/document.ts';
import { openTestDb, refuseAddsForQuota } from './testDb.ts';
import { getAnnotationRecord } from './annotationWrites.ts';
import { createProject, deleteProject, getProject } from './projectStore.ts';
import {
  countDocuments,
  countDocumentsByKind,
  forEachTextChunk,
  getText,
  listDocumentsAfter,
  listDocumentsPage,
  neighbourDocument,
  writeDocumentBatch,
} from './documentStore.ts';
import { StorageFullError } from './storageErrors.ts';

function doc(text: string, title?: string): HashedDocument {
  const hash = createHash('sha256').update(text).digest('hex');
  return { id: hash.slice(0, 16), hash, text, meta: { kind: 'text', ...(title ? { title } : {}) } };
}

describe('writeDocumentBatch', () => {
  let restore = () => {};
  afterEach(() => {
    restore();
    restore = () => {};
  });

  it('adds documents in order and keeps their texts apart from the list records', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    const result = await writeDocumentBatch(db, 'p1', [doc('الرباط عاصمة'), doc('نص ثان', 'عنوان')]);
    expect(result.added.map((r) => r.seq)).toEqual([0, 1]);
    expect(result.duplicates).toEqual([]);
    const page = await listDocumentsPage(db, 'p1', 0, 10);
    expect(page.map((r) => r.title)).toEqual(['الرباط عاصمة', 'عنوان']);
    expect(page[0]).not.toHaveProperty('text');
    expect(await getText(db, page[1]!.id)).toBe('نص ثان');
    expect((await getProject(db, 'p1'))?.docCount).toBe(2);
    expect(await countDocumentsByKind(db, 'p1')).toEqual({ article: 0, headline: 0, text: 2 });
  });

  it('skips texts the project already holds, within a batch and across batches', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    await writeDocumentBatch(db, 'p1', [doc('أ'), doc('ب'), doc('أ')]);
    const second = await writeDocumentBatch(db, 'p1', [doc('ب'), doc('ج')]);
    expect(second.added.map((r) => r.hashId)).toEqual([doc('ج').id]);
    expect(second.duplicates.map((d) => d.text)).toEqual(['ب']);
    expect(await countDocuments(db, 'p1')).toBe(3);
    expect((await getProject(db, 'p1'))?.docCount).toBe(3);
  });

  it('keeps the same text in two projects apart', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    await createProject(db, 'p2', 'Two');
    await writeDocumentBatch(db, 'p1', [doc('نص')]);
    const result = await writeDocumentBatch(db, 'p2', [doc('نص')]);
    expect(result.added).toHaveLength(1);
    expect(await countDocuments(db, 'p2')).toBe(1);
  });

  it('a batch queued behind another commits after it and finds its documents duplicates', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    const first = writeDocumentBatch(db, 'p1', [doc('أ'), doc('ب'), doc('أ')]);
    const second = writeDocumentBatch(db, 'p1', [doc('ب'), doc('ج'), doc('ج')], { after: first });
    const [a, b] = await Promise.all([first, second]);
    expect(a.added.map((r) => r.title)).toEqual(['أ', 'ب']);
    expect(a.duplicates.map((d) => d.text)).toEqual(['أ']);
    expect(b.added.map((r) => r.title)).toEqual(['ج']);
    expect(b.duplicates.map((d) => d.text).sort()).toEqual(['ب', 'ج']);
    expect((await listDocumentsPage(db, 'p1', 0, 10)).map((r) => r.title)).toEqual(['أ', 'ب', 'ج']);
    expect(await db.count('texts')).toBe(3);
    expect((await getProject(db, 'p1'))?.docCount).toBe(3);
  });

  it('a batch queued behind one that fails for quota writes nothing and fails with that error', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    restore = refuseAddsForQuota('texts', (value) => (value as { text: string }).text === 'ب');
    const first = writeDocumentBatch(db, 'p1', [doc('أ'), doc('ب')]);
    const second = writeDocumentBatch(db, 'p1', [doc('ج')], { after: first });
    const third = writeDocumentBatch(db, 'p1', [doc('د')], { after: second });
    await expect(first).rejects.toThrow(StorageFullError);
    await expect(second).rejects.toBe(await first.catch((error: unknown) => error));
    await expect(third).rejects.toThrow(StorageFullError);
    expect(await db.count('documents')).toBe(0);
    expect(await db.count('texts')).toBe(0);
    expect(await getProject(db, 'p1')).toMatchObject({ docCount: 0, nextSeq: 0 });
  });

  it('writes nothing when the project does not exist', async () => {
    const db = await openTestDb();
    await expect(writeDocumentBatch(db, 'missing', [doc('نص')])).rejects.toThrow();
    expect(await db.count('documents')).toBe(0);
    expect(await db.count('texts')).toBe(0);
  });
});

describe('annotated imports', () => {
  it('writes annotations with their documents, and a re-import replaces that annotator’s work only', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    const base = doc('الأمن يوقف عصابة في الدار البيضاء');
    const annotations = (annotator: string, label: string) => ({
      annotator, status: 'done' as const, entities: [{ id: 'e1', start: 20, end: 33, label }], events: [], stance: [],
    });
    await writeDocumentBatch(db, 'p1', [{ ...base, annotations: annotations('amal', 'GPE') }, { ...base, annotations: annotations('omar', 'LOC') }]);
    const key = `p1:${base.id}`;
    expect((await getAnnotationRecord(db, key, 'amal'))?.entities[0]?.label).toBe('GPE');
    expect((await getAnnotationRecord(db, key, 'omar'))?.entities[0]?.label).toBe('LOC');
    const again = await writeDocumentBatch(db, 'p1', [{ ...base, annotations: annotations('amal', 'FAC') }]);
    expect(again.duplicates).toHaveLength(1);
    const amal = await getAnnotationRecord(db, key, 'amal');
    expect(amal?.entities[0]?.label).toBe('FAC');
    expect(amal?.rev).toBe(2);
    expect((await getAnnotationRecord(db, key, 'omar'))?.entities[0]?.label).toBe('LOC');
  });
});

describe('paging and scanning', () => {
  it('pages through documents in import order and scans texts in chunks', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    await createProject(db, 'p10', 'Prefix neighbour');
    const docs = Array.from({ length: 25 }, (_, i) => doc(`وثيقة رقم ${i}`));
    await writeDocumentBatch(db, 'p1', docs);
    await writeDocumentBatch(db, 'p10', [doc('ليست من المشروع')]);
    const page = await listDocumentsPage(db, 'p1', 20, 10);
    expect(page.map((r) => r.seq)).toEqual([20, 21, 22, 23, 24]);
    expect((await listDocumentsPage(db, 'p1', 0, 3)).map((r) => r.seq)).toEqual([0, 1, 2]);
    expect(await listDocumentsPage(db, 'p1', 25, 10)).toEqual([]);
    expect((await listDocumentsPage(db, 'p10', 0, 10)).map((r) => r.projectId)).toEqual(['p10']);

    // A whole pass page after page, each from where the last ended, never into the neighbour project.
    const passed: number[] = [];
    for (let after = -Infinity; ; ) {
      const next = await listDocumentsAfter(db, 'p1', after, 10);
      if (next.length === 0) break;
      passed.push(...next.map((r) => r.seq));
      after = next[next.length - 1]!.seq;
    }
    expect(passed).toEqual(Array.from({ length: 25 }, (_, i) => i));

    const seen: string[] = [];
    let chunks = 0;
    await forEachTextChunk(db, 'p1', 7, (chunk) => {
      chunks += 1;
      seen.push(...chunk.map((t) => t.text));
    });
    expect(chunks).toBe(4);
    expect(seen.sort()).toEqual(docs.map((d) => d.text).sort());

    // A visit that stops sees no more chunks; a project that fills its chunk exactly is one visit.
    const visited: number[] = [];
    await forEachTextChunk(db, 'p1', 7, (chunk) => {
      visited.push(chunk.length);
      return false;
    });
    await forEachTextChunk(db, 'p1', 25, (chunk) => void visited.push(chunk.length));
    expect(visited).toEqual([7, 25]);
  });

  it('finds the next and previous document in import order', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    await writeDocumentBatch(db, 'p1', [doc('أ'), doc('ب'), doc('ج')]);
    expect((await neighbourDocument(db, 'p1', 1, 'next'))?.seq).toBe(2);
    expect((await neighbourDocument(db, 'p1', 1, 'previous'))?.seq).toBe(0);
    expect(await neighbourDocument(db, 'p1', 2, 'next')).toBeUndefined();
    expect(await neighbourDocument(db, 'p1', 0, 'previous')).toBeUndefined();
  });

  it('deletes a project with all its documents and texts', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    await writeDocumentBatch(db, 'p1', [doc('أ'), doc('ب')]);
    await deleteProject(db, 'p1');
    expect(await db.count('documents')).toBe(0);
    expect(await db.count('texts')).toBe(0);
    expect(await getProject(db, 'p1')).toBeUndefined();
  });
});
