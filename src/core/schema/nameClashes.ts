import type { LocalName, ProjectSchema } from './projectSchema.ts';
import { validateSchema, type SchemaProblem } from './validateSchema.ts';
import { schemaProblemEnglish } from './schemaProblemEnglish.ts';

/** The lists whose items are named in both languages and shown side by side. */
export type NamedList = 'entities' | 'stanceLabels' | 'events';

/**
 * The names of item `index` of a list that another item of that list has already
 * (English whatever its case, Arabic as written, both trimmed): two labels that read the
 * same cannot be told apart in the palette, nor by a screen reader. The schema forms
 * check the item they add or edit; validateSchema does not, so that a schema saved
 * with such a pair earlier does not stop every other edit.
 */
export function nameClashes(schema: ProjectSchema, list: NamedList, index: number): SchemaProblem[] {
  const items: readonly { name: LocalName }[] = schema[list];
  const own = items[index];
  if (!own) return [];
  const taken = takenNames(own.name, items.filter((_, i) => i !== index).map((other) => other.name));
  const problems: SchemaProblem[] = [];
  const en = own.name.en.trim();
  const ar = own.name.ar.trim();
  if (taken.en) problems.push({ kind: 'duplicate-name', path: `${list}[${index}].name.en`, values: { name: en }, message: schemaProblemEnglish('duplicate-name', { name: en }) });
  if (taken.ar) problems.push({ kind: 'duplicate-name', path: `${list}[${index}].name.ar`, values: { name: ar }, message: schemaProblemEnglish('duplicate-name', { name: ar }) });
  return problems;
}

/** Which of a name's two languages one of `others` has already (English whatever its case; both trimmed; an empty name never). */
export function takenNames(name: LocalName, others: readonly LocalName[]): { en: boolean; ar: boolean } {
  const en = name.en.trim().toLowerCase();
  const ar = name.ar.trim();
  return {
    en: en !== '' && others.some((other) => other.en.trim().toLowerCase() === en),
    ar: ar !== '' && others.some((other) => other.ar.trim() === ar),
  };
}

/** What stops a form from saving item `index` of a list: the schema's problems and that item's name clashes. */
export function itemProblems(schema: ProjectSchema, list: NamedList, index: number): SchemaProblem[] {
  return [...validateSchema(schema), ...nameClashes(schema, list, index)];
}
