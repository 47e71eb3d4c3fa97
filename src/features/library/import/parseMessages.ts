import type { ImportOptions } from '../../../core/importers/importOptions.ts';
import type { AnnotationImportOptions } from './annotationImportOptions.ts';
import type { ImportUnit } from './importUnits.ts';
import type { ParsedUnitResult } from './parseGroup.ts';

export interface NamedBlob {
  name: string;
  blob: Blob;
}

/** An import unit as it crosses to a parse worker: its files as Blobs, which are cloned without their bytes. */
export interface UnitOfBlobs {
  kind: ImportUnit['kind'];
  main: NamedBlob;
  partner?: NamedBlob;
}

export interface ParseRequest {
  id: number;
  units: UnitOfBlobs[];
  options: ImportOptions;
  annotations: AnnotationImportOptions;
}

export type ParseResponse = { id: number; results: ParsedUnitResult[] } | { id: number; error: string };
