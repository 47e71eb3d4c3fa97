import type { ImportOptions } from '../../../core/importers/importOptions.ts';
import type { AnnotationImportOptions } from './annotationImportOptions.ts';
import type { ImportGroup } from './importGroups.ts';
import { parseGroup, type ParsedUnitResult } from './parseGroup.ts';

/** Reads, parses and hashes groups of units, in this thread or in a parse worker. */
export interface GroupParser {
  parse(group: ImportGroup): Promise<ParsedUnitResult[]>;
  /** Stops the parser; groups still being parsed are dropped. */
  close(): void;
}

export function inThreadParser(options: ImportOptions, annotations: AnnotationImportOptions): GroupParser {
  return { parse: (group) => parseGroup(group, options, annotations), close: () => {} };
}
