import type { DocumentStatus, EntitySpan, EventAnnotation, StanceAnnotation } from '../model/annotation.ts';
import type { DocumentMeta } from '../model/document.ts';
import type { ImportProblem } from '../model/importProblem.ts';

/**
 * One annotator's work on one document, with the document: the unit every
 * exporter writes and every importer returns. Offsets are UTF-16 code units, as
 * everywhere inside the app; exporters convert them to the file's unit.
 */
export interface AnnotatedDocument {
  /**
   * The document id. Importers of formats that carry one keep it; for the others
   * it is '' until assignContentIds gives the content-hash id the app uses.
   */
  id: string;
  text: string;
  meta: DocumentMeta;
  annotator: string;
  status: DocumentStatus;
  entities: EntitySpan[];
  events: EventAnnotation[];
  stance: StanceAnnotation[];
}

/** What every importer returns: the documents that could be read and what could not. */
export interface AnnotatedImport {
  documents: AnnotatedDocument[];
  problems: ImportProblem[];
}

/** The annotator of imported annotations when neither the caller nor the file names one. */
export const IMPORTED_ANNOTATOR = 'imported';

/** A document with no annotations yet, as importers of other formats start one. */
export function emptyAnnotatedDocument(id: string, text: string, meta: DocumentMeta, annotator: string): AnnotatedDocument {
  return { id, text, meta, annotator, status: 'new', entities: [], events: [], stance: [] };
}

/** Options every importer of annotations takes. */
export interface AnnotatedImportOptions {
  /** Import the annotations as this annotator; by default, the one the file names, else IMPORTED_ANNOTATOR. */
  annotator?: string;
  /** Lines decodeFile found invalid UTF-8 on: line-based importers skip them (decodeFile reported them). */
  badLines?: ReadonlySet<number>;
}
