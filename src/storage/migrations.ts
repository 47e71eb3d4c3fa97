import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { StoreName, TawsimDB } from './tawsimSchema.ts';

type UpgradeTx = IDBPTransaction<TawsimDB, StoreName[], 'versionchange'>;

/**
 * One step per database version, applied in order inside `upgrade`.
 * Step i takes the database from version i to version i + 1. Never edit a
 * released step: add a new one, and a test that opens data the old one wrote.
 */
export const migrations: Array<(db: IDBPDatabase<TawsimDB>, tx: UpgradeTx) => void> = [
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
];

export const DB_VERSION = migrations.length;
