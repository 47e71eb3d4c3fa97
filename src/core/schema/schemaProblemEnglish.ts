import { fillTemplate } from '../model/fillTemplate.ts';

/**
 * The English of each problem validateSchema and nameClashes find, one template per
 * code: their messages, and the reasons a work package or bundle with such a schema is
 * refused (EXCHANGE_REASON_ENGLISH). An empty name has a code per language of the name.
 */
export const SCHEMA_PROBLEM_ENGLISH = {
  'empty-tag': 'The tag is empty.',
  'unsafe-tag': 'The tag "{tag}" may only hold letters, digits and _ - : .',
  'duplicate-tag': 'The tag "{tag}" is used twice.',
  'empty-english-name': 'The English name is empty.',
  'empty-arabic-name': 'The Arabic name is empty.',
  'duplicate-name': 'Another label is named "{name}".',
  'invalid-color': 'The colour "{color}" is not #rrggbb.',
  'invalid-hotkey': '"{hotkey}" is not a key code.',
  'reserved-hotkey': '{hotkey} is reserved for the annotation screen.',
  'duplicate-hotkey': '{hotkey} is already the hotkey of {owner}.',
  'empty-target': 'The stance target is empty.',
  'duplicate-target': 'The stance target "{target}" is listed twice.',
} as const;

export type SchemaProblemCode = keyof typeof SCHEMA_PROBLEM_ENGLISH;

export function schemaProblemEnglish(code: SchemaProblemCode, values: Readonly<Record<string, string>> = {}): string {
  return fillTemplate(SCHEMA_PROBLEM_ENGLISH[code], values);
}
