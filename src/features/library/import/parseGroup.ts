import type { ImportOptions } from '../../../core/importers/importOptions.ts';
import type { ImportProblem } from '../../../core/model/importProblem.ts';
import { hashDocuments } from '../../../core/text/contentHash.ts';
import type { IncomingDocument } from '../../../storage/documentStore.ts';
import type { AnnotationImportOptions } from './annotationImportOptions.ts';
import type { ImportGroup } from './importGroups.ts';
import type { ImportUnit } from './importUnits.ts';
import { parseImportUnit } from './parseImportUnit.ts';

/** One unit's documents, hashed and ready to write, and its problems in file order. */
export interface ParsedUnitResult {
  documents: IncomingDocument[];
  problems: ImportProblem[];
}

type UnitBytes = [Uint8Array, Uint8Array | undefined];

/** The bytes of every unit of the group: one read of all its files when they are Blobs. */
async function readGroup(group: ImportGroup): Promise<UnitBytes[]> {
  const blobs = group.flatMap((unit) => [unit.main.blob, unit.partner?.blob].filter((blob) => blob !== undefined));
  if (blobs.length !== group.reduce((sum, unit) => sum + (unit.partner ? 2 : 1), 0)) {
    return Promise.all(group.map((unit) => Promise.all([unit.main.read(), unit.partner?.read()])));
  }
  const bytes = new Uint8Array(await new Blob(blobs).arrayBuffer());
  let offset = 0;
  const take = (size: number) => bytes.subarray(offset, (offset += size));
  return group.map((unit: ImportUnit): UnitBytes => [take(unit.main.size), unit.partner ? take(unit.partner.size) : undefined]);
}

/**
 * Reads, parses and hashes a group of units: everything an import does before writing,
 * so it can run in a parse worker as well as in the writing thread.
 */
export async function parseGroup(
  group: ImportGroup,
  options: ImportOptions,
  annotations: AnnotationImportOptions,
): Promise<ParsedUnitResult[]> {
  const read = await readGroup(group);
  const parsed = group.map((unit, i) => parseImportUnit(unit, read[i]![0], read[i]![1], options, annotations, 'documents'));
  const hashed = await hashDocuments(parsed.flatMap((result) => result.documents));
  let next = 0;
  return parsed.map((result) => ({ documents: hashed.slice(next, (next += result.documents.length)), problems: result.problems }));
}
