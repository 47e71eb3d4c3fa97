import type { ImportProgress } from './importSummary.ts';

/**
 * How far an import has come: the files read, and the documents written (or found to be
 * there already) of those the preview counted; the less of the two, as the files are read
 * well before the last documents are written, and a bar at its end must mean done.
 */
export function importedShare(progress: ImportProgress, previewed: number): number {
  const read = progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : 0;
  return previewed > 0 ? Math.min(read, (progress.imported + progress.duplicates) / previewed) : read;
}
