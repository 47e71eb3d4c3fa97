/** What kind of document an importer produced; drives how the library lists it. */
export type DocumentKind = 'article' | 'headline' | 'text';

/**
 * Metadata carried beside the immutable text. Importers fill the keys they know;
 * JSONL fields other than the text field are kept here as they were.
 */
export interface DocumentMeta {
  kind: DocumentKind;
  title?: string;
  source?: string;
  /** ISO 8601 date, yyyy-mm-dd. */
  date?: string;
  /** Name of the file the document came from. */
  file?: string;
  /** 1-based line in that file where the document starts. */
  line?: number;
  [field: string]: unknown;
}

/** A document as an importer returns it, before it has an id or a place in a project. */
export interface ParsedDocument {
  text: string;
  meta: DocumentMeta;
}

/** A document with its content hash and id, as the CLI prints it and storage keeps it. */
export interface HashedDocument extends ParsedDocument {
  /** Full SHA-256 of the UTF-8 text, lowercase hex. */
  hash: string;
  /** Stable id derived from the hash: equal texts get equal ids. */
  id: string;
}
