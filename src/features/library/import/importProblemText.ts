import { problemPlace } from '../../../core/model/importProblem.ts';
import type { ImportProblem, JsonKind } from '../../../core/model/importProblem.ts';
import { isolated } from '../../../ui/i18n/isolated.ts';
import type { LocaleContextValue } from '../../../ui/i18n/LocaleProvider.tsx';

type T = LocaleContextValue['t'];

/**
 * The values as the sentence shows them: a JSON type in the interface's words, and
 * strings from the file (names, ids, JSON paths) isolated, so they keep their places
 * in a sentence of either direction.
 */
function shown(t: T, values: Readonly<Record<string, string | number>>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      if (name === 'found') return [name, t(`import.found.${value as JsonKind}`)];
      // "entities[3]: " leads the sentence: its colon belongs to the sentence, on the side the sentence's direction puts it.
      if (name === 'at' && typeof value === 'string' && value.endsWith(': ')) return [name, `${isolated(value.slice(0, -2))}: `];
      return [name, typeof value === 'string' ? isolated(value) : value];
    }),
  );
}

/**
 * An import problem for the dialog: where it is (file and line, as the file names them
 * and the CLI prints them) and what it is, in the interface's language.
 */
export function importProblemText(t: T, problem: ImportProblem): { place: string; text: string } {
  const text = t(`import.problem.${problem.code}`, shown(t, problem.values));
  return {
    place: problemPlace(problem),
    text: problem.skipped === undefined ? text : t('import.problemAndSkipped', { problem: text, skipped: t(`import.skipped.${problem.skipped}`) }),
  };
}
