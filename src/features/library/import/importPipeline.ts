import type { ImportOptions } from '../../../core/importers/importOptions.ts';
import { defaultAnnotationImport, type AnnotationImportOptions } from './annotationImportOptions.ts';
import { inThreadParser, type GroupParser } from './groupParser.ts';
import { importGroups } from './importGroups.ts';
import { expandArchives } from './archiveInputs.ts';
import type { ImportInput } from './importInput.ts';
import { importUnits } from './importUnits.ts';
import { parseInOrder } from './parseInOrder.ts';
import { createRepeatedAnnotationsFilter } from './repeatedAnnotations.ts';
import type { ImportProblem } from '../../../core/model/importProblem.ts';
import { writeDocumentBatch, type IncomingDocument } from '../../../storage/documentStore.ts';
import type { TawsimDatabase } from '../../../storage/openTawsimDb.ts';
import { StorageFullError } from '../../../storage/storageErrors.ts';
import { hasLabels, mergeLabels, NO_LABELS } from '../../../core/schema/importedLabels.ts';
import { MAX_PROBLEMS_KEPT, type ImportProgress, type ImportSummary } from './importSummary.ts';

export interface RunImportArgs {
  db: TawsimDatabase;
  projectId: string;
  inputs: readonly ImportInput[];
  options: ImportOptions;
  onProgress?: (progress: ImportProgress) => void;
  signal?: { cancelled: boolean };
  annotations?: AnnotationImportOptions;
  /** Where groups of files are read, parsed and hashed (parse workers); this thread when absent. */
  parsers?: readonly GroupParser[];
}

/** Documents per transaction: big enough to amortise commits, small enough to report often. */
const BATCH_SIZE = 1000;
const PROGRESS_INTERVAL_MS = 100;
/** Groups in flight per parser: one being parsed and one waiting, so no parser idles. */
const GROUPS_AHEAD_PER_PARSER = 2;

/**
 * Parses, hashes and writes files into a project. Runs in the import worker (and the
 * benchmark), never on the UI thread. Each batch is one transaction, so a crash or a
 * full disk leaves whole batches written and the summary says where it stopped.
 */
export async function runImport(args: RunImportArgs): Promise<ImportSummary> {
  const { db, projectId, options, onProgress, signal } = args;
  const annotationOptions = args.annotations ?? defaultAnnotationImport;
  const inputs = await expandArchives(args.inputs);
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
    labelsAdded: NO_LABELS,
    labelsRefused: [],
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
    const { problems: _omit, stopped: _stopped, labelsAdded: _added, labelsRefused: _refused, ...counts } = summary;
    onProgress(counts);
  };

  let pending: IncomingDocument[] = [];
  // Two batches in flight: one committing and the next queued behind it, so parsing goes on
  // while a batch commits. Each batch commits only if the one before did (the `after` option).
  let written: Promise<unknown> | undefined;
  let counted: Promise<void> = Promise.resolve();
  let previousCounted: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    // A failure of the batch before last is rethrown here, before anything more is issued.
    await previousCounted;
    const write = writeDocumentBatch(db, projectId, batch, { addLabels: annotationOptions.addLabels, ...(written ? { after: written } : {}) });
    written = write;
    previousCounted = counted;
    counted = write.then((result) => {
      summary.imported += result.added.length;
      summary.duplicates += result.duplicates.length;
      if (hasLabels(result.labelsAdded)) summary.labelsAdded = mergeLabels(summary.labelsAdded, result.labelsAdded);
      for (const tag of result.labelsRefused) if (!summary.labelsRefused.includes(tag)) summary.labelsRefused.push(tag);
      progress();
    });
    // A failure is rethrown where it is next awaited.
    counted.catch(() => undefined);
  };

  // Groups are read, parsed and hashed ahead (by parse workers when given), and consumed
  // in file order, so documents, duplicates and problems come out as from one thread.
  const keepFirstAnnotations = createRepeatedAnnotationsFilter();
  const groups = importGroups(units);
  const parsers = args.parsers ?? [inThreadParser(options, annotationOptions)];
  const parsed = parseInOrder(groups, parsers, GROUPS_AHEAD_PER_PARSER * parsers.length);
  const stopIfCancelled = () => {
    if (signal?.cancelled) summary.stopped = { reason: 'cancelled', message: 'Import cancelled; documents written so far were kept.' };
    return summary.stopped !== undefined;
  };
  try {
    consume: for (const group of groups) {
      if (stopIfCancelled()) break;
      const results = await parsed.next();
      for (const [i, unit] of group.entries()) {
        if (stopIfCancelled()) break consume;
        const result = results[i]!;
        report(result.problems);
        for (const parsedDoc of result.documents) {
          const { doc, problem } = keepFirstAnnotations(parsedDoc);
          if (problem) report([problem]);
          pending.push(doc);
          if (pending.length >= BATCH_SIZE) await flush();
        }
        summary.filesDone += unit.partner ? 2 : 1;
        summary.bytesDone += unit.main.size + (unit.partner?.size ?? 0);
        progress();
      }
    }
    if (!summary.stopped) await flush();
    await previousCounted;
    await counted;
  } catch (error) {
    // The last batch settles after every earlier one: once it has, the counts are final.
    await counted.catch(() => undefined);
    summary.stopped =
      error instanceof StorageFullError
        ? { reason: 'storage-full', message: error.message }
        : { reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  progress(true);
  return summary;
}
