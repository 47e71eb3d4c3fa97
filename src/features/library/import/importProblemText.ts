import { problemPlace } from '../../../core/model/importProblem.ts';
import type { ImportProblem } from '../../../core/model/importProblem.ts';
import type { LocaleContextValue } from '../../../ui/i18n/LocaleProvider.tsx';

type T = LocaleContextValue['t'];

/** Strings from the file (names, ids, JSON paths, the reader's technical English) isolated, so they keep their places in a sentence of either direction. */
function isolated(values: Readonly<Record<string, string | number>>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? `\u2068${value}\u2069` : value]));
}

/**
 * An import problem for the dialog: where it is (file and line, as the file names them
 * and the CLI prints them) and what it is, in the interface's language.
 */
export function importProblemText(t: T, problem: ImportProblem): { place: string; text: string } {
  const text = t(`import.problem.${problem.code}`, isolated(problem.values));
  return {
    place: problemPlace(problem),
    text: problem.skipped === undefined ? text : t('import.problemAndSkipped', { problem: text, skipped: t(`import.skipped.${problem.skipped}`) }),
  };
}
