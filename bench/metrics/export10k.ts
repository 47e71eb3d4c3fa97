import type { AnnotatedDocument } from '../../src/core/formats/annotatedDocument.ts';
import { metaTokensToUnit } from '../../src/core/formats/documentTokens.ts';
import { unitOffsets } from '../../src/core/formats/offsetUnit.ts';
import { exportTawsimJsonl, tawsimJsonlLine, type TawsimJsonlOptions } from '../../src/core/formats/tawsimJsonl.ts';
import { hashDocuments } from '../../src/core/text/contentHash.ts';
import { exportInWorker } from '../../src/features/export/exportClient.ts';
import { defaultExportOptions, type ExportOptions } from '../../src/features/export/exportOptions.ts';
import { writeDocumentBatch } from '../../src/storage/documentStore.ts';
import { openTawsimDb } from '../../src/storage/openTawsimDb.ts';
import { createProject } from '../../src/storage/projectStore.ts';
import { shortDocuments, wordAlignedSpans } from '../lib/benchDocuments.ts';
import { deleteDb } from '../lib/rawIdb.ts';
import { seededRandom } from '../lib/random.ts';
import { alternate, settle, time } from '../lib/timing.ts';
import type { Metric, MetricOptions } from './types.ts';

/**
 * export_10k (issue 5): 10,000 annotated documents (about 1 to 2 KB of Arabic text
 * each, a quarter with emoji before some spans, 20 entity spans each, some nested) to
 * Tawsim JSONL through the app's exporter: exportTawsimJsonl with code point offsets
 * over AnnotatedDocument objects, lines collected into a Blob as a download would be.
 * Reference: JSON.stringify of the very records that export writes (its output parsed
 * back, outside timing), newline-terminated, into a Blob. Both Blobs must be the same
 * size (and, on the first run, the same bytes).
 *
 * The export dialog's path (src/features/export: exportInWorker → exportProject, which
 * reads the project from IndexedDB page by page in a worker) is timed by the profile
 * (`npm run bench -- --profile --only export_10k`), on a database holding the same
 * documents; it is not the metric, whose reference has nothing to read.
 */

const COUNT = 10_000;
const ENTITIES = 20;
const OPTIONS: TawsimJsonlOptions = { offsetUnit: 'codepoint' };
const TYPE = 'application/x-ndjson';

let documents: AnnotatedDocument[] | null = null;

export function exportDocuments(log: (message: string) => void): AnnotatedDocument[] {
  if (!documents) {
    const start = performance.now();
    const random = seededRandom(0xe590);
    // Through structured clone, as exportProject builds them from IndexedDB records:
    // flat strings, not the generator's concatenations.
    documents = structuredClone(shortDocuments(COUNT, 0xe591).map((doc) => ({
      id: doc.id,
      text: doc.text,
      meta: doc.meta,
      annotator: 'bench',
      status: 'done' as const,
      entities: wordAlignedSpans(doc.text, ENTITIES, random, { nested: 0.15 }),
      events: [],
      stance: [],
    })));
    const chars = documents.reduce((sum, doc) => sum + doc.text.length, 0);
    const astral = documents.filter((doc) => /[\uD800-\uDBFF]/.test(doc.text)).length;
    log(`generated ${COUNT} documents (${(chars / COUNT).toFixed(0)} characters on average, ${astral} with emoji) in ${(performance.now() - start).toFixed(0)} ms`);
  }
  return documents;
}

/** The app's export: every line through exportTawsimJsonl, then one Blob. */
function exportBlob(docs: readonly AnnotatedDocument[]): Blob {
  const lines: string[] = [];
  for (const line of exportTawsimJsonl(docs, OPTIONS)) lines.push(line);
  return new Blob(lines, { type: TYPE });
}

/**
 * The reference: JSON.stringify of each final record, each followed by a newline, as the
 * parts of one Blob: the same Blob construction as the export, and cheaper than joining
 * everything into one string first (see the profile's "join" phase).
 */
function referenceBlob(records: readonly unknown[]): Blob {
  const lines = new Array<string>(records.length);
  for (let i = 0; i < records.length; i++) lines[i] = `${JSON.stringify(records[i])}\n`;
  return new Blob(lines, { type: TYPE });
}

/** The same with the lines joined into one string first. */
function joinedReferenceBlob(records: readonly unknown[]): Blob {
  const lines = new Array<string>(records.length);
  for (let i = 0; i < records.length; i++) lines[i] = JSON.stringify(records[i]);
  return new Blob([`${lines.join('\n')}\n`], { type: TYPE });
}

function checkCodePoints(records: readonly { text: string; entities: { start: number; end: number; text: string }[] }[]): void {
  let shifted = 0;
  for (const record of records) {
    const chars = [...record.text];
    for (const entity of record.entities) {
      if (chars.slice(entity.start, entity.end).join('') !== entity.text) throw new Error(`export_10k: ${record.text.slice(0, 20)}…: code point slice differs from the entity text`);
      if (record.text.slice(entity.start, entity.end) !== entity.text) shifted++;
    }
  }
  if (shifted === 0) throw new Error('export_10k: no entity has code point offsets other than its UTF-16 ones');
}

