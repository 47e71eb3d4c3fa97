import { IMPORT_PROBLEM_ENGLISH, JSON_KIND_ENGLISH, PROBLEM_AND_SKIPPED_ENGLISH, SKIPPED_ENGLISH } from '../../core/model/importProblemEnglish.ts';
import { prefixed } from './prefixedMessages.ts';

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
