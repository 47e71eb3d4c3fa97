import { zipSync, strToU8 } from 'fflate';
import { emptyAnnotatedDocument, IMPORTED_ANNOTATOR } from '../../core/formats/annotatedDocument.ts';
import type { AnnotatedDocument } from '../../core/formats/annotatedDocument.ts';
import { exportBrat } from '../../core/formats/bratStandoff.ts';
import { exportConllBio } from '../../core/formats/conllBio.ts';
import { doccanoJsonlLine } from '../../core/formats/doccanoJsonl.ts';
import type { ExportLoss } from '../../core/formats/exportLoss.ts';
import { exportHuggingFaceTokens, huggingFaceLabelNames } from '../../core/formats/huggingFaceTokens.ts';
import { exportLabelStudioJson } from '../../core/formats/labelStudioJson.ts';
import { exportStanceClassification } from '../../core/formats/stanceClassification.ts';
import { tawsimJsonlLine } from '../../core/formats/tawsimJsonl.ts';
import { searchMatcher } from '../../core/text/searchMatcher.ts';
import { countDocuments, listDocumentsAfter, readDocumentContents } from '../../storage/documentStore.ts';
import type { TawsimDatabase } from '../../storage/openTawsimDb.ts';
import { getProjectSchema } from '../../storage/schemaStore.ts';
import { FORMAT_LAYERS, type ExportOptions } from './exportOptions.ts';

export interface ExportProgress {
  documentsDone: number;
  documentsTotal: number;
  written: number;
}

export interface ExportResult {
  /** The file's parts, ready for a Blob. */
  parts: (string | Uint8Array)[];
  mimeType: string;
  /** Lines (or documents, for brat and Label Studio) written. */
  written: number;
  lossCount: number;
  losses: ExportLoss[];
}

const PAGE = 200;
const MAX_LOSSES = 500;

/**
 * Reads the project page by page (never all texts at once) and writes the chosen
 * format. Runs in the export worker; in Node it runs on fake-indexeddb for the tests.
 * Offsets are converted by the core exporters, one offset index per document.
 */
export async function exportProject(
  db: TawsimDatabase,
  projectId: string,
  options: ExportOptions,
  onProgress?: (progress: ExportProgress) => void,
): Promise<ExportResult> {
  const layers = new Set(options.layers.filter((layer) => FORMAT_LAYERS[options.format].includes(layer)));
  const chosen = new Set(options.annotators);
  const inSearch = options.documents === 'search' ? searchMatcher(options.search) : null;
  const total = await countDocuments(db, projectId);
  const losses: ExportLoss[] = [];
  let lossCount = 0;
  const onLoss = (loss: ExportLoss) => {
    lossCount += 1;
    if (losses.length < MAX_LOSSES) losses.push(loss);
  };
  const parts: (string | Uint8Array)[] = [];
  const collected: AnnotatedDocument[] = [];
  const files = new Map<string, Uint8Array>();
  let written = 0;
  let done = 0;

  const schema = options.format === 'hf' ? await getProjectSchema(db, projectId) : null;
  const labelNames = schema ? huggingFaceLabelNames(schema.entities.map((label) => label.tag)) : [];

  const emit = (docs: AnnotatedDocument[]) => {
    switch (options.format) {
      case 'jsonl':
        for (const doc of docs) parts.push(`${tawsimJsonlLine(doc, { offsetUnit: options.offsetUnit })}\n`);
        written += docs.length;
        break;
      case 'doccano':
      case 'doccano-relations':
        for (const doc of docs) parts.push(`${doccanoJsonlLine(doc, { offsetUnit: options.offsetUnit, relations: options.format === 'doccano-relations', onLoss })}\n`);
        written += docs.length;
        break;
      case 'conll':
        for (const chunk of exportConllBio(docs, { onLoss })) parts.push(chunk);
        written += docs.length;
        break;
      case 'hf':
        for (const line of exportHuggingFaceTokens(docs, { labelNames, onLoss })) parts.push(line);
        written += docs.length;
        break;
      case 'stance':
        for (const line of exportStanceClassification(docs, { onLoss })) {
          parts.push(line);
          written += 1;
        }
        break;
      case 'brat':
        for (const file of exportBrat(docs, { onLoss })) files.set(file.path, strToU8(file.content));
        written += docs.length;
        break;
      case 'labelstudio':
        collected.push(...docs);
        written += docs.length;
        break;
    }
  };

  // A page of documents with their texts and sets, read from where the last page ended.
  const readPage = async (afterSeq: number, limit: number) => {
    const page = await listDocumentsAfter(db, projectId, afterSeq, limit);
    return { page, contents: page.length > 0 ? await readDocumentContents(db, page.map((record) => record.id)) : [] };
  };
  // The documents counted at the start, as many as that: one imported meanwhile waits for
  // the next export. Each page is read while the one before is written.
  let reading = readPage(-Infinity, Math.min(PAGE, total));
  while (done < total) {
    const { page, contents } = await reading;
    if (page.length === 0) break;
    const remaining = total - done - page.length;
    if (remaining > 0) {
      reading = readPage(page[page.length - 1]!.seq, Math.min(PAGE, remaining));
      // Left unread if writing this page throws; its failure must not surface unhandled.
      reading.catch(() => {});
    }
    const batch: AnnotatedDocument[] = [];
    for (const [index, record] of page.entries()) {
      const { text, sets } = contents[index]!;
      if (text === undefined) continue;
      if (inSearch && !inSearch(text)) continue;
      const mine = sets.filter((set) => chosen.has(set.annotator) && (options.documents !== 'done' || set.status === 'done'));
      for (const set of mine) {
        batch.push({
          id: record.hashId,
          text,
          meta: record.meta,
          annotator: set.annotator,
          status: set.status,
          entities: layers.has('entities') || layers.has('events') ? set.entities : [],
          events: layers.has('events') ? set.events : [],
          stance: layers.has('stance') ? set.stance : [],
        });
      }
      if (mine.length === 0 && options.includeUnannotated && options.documents === 'all' && options.format === 'jsonl') {
        // As tawsim convert writes a text without annotations: a line validate and import take, and no annotator's vote.
        batch.push(emptyAnnotatedDocument(record.hashId, text, record.meta, IMPORTED_ANNOTATOR));
      }
    }
    emit(batch);
    done += page.length;
    onProgress?.({ documentsDone: done, documentsTotal: total, written });
  }

  if (options.format === 'labelstudio') parts.push(exportLabelStudioJson(collected, { offsetUnit: options.offsetUnit, onLoss }));
  if (options.format === 'hf') {
    const data = strToU8(parts.join(''));
    parts.length = 0;
    parts.push(zipSync({ 'data.jsonl': data, 'data.labels.json': strToU8(`${JSON.stringify(labelNames)}\n`) }));
  }
  if (options.format === 'brat') parts.push(zipSync(Object.fromEntries(files)));
  const zipped = options.format === 'hf' || options.format === 'brat';
  return {
    parts,
    mimeType: zipped ? 'application/zip' : options.format === 'labelstudio' ? 'application/json' : 'application/x-ndjson',
    written,
    lossCount,
    losses,
  };
}
