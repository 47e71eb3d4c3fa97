import type { ImportProblem } from '../../../core/model/importProblem.ts';
import type { FoundLabels } from '../../../core/schema/importedLabels.ts';

export interface ImportProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  imported: number;
  duplicates: number;
  problemCount: number;
}

export interface ImportSummary extends ImportProgress {
  /** The first problems, in order; problemCount has the full number. */
  problems: ImportProblem[];
  /** Labels the imported annotations use that the schema lacked and the import added (annotations.addLabels). */
  labelsAdded: FoundLabels;
  /** Labels the annotations use that a schema cannot hold (see withImportedLabels): their annotations are kept, flagged. */
  labelsRefused: string[];
  /** Set when the import stopped before the end; what was written before stays. */
  stopped?: { reason: 'storage-full' | 'cancelled' | 'error'; message: string };
}

/** Enough problems to read through; a corpus with a million bad lines must not exhaust memory. */
export const MAX_PROBLEMS_KEPT = 5000;
