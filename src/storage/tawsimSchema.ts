import type { DBSchema } from 'idb';
import type { DocumentKind, DocumentMeta } from '../core/model/document.ts';
import type { AnnotationSet, DocumentStatus } from '../core/model/annotation.ts';
import type { EditHistory } from '../core/annotate/editHistory.ts';
import type { ProjectSchema } from '../core/schema/projectSchema.ts';
import type { PackedSpans } from './packedSpans.ts';

export interface ProjectRecord {
  id: string;
  name: string;
  createdAt: number;
  /** Next value of DocumentRecord.seq in this project; documents list in seq order. */
  nextSeq: number;
  docCount: number;
  /** Absent until the project's schema is first edited; readers fall back to the default schema. */
  schema?: ProjectSchema;
}

/** Everything the library list needs, without the text, so a page of rows stays small. */
export interface DocumentRecord {
  /** `${projectId}:${hashId}`: the same text can live in two projects. */
  id: string;
  projectId: string;
  /** Id derived from the content hash; what exports call the document id. */
  hashId: string;
  /** SHA-256 of the text, hex. */
  hash: string;
  seq: number;
  kind: DocumentKind;
  /** Title from meta, or the first words of the text. */
  title: string;
  /** Length of the text in UTF-16 code units. */
  length: number;
  meta: DocumentMeta;
  importedAt: number;
}

/** The immutable text, apart from its record so list pages never load it. */
export interface TextRecord {
  id: string;
  projectId: string;
  text: string;
}

export interface AnnotationRecord extends AnnotationSet {
  projectId: string;
  updatedAt: number;
  /** Bumped on every write; lets a writer detect that another tab wrote in between. */
  rev: number;
  /** Undo and redo of entity edits, kept with the spans so both are written together. */
  history?: EditHistory;
}

/**
 * An AnnotationRecord as the annotations store holds it (since version 2): the entity
 * spans packed into columns. Only `storedAnnotation.ts` converts between the two forms.
 */
export interface StoredAnnotationRecord extends Omit<AnnotationRecord, 'entities'> {
  spans: PackedSpans;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface TawsimDB extends DBSchema {
  projects: { key: string; value: ProjectRecord };
  documents: {
    key: string;
    value: DocumentRecord;
    indexes: { 'by-project-seq': [string, number]; 'by-project-kind': [string, DocumentKind] };
  };
  texts: {
    key: string;
    value: TextRecord;
    indexes: { 'by-project': string };
  };
  annotations: {
    key: [string, string];
    value: StoredAnnotationRecord;
    indexes: { 'by-doc': string; 'by-project-annotator': [string, string]; 'by-project-annotator-status': [string, string, DocumentStatus] };
  };
  settings: { key: string; value: SettingRecord };
}

export type StoreName = 'projects' | 'documents' | 'texts' | 'annotations' | 'settings';
