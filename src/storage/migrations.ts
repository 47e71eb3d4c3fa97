import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { AnnotationRecord, StoreName, TawsimDB } from './tawsimSchema.ts';
import { toStoredAnnotation } from './storedAnnotation.ts';

type UpgradeTx = IDBPTransaction<TawsimDB, StoreName[], 'versionchange'>;

/**
 * One step per database version, applied in order inside `upgrade`.
 * Step i takes the database from version i to version i + 1. A step that rewrites
 * records returns a promise; its requests must keep the upgrade transaction busy
 * (no awaiting anything but them). Never edit a released step: add a new one, and a
 * test that opens data the old one wrote.
 */
export const migrations: Array<(db: IDBPDatabase<TawsimDB>, tx: UpgradeTx) => void | Promise<void>> = [
  (db) => {
    db.createObjectStore('projects', { keyPath: 'id' });
    const documents = db.createObjectStore('documents', { keyPath: 'id' });
    documents.createIndex('by-project-seq', ['projectId', 'seq'], { unique: true });
    documents.createIndex('by-project-kind', ['projectId', 'kind']);
    const texts = db.createObjectStore('texts', { keyPath: 'id' });
    texts.createIndex('by-project', 'projectId');
    const annotations = db.createObjectStore('annotations', { keyPath: ['docId', 'annotator'] });
    annotations.createIndex('by-doc', 'docId');
    annotations.createIndex('by-project-annotator', ['projectId', 'annotator']);
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  // Version 2: entity spans packed into columns (packedSpans.ts), so an edit of a large set is cheap to read and write.
  async (_db, tx) => {
    let cursor = await tx.objectStore('annotations').openCursor();
    while (cursor) {
      const version1 = cursor.value as unknown as AnnotationRecord;
      await cursor.update(toStoredAnnotation({ ...version1, entities: version1.entities ?? [] }));
      cursor = await cursor.continue();
    }
  },
  // Version 3: sets by project, annotator and status, so "what is left for me" in a large project reads keys, not sets.
  (_db, tx) => {
    tx.objectStore('annotations').createIndex('by-project-annotator-status', ['projectId', 'annotator', 'status']);
  },
];

export const DB_VERSION = migrations.length;
