import { importFile } from '../../src/core/importers/importFile.ts';
import { defaultImportOptions, type ImportOptions } from '../../src/core/importers/importOptions.ts';
import type { ParsedDocument } from '../../src/core/model/document.ts';
import { hashDocuments } from '../../src/core/text/contentHash.ts';
import { importInWorker } from '../../src/features/library/import/importClient.ts';
import { defaultAnnotationImport } from '../../src/features/library/import/annotationImportOptions.ts';
import { fileInput } from '../../src/features/library/import/importInput.ts';
import { runImport } from '../../src/features/library/import/importPipeline.ts';
import type { ImportSummary } from '../../src/features/library/import/importSummary.ts';
import { writeDocumentBatch } from '../../src/storage/documentStore.ts';
import { openTawsimDb } from '../../src/storage/openTawsimDb.ts';
import { createProject } from '../../src/storage/projectStore.ts';
import type { DocumentRecord, TextRecord } from '../../src/storage/tawsimSchema.ts';
import { newsPageFiles, type GeneratedFiles } from '../lib/newsCorpus.ts';
import {
  createStores,
  deleteDb,
  describeStores,
  openRawDb,
  requestResult,
  transactionDone,
  type StoreShape,
} from '../lib/rawIdb.ts';
import { alternate, settle, time } from '../lib/timing.ts';
import type { Metric, MetricOptions } from './types.ts';

/**
 * import_10k: 10,000 seed-like news pages through the app's import path (the import
 * worker: read, decode, parse, hash, batched writes), against a raw IndexedDB put of the
 * same final document and text records, 1000 per transaction, into stores shaped like
 * the app's (same key paths and indexes).
 */

const COUNT = 10_000;
const BATCH = 1000;
const STORES = ['documents', 'texts'] as const;
const PROJECT_ID = 'p_bench';
const OPTIONS: ImportOptions = { ...defaultImportOptions, headlines: false };

let corpus: GeneratedFiles | null = null;
function getCorpus(log: (message: string) => void): GeneratedFiles {
  if (!corpus) {
    const start = performance.now();
    corpus = newsPageFiles(COUNT);
    log(`generated ${COUNT} pages, ${(corpus.bytes / 1e6).toFixed(1)} MB, in ${(performance.now() - start).toFixed(0)} ms`);
  }
  return corpus;
}

interface Written {
  documents: DocumentRecord[];
  texts: TextRecord[];
  shapes: StoreShape[];
}

let uniqueName = 0;
function dbName(kind: string): string {
  return `tawsim-bench-import10k-${kind}-${Date.now()}-${uniqueName++}`;
}

function checkSummary(summary: ImportSummary): void {
  const ok = summary.imported === COUNT && summary.duplicates === 0 && summary.problemCount === 0 && !summary.stopped;
  if (!ok) {
    const { problems, ...counts } = summary;
    throw new Error(
      `import_10k: expected ${COUNT} documents imported, got ${JSON.stringify(counts)}; first problems: ${JSON.stringify(problems.slice(0, 3))}`,
    );
  }
}

async function countStores(db: IDBDatabase): Promise<number[]> {
  const tx = db.transaction([...STORES], 'readonly');
  return Promise.all(STORES.map((store) => requestResult(tx.objectStore(store).count())));
}

async function expectStored(db: IDBDatabase, side: string): Promise<void> {
  const counts = await countStores(db);
  if (counts.some((count) => count !== COUNT)) {
    throw new Error(`import_10k ${side}: expected ${COUNT} documents and texts stored, found ${counts.join(' and ')}`);
  }
}

/** A fresh database with an empty project, as the app has it before an import. */
async function freshProject(name: string): Promise<void> {
  const db = await openTawsimDb({ name });
  try {
    if (!(await createProject(db, PROJECT_ID, 'import_10k'))) throw new Error(`project ${PROJECT_ID} exists in ${name}`);
  } finally {
    db.close();
  }
}

/** The app's records, read back outside timing, for the reference to write. */
async function readWritten(name: string): Promise<Written> {
  const db = await openRawDb(name);
  try {
    const shapes = describeStores(db, STORES);
    const tx = db.transaction([...STORES], 'readonly');
    const [documents, texts] = await Promise.all([
      requestResult(tx.objectStore('documents').getAll() as IDBRequest<DocumentRecord[]>),
      requestResult(tx.objectStore('texts').getAll() as IDBRequest<TextRecord[]>),
    ]);
    return { documents, texts, shapes };
  } finally {
    db.close();
  }
}

