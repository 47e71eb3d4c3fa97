import type { ImportProblem } from '../../../core/model/importProblem.ts';
import { useT } from '../../../ui/i18n/useT.ts';
import { importProblemText } from './importProblemText.ts';

/**
 * One problem as file:line: what it is, in the interface's language and so its direction;
 * the file and line are isolated, so a name in the other script stays whole at the start.
 */
export function ImportProblemLine({ problem }: { problem: ImportProblem }) {
  const t = useT();
  const { place, text } = importProblemText(t, problem);
  return (
    <code>
      <bdi>{place}</bdi>: {text}
    </code>
  );
}
