import type { ParsedDocument } from '../model/document.ts';
import type { CsvDelimiter } from './csv.ts';
import type { ImportProblem } from '../model/importProblem.ts';
import type { TextSplit } from './plainText.ts';
import type { PreviewSegment } from './previewSegment.ts';

export type ImportFormat = 'news' | 'txt' | 'jsonl' | 'csv';

export interface ImportOptions {
  /** auto: JSONL by extension or content, CSV by extension (.csv, .tsv, .tab), else a news page when it has a dateline, else plain text. */
  format: 'auto' | ImportFormat;
  txtSplit: TextSplit;
  /** JSONL field or CSV column holding the text. */
  textField: string;
  /**
   * Stance data (JSONL or a CSV/TSV table): the field or column holding each record's
   * target, and the one holding its label. A file whose records have the text field and
   * both of these is read as stance annotations.
   */
  targetField: string;
  labelField: string;
  /** CSV: auto guesses comma, tab or semicolon from the name and the header (see csvDelimiter). */
  csvDelimiter: 'auto' | CsvDelimiter;
  /** Import a news page's ticker items as headline documents. */
  headlines: boolean;
  /** Turn Arabic presentation forms into ordinary letters (NFKC on those characters). */
  foldPresentationForms: boolean;
}

export const defaultImportOptions: Readonly<ImportOptions> = {
  format: 'auto',
  txtSplit: 'file',
  textField: 'text',
  targetField: 'target',
  labelField: 'label',
  csvDelimiter: 'auto',
  headlines: true,
  foldPresentationForms: false,
};

/**
 * What importFile computes beyond documents and problems: 'preview' adds what only the
 * import preview shows (a news page's kept and dropped lines, the presentation-form
 * count); an import skips them, as counting alone was a fifth of its parsing time.
 */
export type ImportDetail = 'documents' | 'preview';

export interface ImportFileResult {
  file: string;
  format: ImportFormat;
  documents: ParsedDocument[];
  /** Sorted by line; whole-file problems first. */
  problems: ImportProblem[];
  /** What was kept and dropped, for news pages with detail 'preview'; empty otherwise. */
  segments: PreviewSegment[];
  /** Presentation-form characters in the file before any folding, with detail 'preview'; 0 otherwise. */
  presentationForms: number;
}
