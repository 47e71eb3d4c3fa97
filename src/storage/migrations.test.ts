import { describe, expect, it } from 'vitest';
import { freshDbName } from './testDb.ts';
import { openTawsimDb } from './openTawsimDb.ts';
import { DB_VERSION } from './migrations.ts';
import type { TawsimDatabase } from './openTawsimDb.ts';

/**
 * What each released version wrote, in that version's own shape. A new migration
 * adds its version here, and every older version's data must still open.
 */
const writersByVersion: Record<number, (db: TawsimDatabase) => Promise<void>> = {
  1: async (db) => {
    await db.put('projects', { id: 'p1', name: 'قديم', createdAt: 1, nextSeq: 1, docCount: 1 });
    await db.put('documents', {
      id: 'p1:abc', projectId: 'p1', hashId: 'abc', hash: 'abc'.padEnd(64, '0'), seq: 0,
      kind: 'article', title: 'عنوان', length: 3, meta: { kind: 'article', title: 'عنوان' }, importedAt: 1,
    });
    await db.put('texts', { id: 'p1:abc', projectId: 'p1', text: 'نصّ' });
    await db.put('annotations', {
      docId: 'p1:abc', annotator: 'amal', projectId: 'p1', status: 'in_progress',
      entities: [{ id: 'e1', start: 0, end: 3, label: 'GPE' }], events: [], stance: [], updatedAt: 1, rev: 1,
    });
    await db.put('settings', { key: 'annotator', value: 'amal' });
  },
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
      const sets = await db.getAllFromIndex('annotations', 'by-doc', 'p1:abc');
      expect(sets[0]?.entities[0]?.label).toBe('GPE');
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