async function putReference(db: IDBDatabase, written: Written): Promise<void> {
  for (let start = 0; start < written.documents.length; start += BATCH) {
    const tx = db.transaction([...STORES], 'readwrite');
    const done = transactionDone(tx);
    const documents = tx.objectStore('documents');
    const texts = tx.objectStore('texts');
    const end = Math.min(start + BATCH, written.documents.length);
    for (let i = start; i < end; i++) {
      documents.put(written.documents[i]);
      texts.put(written.texts[i]);
    }
    await done;
  }
}

async function run({ runs, log }: MetricOptions) {
  const { files } = getCorpus(log);
  let written: Written | null = null;

  const app = async () => {
    const name = dbName('app');
    await freshProject(name);
    let summary: ImportSummary | undefined;
    const ms = await time(async () => {
      summary = await importInWorker(name, PROJECT_ID, files, OPTIONS, defaultAnnotationImport, () => {}).done;
    });
    checkSummary(summary!);
    const db = await openRawDb(name);
    await expectStored(db, 'app').finally(() => db.close());
    written ??= await readWritten(name);
    await deleteDb(name);
    return ms;
  };

  const reference = async () => {
    if (!written) throw new Error('import_10k: the reference needs an app run first');
    const shapes = written.shapes;
    const name = dbName('reference');
    const db = await openRawDb(name, 1, (raw) => createStores(raw, shapes));
    try {
      const ms = await time(() => putReference(db, written!));
      await expectStored(db, 'reference');
      return ms;
    } finally {
      db.close();
      await deleteDb(name);
    }
  };

  return alternate({ runs, log, app, reference });
}

/**
 * Where the app's time goes, phase by phase on the page's main thread (the worker runs
 * the same code): reading the Files, importFile (decode + parse), hashDocuments and
 * writeDocumentBatch, each over all 10,000 pages; then runImport whole on the main
 * thread and through the worker, and the reference write.
 */
async function profile({ log }: MetricOptions): Promise<Record<string, number>> {
  const { files } = getCorpus(log);
  const result: Record<string, number> = {};
  const phase = async (label: string, fn: () => Promise<unknown>) => {
    await settle();
    result[label] = await time(fn);
    log(`profile ${label}: ${result[label]!.toFixed(1)} ms`);
  };

  // Warm the JIT and the worker on one full import first.
  {
    const name = dbName('warm');
    await freshProject(name);
    checkSummary(await importInWorker(name, PROJECT_ID, files, OPTIONS, defaultAnnotationImport, () => {}).done);
    await deleteDb(name);
  }

  let buffers: Uint8Array[] = [];
  await phase('read_files', async () => {
    buffers = await Promise.all(files.map(async (file) => new Uint8Array(await file.arrayBuffer())));
  });
  await phase('read_files_sequential', async () => {
    for (const file of files) await file.arrayBuffer();
  });
  let parsed: ParsedDocument[] = [];
  await phase('import_file', async () => {
    parsed = buffers.flatMap((bytes, i) => importFile(bytes, files[i]!.name, OPTIONS).documents);
  });
  if (parsed.length !== COUNT) throw new Error(`import_10k profile: parsed ${parsed.length} documents`);
  let hashed: Awaited<ReturnType<typeof hashDocuments>> = [];
  await phase('hash_documents', async () => {
    hashed = [];
    for (let start = 0; start < COUNT; start += BATCH) hashed.push(...(await hashDocuments(parsed.slice(start, start + BATCH))));
  });
  {
    const name = dbName('write');
    await freshProject(name);
    const db = await openTawsimDb({ name });
    await phase('write_document_batch', async () => {
      for (let start = 0; start < COUNT; start += BATCH) await writeDocumentBatch(db, PROJECT_ID, hashed.slice(start, start + BATCH));
    });
    db.close();
    await deleteDb(name);
  }
  let written: Written | null = null;
  {
    const name = dbName('main');
    await freshProject(name);
    const db = await openTawsimDb({ name });
    await phase('run_import_main_thread', async () => {
      checkSummary(await runImport({ db, projectId: PROJECT_ID, inputs: files.map(fileInput), options: OPTIONS }));
    });
    db.close();
    written = await readWritten(name);
    await deleteDb(name);
  }
  {
    const name = dbName('worker');
    await freshProject(name);
    await phase('import_in_worker', async () => {
      checkSummary(await importInWorker(name, PROJECT_ID, files, OPTIONS, defaultAnnotationImport, () => {}).done);
    });
    await deleteDb(name);
  }
  {
    const name = dbName('reference');
    const shapes = written.shapes;
    const db = await openRawDb(name, 1, (raw) => createStores(raw, shapes));
    await phase('reference_put', () => putReference(db, written!));
    db.close();
    await deleteDb(name);
  }
  return result;
}

export const import10k: Metric = {
  name: 'import_10k',
  description: '10,000 seed-like news pages through the import worker vs a raw IndexedDB put of the same records',
  target: { ratio: 1.5 },
  run,
  profile,
};