async function run({ runs, log }: MetricOptions) {
  const docs = exportDocuments(log);
  let records: unknown[] | null = null;
  let expectedSize = 0;
  let appText: string | null = null;
  return alternate({
    runs,
    log,
    app: async () => {
      let blob: Blob | null = null;
      const ms = await time(async () => {
        blob = exportBlob(docs);
      });
      if (records === null) {
        appText = await blob!.text();
        const lines = appText.split('\n');
        if (lines.pop() !== '' || lines.length !== COUNT) throw new Error(`export_10k: expected ${COUNT} lines, got ${lines.length}`);
        records = lines.map((line) => JSON.parse(line));
        checkCodePoints(records as Parameters<typeof checkCodePoints>[0]);
        expectedSize = blob!.size;
        log(`export: ${(expectedSize / 1e6).toFixed(1)} MB of JSONL`);
      } else if (blob!.size !== expectedSize) throw new Error(`export_10k: the export is ${blob!.size} bytes, was ${expectedSize}`);
      return ms;
    },
    reference: async (run) => {
      if (!records) throw new Error('export_10k: the reference needs the app run first');
      let blob: Blob | null = null;
      const ms = await time(async () => {
        blob = referenceBlob(records!);
      });
      if (blob!.size !== expectedSize) throw new Error(`export_10k: the reference is ${blob!.size} bytes, the export ${expectedSize}`);
      if (run === 0 && (await blob!.text()) !== appText) throw new Error('export_10k: the reference bytes differ from the export');
      return ms;
    },
  });
}

/** Where the export's time goes: each step over all 10,000 documents. */
async function profile({ log }: MetricOptions): Promise<Record<string, number>> {
  const docs = exportDocuments(log);
  const result: Record<string, number> = {};
  const phase = async (label: string, fn: () => unknown) => {
    const samples: number[] = [];
    for (let i = 0; i <= 5; i++) {
      await settle(100);
      const start = performance.now();
      fn();
      if (i > 0) samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    result[label] = samples[2]!;
    log(`profile ${label}: ${result[label]!.toFixed(1)} ms`);
  };
  const lines = docs.map((doc) => `${tawsimJsonlLine(doc, OPTIONS)}\n`);
  const records = lines.map((line) => JSON.parse(line) as unknown);
  await phase('unitOffsets(text, codepoint)', () => docs.map((doc) => unitOffsets(doc.text, 'codepoint')));
  const units = docs.map((doc) => unitOffsets(doc.text, 'codepoint'));
  await phase('metaTokensToUnit', () => docs.map((doc, i) => metaTokensToUnit(doc.meta, doc.text, units[i]!)));
  await phase('entities toUnit (offsets + surface text)', () => docs.map((doc, i) => doc.entities.map((e) => units[i]!.toUnit(e.start, e.end))));
  await phase('tawsimJsonlLine (all lines, no Blob)', () => docs.map((doc) => tawsimJsonlLine(doc, OPTIONS)));
  await phase('exportTawsimJsonl + Blob (the metric)', () => exportBlob(docs));
  await phase('Blob of the export lines', () => new Blob(lines, { type: TYPE }));
  await phase('JSON.stringify of the records (no Blob)', () => records.map((record) => JSON.stringify(record)));
  await phase('reference: stringify + Blob of lines (the metric)', () => referenceBlob(records));
  await phase('reference variant: stringify + join + Blob of one string', () => joinedReferenceBlob(records));
  await exportDialogPath(docs, result, log);
  return result;
}

/**
 * The export dialog's path over the same documents: written into a fresh database
 * (writeDocumentBatch with each document's annotations, outside timing), then
 * exportInWorker for Tawsim JSONL, code points, annotator "bench", timed until the
 * worker's Blob arrives.
 */
async function exportDialogPath(docs: readonly AnnotatedDocument[], result: Record<string, number>, log: (message: string) => void) {
  const name = `tawsim-bench-export10k-${Date.now()}`;
  const projectId = 'p_bench';
  const db = await openTawsimDb({ name });
  try {
    await createProject(db, projectId, 'export_10k');
    const start = performance.now();
    for (let from = 0; from < docs.length; from += 1000) {
      const batch = await hashDocuments(docs.slice(from, from + 1000).map((doc) => ({ text: doc.text, meta: doc.meta, annotations: doc })));
      await writeDocumentBatch(
        db,
        projectId,
        batch.map(({ annotations, ...doc }) => ({
          ...doc,
          annotations: { annotator: annotations.annotator, status: annotations.status, entities: annotations.entities, events: [], stance: [] },
        })),
      );
    }
    log(`profile: wrote ${docs.length} documents for the export dialog's path in ${(performance.now() - start).toFixed(0)} ms`);
  } finally {
    db.close();
  }
  try {
    const options: ExportOptions = { ...defaultExportOptions, annotators: ['bench'], offsetUnit: 'codepoint' };
    const samples: number[] = [];
    for (let i = 0; i <= 2; i++) {
      await settle();
      const start = performance.now();
      const done = await exportInWorker(name, projectId, options, () => {}).done;
      if (i > 0) samples.push(performance.now() - start);
      if (done.written !== docs.length) throw new Error(`export_10k profile: the worker wrote ${done.written} lines`);
    }
    samples.sort((a, b) => a - b);
    result['exportInWorker from IndexedDB (export dialog path)'] = samples[0]!;
    log(`profile exportInWorker: ${samples.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  } finally {
    await deleteDb(name);
  }
}

export const export10k: Metric = {
  name: 'export_10k',
  description: '10,000 annotated documents (20 spans each) to Tawsim JSONL (code points) through exportTawsimJsonl into a Blob vs JSON.stringify of the same records, newline-terminated, into a Blob',
  target: { ratio: 2.0 },
  run,
  profile,
};
