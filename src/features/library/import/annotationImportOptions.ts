import type { OffsetUnit } from '../../../core/formats/offsetUnit.ts';

/** What to do with annotations found in imported files (Tawsim JSONL, doccano, Label Studio, CoNLL, brat, …). */
export interface AnnotationImportOptions {
  /** As suggestions every annotator accepts or rejects, or as an annotator's own work. */
  as: 'suggestions' | 'annotator';
  /** With `as: 'annotator'`: this name, or '' for the names the files give. */
  annotator: string;
  /** Offset unit of doccano and Label Studio files. */
  offsetUnit: OffsetUnit;
  /** CoNLL files without -DOCSTART- lines: sentences per document. */
  sentencesPerDocument: number;
  /** Add the labels the annotations use and the project's schema lacks (named by their tags). */
  addLabels: boolean;
}

export const defaultAnnotationImport: Readonly<AnnotationImportOptions> = {
  as: 'suggestions',
  annotator: '',
  offsetUnit: 'codepoint',
  sentencesPerDocument: 1,
  addLabels: true,
};
