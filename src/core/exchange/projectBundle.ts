import type { DocumentMeta } from '../model/document.ts';
import type { ProjectSchema } from '../schema/projectSchema.ts';
import { contentHash, documentIdFromHash } from '../text/contentHash.ts';
import { checkHeader, EXCHANGE_OFFSET_UNIT, EXCHANGE_VERSION, PROJECT_BUNDLE_FORMAT } from './exchangeHeader.ts';
import { ProblemList } from './exchangeProblem.ts';
import type { ExchangeProblem } from './exchangeProblem.ts';
import { isNonEmptyString, isRecord, SHA256_HEX } from './jsonShape.ts';
import { readSchema } from './readSchema.ts';
import { readWork } from './readWork.ts';
import type { ExchangedWork } from './readWork.ts';

export interface BundleDocument {
  id: string;
  hash: string;
  title: string;
  text: string;
  meta: DocumentMeta;
}

export interface BundleAnnotation extends ExchangedWork {
  /** Id of a document of the bundle. */
  document: string;
  annotator: string;
}

/**
 * A whole project in one file, for backup and hand-over: the schema, the documents
 * with texts and meta (in import order), and every annotation set, gold and the
 * import's suggestions included. Edit histories stay behind.
 */
export interface ProjectBundle {
  format: typeof PROJECT_BUNDLE_FORMAT;
  version: typeof EXCHANGE_VERSION;
  offset_unit: typeof EXCHANGE_OFFSET_UNIT;
  exportedAt: string;
  project: { id: string; name: string };
  schema: ProjectSchema;
  documents: BundleDocument[];
  annotations: BundleAnnotation[];
}

export function createProjectBundle(fields: Pick<ProjectBundle, 'project' | 'schema' | 'documents' | 'annotations'>, exportedAt: Date): ProjectBundle {
  return {
    format: PROJECT_BUNDLE_FORMAT,
    version: EXCHANGE_VERSION,
    offset_unit: EXCHANGE_OFFSET_UNIT,
    exportedAt: exportedAt.toISOString(),
    project: { id: fields.project.id, name: fields.project.name },
    schema: fields.schema,
    documents: fields.documents,
    annotations: fields.annotations,
  };
}

const KINDS: readonly unknown[] = ['article', 'headline', 'text'];

/** Reads a decoded bundle: every offset is checked against its text. Hashes are checked apart (checkBundleHashes), being async. */
export function parseProjectBundle(value: unknown): { ok: true; bundle: ProjectBundle } | { ok: false; problems: ExchangeProblem[] } {
  const header = checkHeader(value, PROJECT_BUNDLE_FORMAT);
  if (!header.ok) return header;
  const record = header.record;
  const problems = new ProblemList();
  if (typeof record.exportedAt !== 'string' || Number.isNaN(Date.parse(record.exportedAt))) problems.add('exportedAt', { code: 'not-iso-time' });
  const project = isRecord(record.project) && typeof record.project.id === 'string' && isNonEmptyString(record.project.name) ? { id: record.project.id, name: record.project.name } : null;
  if (!project) problems.add('project', { code: 'needs-project-fields' });
  const schema = readSchema(record.schema, 'schema', problems);

  const documents: BundleDocument[] = [];
  const lengths = new Map<string, number>();
  if (!Array.isArray(record.documents)) problems.add('documents', { code: 'not-array' });
  else {
    record.documents.forEach((item: unknown, i: number) => {
      const at = `documents[${i}]`;
      if (!isRecord(item) || !isNonEmptyString(item.id) || typeof item.hash !== 'string' || !SHA256_HEX.test(item.hash) || typeof item.text !== 'string') {
        return problems.add(at, { code: 'needs-document-fields' });
      }
      if (!isRecord(item.meta) || !KINDS.includes(item.meta.kind)) return problems.add(`${at}.meta`, { code: 'needs-kind' });
      if (lengths.has(item.id)) return problems.add(`${at}.id`, { code: 'id-used-twice', values: { id: item.id } });
      lengths.set(item.id, item.text.length);
      documents.push({ id: item.id, hash: item.hash, title: typeof item.title === 'string' ? item.title : '', text: item.text, meta: { ...item.meta } as DocumentMeta });
    });
  }

  const annotations: BundleAnnotation[] = [];
  if (!Array.isArray(record.annotations)) problems.add('annotations', { code: 'not-array' });
  else if (schema) {
    const seen = new Set<string>();
    record.annotations.forEach((item: unknown, i: number) => {
      const at = `annotations[${i}]`;
      if (!isRecord(item) || !isNonEmptyString(item.document) || !isNonEmptyString(item.annotator)) return problems.add(at, { code: 'needs-set-fields' });
      const length = lengths.get(item.document);
      if (length === undefined) return problems.add(`${at}.document`, { code: 'no-such-document', values: { document: item.document } });
      const key = JSON.stringify([item.document, item.annotator]);
      if (seen.has(key)) return problems.add(at, { code: 'second-set', values: { annotator: item.annotator } });
      seen.add(key);
      const work = readWork(item, at, schema, problems, length);
      if (work) annotations.push({ document: item.document, annotator: item.annotator, ...work });
    });
  }
  if (problems.count > 0 || !schema || !project) return { ok: false, problems: problems.result() };
  return { ok: true, bundle: createProjectBundle({ project, schema, documents, annotations }, new Date(record.exportedAt as string)) };
}

/** A text whose hash or id is not its own would break matching by content hash: each is reported. */
export async function checkBundleHashes(bundle: ProjectBundle): Promise<ExchangeProblem[]> {
  const problems: ExchangeProblem[] = [];
  for (const doc of bundle.documents) {
    const hash = await contentHash(doc.text);
    if (hash !== doc.hash || doc.id !== documentIdFromHash(hash)) problems.push({ code: 'hash-mismatch', document: doc.id });
  }
  return problems;
}
