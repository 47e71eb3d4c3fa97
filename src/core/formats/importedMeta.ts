import type { DocumentKind, DocumentMeta } from '../model/document.ts';
import type { JsonObject } from './jsonValue.ts';

// Keys the importers set themselves; a file's own field of that name is kept as original_<key>.
const RESERVED = new Set(['kind', 'file', 'line', 'tokens', 'docstart']);

/**
 * meta of a document read from another tool's file: kind "text", where it came
 * from, then the record's other fields as they were (as the JSONL importer keeps them).
 */
export function importedMeta(file: string, line: number | null, fields: JsonObject): DocumentMeta {
  const extra = Object.entries(fields).map(([key, value]) => [RESERVED.has(key) ? `original_${key}` : key, value]);
  const where = line === null ? [['file', file]] : [['file', file], ['line', line]];
  // fromEntries defines own properties, so a "__proto__" field stays a plain field.
  return Object.fromEntries([['kind', 'text'], ...where, ...extra]) as DocumentMeta;
}

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['article', 'headline', 'text'];

export function isDocumentKind(value: unknown): value is DocumentKind {
  return DOCUMENT_KINDS.includes(value as DocumentKind);
}
