import { IMPORT_PROBLEM_ENGLISH, JSON_KIND_ENGLISH, PROBLEM_AND_SKIPPED_ENGLISH, SKIPPED_ENGLISH } from '../../core/model/importProblemEnglish.ts';

type Prefixed<P extends string, T> = { readonly [K in keyof T & string as `${P}${K}`]: T[K] };

function prefixed<P extends string, T extends object>(prefix: P, table: T): Prefixed<P, T> {
  return Object.fromEntries(Object.entries(table).map(([key, text]) => [`${prefix}${key}`, text])) as Prefixed<P, T>;
}

/**
 * The English catalogue's import problems: the sentences core words them in for the
 * CLI, so the English interface says exactly what `tawsim import` prints.
 */
export const importProblemMessagesEn = {
  ...prefixed('import.problem.', IMPORT_PROBLEM_ENGLISH),
  ...prefixed('import.skipped.', SKIPPED_ENGLISH),
  ...prefixed('import.found.', JSON_KIND_ENGLISH),
  'import.problemAndSkipped': PROBLEM_AND_SKIPPED_ENGLISH,
};
