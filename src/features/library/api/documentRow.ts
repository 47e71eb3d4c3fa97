import type { DocumentStatus } from '../../../core/model/annotation.ts';
import type { DocumentRecord } from '../../../storage/tawsimSchema.ts';

export interface DocumentRow {
  record: DocumentRecord;
  status: DocumentStatus;
}

/** Rows are fetched in pages of this many, so a 100,000-document project never loads whole. */
export const PAGE_SIZE = 100;
