import type { ImportOptions } from '../core/importers/importOptions.ts';

/** --delimiter's names for the characters that separate CSV fields. */
export const DELIMITER_NAMES = ['auto', 'comma', 'tab', 'semicolon', 'space'] as const;

const DELIMITERS: Record<(typeof DELIMITER_NAMES)[number], ImportOptions['csvDelimiter']> = { auto: 'auto', comma: ',', tab: '\t', semicolon: ';', space: ' ' };

export function csvDelimiterOption(name: (typeof DELIMITER_NAMES)[number]): ImportOptions['csvDelimiter'] {
  return DELIMITERS[name];
}
