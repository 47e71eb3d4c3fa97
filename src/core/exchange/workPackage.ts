import type { ProjectSchema } from '../schema/projectSchema.ts';
import { checkHeader, EXCHANGE_OFFSET_UNIT, EXCHANGE_VERSION, WORK_PACKAGE_FORMAT } from './exchangeHeader.ts';
import { ProblemList } from './exchangeProblem.ts';
import type { ExchangeProblem, ExchangeReason } from './exchangeProblem.ts';
import { isNonEmptyString, isRecord, SHA256_HEX } from './jsonShape.ts';
import { readSchema } from './readSchema.ts';
import { readWork } from './readWork.ts';
import type { ExchangedWork } from './readWork.ts';

/** One document of a work package: which text (by content hash) and the annotator's work on it. */
export interface WorkPackageDocument extends ExchangedWork {
  /** The app's document id (the first 16 hex digits of the hash), for people reading the file. */
  id: string;
  /** SHA-256 of the text: how the importing project finds the document. */
  hash: string;
  title: string;
}

/**
 * One annotator's work on a project, to hand to a reviewer: no texts, only their
 * hashes, so a package stays small and carries nothing the reviewer lacks.
 */
export interface WorkPackage {
  format: typeof WORK_PACKAGE_FORMAT;
  version: typeof EXCHANGE_VERSION;
  offset_unit: typeof EXCHANGE_OFFSET_UNIT;
  /** ISO 8601. */
  exportedAt: string;
  annotator: string;
  project: { id: string; name: string };
  schema: ProjectSchema;
  documents: WorkPackageDocument[];
}

export function createWorkPackage(fields: Pick<WorkPackage, 'annotator' | 'project' | 'schema' | 'documents'>, exportedAt: Date): WorkPackage {
  return {
    format: WORK_PACKAGE_FORMAT,
    version: EXCHANGE_VERSION,
    offset_unit: EXCHANGE_OFFSET_UNIT,
    exportedAt: exportedAt.toISOString(),
    annotator: fields.annotator,
    project: { id: fields.project.id, name: fields.project.name },
    schema: fields.schema,
    documents: fields.documents,
  };
}

/** The reserved "~" names (suggestions) are the app's own, never an annotator's package. */
export function packageAnnotatorProblem(name: unknown): ExchangeReason | null {
  if (!isNonEmptyString(name) || !name.trim()) return { code: 'not-a-name' };
  if (name.startsWith('~')) return { code: 'reserved-name', values: { name } };
  return null;
}

/**
 * Reads a decoded work package, checking everything that can be checked without
 * the project it goes into (that is the import's part: documents and schema).
 */
export function parseWorkPackage(value: unknown): { ok: true; pkg: WorkPackage } | { ok: false; problems: ExchangeProblem[] } {
  const header = checkHeader(value, WORK_PACKAGE_FORMAT);
  if (!header.ok) return header;
  const record = header.record;
  const problems = new ProblemList();
  const annotatorProblem = packageAnnotatorProblem(record.annotator);
  if (annotatorProblem) problems.add('annotator', annotatorProblem);
  if (typeof record.exportedAt !== 'string' || Number.isNaN(Date.parse(record.exportedAt))) problems.add('exportedAt', { code: 'not-iso-time' });
  const project = isRecord(record.project) && typeof record.project.id === 'string' && typeof record.project.name === 'string' ? { id: record.project.id, name: record.project.name } : null;
  if (!project) problems.add('project', { code: 'needs-project-fields' });
  const schema = readSchema(record.schema, 'schema', problems);
  const documents: WorkPackageDocument[] = [];
  if (!Array.isArray(record.documents)) problems.add('documents', { code: 'not-array' });
  else if (schema) {
    const hashes = new Set<string>();
    record.documents.forEach((item: unknown, i: number) => {
      const at = `documents[${i}]`;
      if (!isRecord(item) || typeof item.hash !== 'string' || !SHA256_HEX.test(item.hash)) return problems.add(`${at}.hash`, { code: 'not-sha256' });
      if (hashes.has(item.hash)) return problems.add(`${at}.hash`, { code: 'same-document-twice' });
      hashes.add(item.hash);
      const work = readWork(item, at, schema, problems);
      if (work) documents.push({ id: typeof item.id === 'string' ? item.id : item.hash.slice(0, 16), hash: item.hash, title: typeof item.title === 'string' ? item.title : '', ...work });
    });
  }
  if (problems.count > 0 || !schema || !project) return { ok: false, problems: problems.result() };
  return { ok: true, pkg: createWorkPackage({ annotator: (record.annotator as string).trim(), project, schema, documents }, new Date(record.exportedAt as string)) };
}
