import { describe, expect, it } from 'vitest';
import { freshDbName } from './testDb.ts';
import { openTawsimDb } from './openTawsimDb.ts';
import { DB_VERSION } from './migrations.ts';
import type { TawsimDatabase } from './openTawsimDb.ts';
import type { IDBPDatabase } from 'idb';
import type { AnnotationRecord } from './tawsimSchema.ts';
import { annotationsOfDocument } from './annotationStore.ts';
import { toStoredAnnotation } from './storedAnnotation.ts';

const amal: AnnotationRecord = {
  docId: 'p1:abc', annotator: 'amal', projectId: 'p1', status: 'in_progress',
  entities: [{ id: 'e1', start: 0, end: 3, label: 'GPE' }], events: [], stance: [], updatedAt: 1, rev: 1,
  history: { undo: [{ op: 'remove', id: 'e1' }], redo: [] },
};
const badr: AnnotationRecord = { docId: 'p1:abc', annotator: 'badr', projectId: 'p1', status: 'new', entities: [], events: [], stance: [], updatedAt: 1, rev: 0 };

/** Records whose shape no version has changed. */
async function writeUnchangedStores(db: TawsimDatabase): Promise<void> {
  await db.put('projects', { id: 'p1', name: 'قديم', createdAt: 1, nextSeq: 1, docCount: 1 });
  await db.put('documents', {
    id: 'p1:abc', projectId: 'p1', hashId: 'abc', hash: 'abc'.padEnd(64, '0'), seq: 0,
    kind: 'article', title: 'عنوان', length: 3, meta: { kind: 'article', title: 'عنوان' }, importedAt: 1,
  });
  await db.put('texts', { id: 'p1:abc', projectId: 'p1', text: 'نصّ' });
  await db.put('settings', { key: 'annotator', value: 'amal' });
}

/** Spans packed into columns, as versions 2 and later write them. */
async function writePackedSpans(db: TawsimDatabase): Promise<void> {
  await writeUnchangedStores(db);
  await db.put('annotations', toStoredAnnotation(amal));
  await db.put('annotations', toStoredAnnotation(badr));
}

/**
 * What each released version wrote, in that version's own shape. A new migration
 * adds its version here, and every older version's data must still open.
 */
const writersByVersion: Record<number, (db: TawsimDatabase) => Promise<void>> = {
  1: async (db) => {
    await writeUnchangedStores(db);
    // Version 1 kept spans as objects.
    const version1 = db as unknown as IDBPDatabase<{ annotations: { key: [string, string]; value: AnnotationRecord } }>;
    await version1.put('annotations', amal);
    await version1.put('annotations', badr);
  },
  2: writePackedSpans,
  // Version 3 added an index only: the records are version 2's.
  3: writePackedSpans,
};

describe('database migrations', () => {
  it('has a data writer for every released version', () => {
    for (let v = 1; v <= DB_VERSION; v++) expect(writersByVersion[v], `version ${v}`).toBeTypeOf('function');
  });

  for (let version = 1; version <= DB_VERSION; version++) {
    it(`opens data written by version ${version} at the current version ${DB_VERSION}`, async () => {
      const name = freshDbName();
      const old = await openTawsimDb({ name, version });
      await writersByVersion[version]!(old);
      old.close();

      const db = await openTawsimDb({ name });
      expect(db.version).toBe(DB_VERSION);
      expect((await db.get('projects', 'p1'))?.name).toBe('قديم');
      expect((await db.get('texts', 'p1:abc'))?.text).toBe('نصّ');
      expect(await db.getAllFromIndex('documents', 'by-project-seq', IDBKeyRange.bound(['p1', 0], ['p1', Infinity]))).toHaveLength(1);
      expect(await annotationsOfDocument(db, 'p1:abc')).toEqual([amal, badr]);
      // The status index covers sets written before it existed.
      expect(await db.getAllKeysFromIndex('annotations', 'by-project-annotator-status', ['p1', 'amal', 'in_progress'])).toEqual([['p1:abc', 'amal']]);
      expect(await db.getAllKeysFromIndex('annotations', 'by-project-annotator-status', ['p1', 'badr', 'new'])).toEqual([['p1:abc', 'badr']]);
      expect((await db.get('settings', 'annotator'))?.value).toBe('amal');
      db.close();
    });
  }

  it('asks an older open connection to close when a newer version opens', async () => {
    const name = freshDbName();
    let told = false;
    const old = await openTawsimDb({ name, version: 1, onVersionChange: () => { told = true; } });
    const { openDB } = await import('idb');
    const newer = await openDB(name, DB_VERSION + 1);
    expect(told).toBe(true);
    newer.close();
    old.close();
  });
});
