import type { ImportOptions } from '../../../core/importers/importOptions.ts';
import { defaultAnnotationImport, type AnnotationImportOptions } from './annotationImportOptions.ts';
import { importUnits } from './importUnits.ts';
import { parseImportUnit, type PendingDocument } from './parseImportUnit.ts';
import { hashDocuments } from '../../../core/text/contentHash.ts';
import type { ImportProblem } from '../../../core/model/importProblem.ts';
import { writeDocumentBatch } from '../../../storage/documentStore.ts';
import type { TawsimDatabase } from '../../../storage/openTawsimDb.ts';
import { StorageFullError } from '../../../storage/storageErrors.ts';
import { MAX_PROBLEMS_KEPT, type ImportProgress, type ImportSummary } from './importSummary.ts';

export interface ImportInput {
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
  /** The file itself, when there is one: many small files are read faster as one Blob. */
  blob?: Blob;
}

export function fileInput(file: File): ImportInput {
  return { name: file.name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()), blob: file };
}

export interface RunImportArgs {
  db: TawsimDatabase;
  projectId: string;
  inputs: readonly ImportInput[];
  options: ImportOptions;
  onProgress?: (progress: ImportProgress) => void;
  signal?: { cancelled: boolean };
  annotations?: AnnotationImportOptions;
}

/** Documents per transaction: big enough to amortise commits, small enough to report often. */
const BATCH_SIZE = 1000;
const PROGRESS_INTERVAL_MS = 100;
const READ_AHEAD = 8;
/** Files read together as one Blob. */
const READ_GROUP = 64;

/**
 * Parses, hashes and writes files into a project. Runs in the import worker (and the
 * benchmark), never on the UI thread. Each batch is one transaction, so a crash or a
 * full disk leaves whole batches written and the summary says where it stopped.
 */
export async function runImport(args: RunImportArgs): Promise<ImportSummary> {
  const { db, projectId, inputs, options, onProgress, signal } = args;
  const annotationOptions = args.annotations ?? defaultAnnotationImport;
  const units = importUnits(inputs);
  const summary: ImportSummary = {
    filesDone: 0,
    filesTotal: inputs.length,
    bytesDone: 0,
    bytesTotal: inputs.reduce((sum, input) => sum + input.size, 0),
    imported: 0,
    duplicates: 0,
    problemCount: 0,
    problems: [],
  };
  const report = (problems: readonly ImportProblem[]) => {
    summary.problemCount += problems.length;
    for (const problem of problems) {
      if (summary.problems.length >= MAX_PROBLEMS_KEPT) break;
      summary.problems.push(problem);
    }
  };
  let lastProgress = 0;
  const progress = (force = false) => {
    const now = Date.now();
    if (!onProgress || (!force && now - lastProgress < PROGRESS_INTERVAL_MS)) return;
    lastProgress = now;
    const { problems: _omit, stopped: _stopped, ...counts } = summary;
    onProgress(counts);
  };

  let pending: PendingDocument[] = [];
  // One batch is written while the next is parsed: IndexedDB commits on its own
  // thread, and transactions on the same stores still apply in the order issued.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const hashed = await hashDocuments(batch);
    await writing;
    writing = writeDocumentBatch(db, projectId, hashed).then((result) => {
      summary.imported += result.added.length;
      summary.duplicates += result.duplicates.length;
      progress();
    });
    // A failure is rethrown where `writing` is next awaited.
    writing.catch(() => undefined);
  };

  // Files are read a few ahead, so reading overlaps parsing.
  const reads = new Map<number, Promise<[Uint8Array, Uint8Array | undefined]>>();
  const readAt = (index: number) => {
    if (reads.has(index) || index >= units.length) return;
    const group: number[] = [];
    for (let i = index; i < units.length && group.length < READ_GROUP && !reads.has(i); i++) group.push(i);
    const readable = group.every((i) => units[i]!.main.blob && (!units[i]!.partner || units[i]!.partner!.blob));
    if (!readable) {
      const unit = units[index]!;
      reads.set(index, Promise.all([unit.main.read(), unit.partner?.read()]));
      return;
    }
    // One read for a group of files: per-file reads cost more than the bytes themselves.
    const blobs = group.flatMap((i) => [units[i]!.main.blob!, ...(units[i]!.partner ? [units[i]!.partner!.blob!] : [])]);
    const all = new Blob(blobs).arrayBuffer().then((buffer) => new Uint8Array(buffer));
    let offset = 0;
    for (const i of group) {
      const unit = units[i]!;
      const mainAt = offset;
      offset += unit.main.size;
      const partnerAt = offset;
      offset += unit.partner?.size ?? 0;
      reads.set(
        i,
        all.then((bytes) => [
          bytes.subarray(mainAt, mainAt + unit.main.size),
          unit.partner ? bytes.subarray(partnerAt, partnerAt + unit.partner.size) : undefined,
        ]),
      );
    }
  };

  try {
    for (let index = 0; index < units.length; index++) {
      if (signal?.cancelled) {
        summary.stopped = { reason: 'cancelled', message: 'Import cancelled; documents written so far were kept.' };
        break;
      }
      for (let ahead = index; ahead <= index + READ_AHEAD; ahead++) readAt(ahead);
      const unit = units[index]!;
      const [bytes, partner] = await reads.get(index)!;
      reads.delete(index);
      const result = parseImportUnit(unit, bytes, partner, options, annotationOptions, 'documents');
      report(result.problems);
      for (const doc of result.documents) {
        pending.push(doc);
        if (pending.length >= BATCH_SIZE) await flush();
      }
      summary.filesDone += unit.partner ? 2 : 1;
      summary.bytesDone += unit.main.size + (unit.partner?.size ?? 0);
      progress();
    }
    if (!summary.stopped) await flush();
    await writing;
  } catch (error) {
    await writing.catch(() => undefined);
    summary.stopped =
      error instanceof StorageFullError
        ? { reason: 'storage-full', message: error.message }
        : { reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  progress(true);
  return summary;
}
