import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GOLD_ANNOTATOR, SUGGESTION_ANNOTATOR, type DocumentStatus } from '../core/model/annotation.ts';
import type { HashedDocument } from '../core/model/document.ts';
import { openTestDb } from './testDb.ts';
import { changeAnnotationRecord } from './annotationWrites.ts';
import { createProject } from './projectStore.ts';
import { listDocumentsPage, writeDocumentBatch } from './documentStore.ts';
import { documentIdsWithStatus, listStatus, neighboursWithStatus, projectAnnotators } from './annotationStore.ts';

function doc(text: string): HashedDocument {
  const hash = createHash('sha256').update(text).digest('hex');
  return { id: hash.slice(0, 16), hash, text, meta: { kind: 'headline' } };
}

describe('annotation queries', () => {
  it('lists each project’s annotators once', async () => {
    const db = await openTestDb();
    for (const [projectId, docId, annotator] of [['p1', 'p1:a', 'omar'], ['p1', 'p1:b', 'omar'], ['p1', 'p1:a', 'amal'], ['p2', 'p2:a', 'sara']]) {
      await changeAnnotationRecord(db, { projectId: projectId!, docId: docId!, annotator: annotator! }, (c) => ({ record: { ...c, status: 'done' }, result: null }));
    }
    expect(await projectAnnotators(db, 'p1')).toEqual(['amal', 'omar']);
    expect(await projectAnnotators(db, 'p2')).toEqual(['sara']);
  });

  it('shows a document as far as anyone got, or as one annotator’s own status', () => {
    const set = (annotator: string, status: 'new' | 'in_progress' | 'done') => ({
      docId: 'd', annotator, status, projectId: 'p', entities: [], events: [], stance: [], updatedAt: 0, rev: 1,
    });
    expect(listStatus([])).toBe('new');
    expect(listStatus([set('a', 'in_progress'), set('b', 'done')])).toBe('done');
    expect(listStatus([set('a', 'in_progress'), set('b', 'done')], 'a')).toBe('in_progress');
  });

  it('lists one annotator’s documents by status in import order, whatever others did', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    await createProject(db, 'p2', 'Two');
    const texts = ['خبر أول', 'خبر ثان', 'خبر ثالث', 'خبر رابع', 'خبر خامس', 'خبر سادس'];
    await writeDocumentBatch(db, 'p1', texts.map(doc));
    // The same texts in another project, all done there by the same annotator.
    await writeDocumentBatch(db, 'p2', texts.map(doc));
    const ids = (await listDocumentsPage(db, 'p1', 0, 10)).map((r) => r.id);
    // Ids are content hashes: import order is not key order, so the answer must follow seq.
    expect([...ids].sort()).not.toEqual(ids);

    const mark = (docId: string, annotator: string, status: DocumentStatus, projectId = 'p1') =>
      changeAnnotationRecord(db, { projectId, docId, annotator }, (c) => ({ record: { ...c, status }, result: null }));
    await mark(ids[4]!, 'amal', 'done');
    await mark(ids[1]!, 'amal', 'done');
    await mark(ids[2]!, 'amal', 'in_progress');
    await mark(ids[3]!, 'amal', 'new');
    // Another annotator, adjudication and machine suggestions: none of it is amal's.
    for (const annotator of ['omar', GOLD_ANNOTATOR, SUGGESTION_ANNOTATOR]) {
      for (const id of ids) await mark(id, annotator, 'done');
    }
    for (const id of ids) await mark(id.replace('p1:', 'p2:'), 'amal', 'done', 'p2');

    expect(await documentIdsWithStatus(db, 'p1', 'amal', ['done'])).toEqual([ids[1], ids[4]]);
    expect(await documentIdsWithStatus(db, 'p1', 'amal', ['new', 'in_progress'])).toEqual([ids[0], ids[2], ids[3], ids[5]]);
    expect(await documentIdsWithStatus(db, 'p1', 'amal', ['in_progress'])).toEqual([ids[2]]);
    expect(await documentIdsWithStatus(db, 'p1', 'sara', ['new', 'in_progress'])).toEqual(ids);
    expect(await documentIdsWithStatus(db, 'p1', 'sara', ['done'])).toEqual([]);
    expect(await documentIdsWithStatus(db, 'empty', 'amal', ['new'])).toEqual([]);
  });

  it('finds the nearest document before or after one whose status for an annotator passes', async () => {
    const db = await openTestDb();
    await createProject(db, 'p1', 'One');
    await writeDocumentBatch(db, 'p1', ['خبر أول', 'خبر ثان', 'خبر ثالث', 'خبر رابع'].map(doc));
    const records = await listDocumentsPage(db, 'p1', 0, 10);
    const ids = records.map((r) => r.id);
    const mark = (docId: string, annotator: string, status: DocumentStatus) =>
      changeAnnotationRecord(db, { projectId: 'p1', docId, annotator }, (c) => ({ record: { ...c, status }, result: null }));
    await mark(ids[1]!, 'amal', 'done');
    await mark(ids[2]!, 'amal', 'done');
    await mark(ids[3]!, 'omar', 'done');
    const near = async (at: number, direction: 'next' | 'previous', annotator: string, statuses: DocumentStatus[]) =>
      (await neighboursWithStatus(db, 'p1', records[at]!.seq, annotator, statuses))[direction];

    // Amal's next to do after the first skips her two done documents; Omar's done one is hers to do.
    expect(await near(0, 'next', 'amal', ['new', 'in_progress'])).toBe(ids[3]);
    expect(await near(3, 'previous', 'amal', ['new', 'in_progress'])).toBe(ids[0]);
    expect(await near(0, 'next', 'amal', ['done'])).toBe(ids[1]);
    expect(await near(3, 'previous', 'amal', ['done'])).toBe(ids[2]);
    expect(await near(3, 'next', 'amal', ['new'])).toBeUndefined();
    expect(await near(0, 'next', 'omar', ['done'])).toBe(ids[3]);
  });
});
