import type { ExchangeProblem } from '../../../core/exchange/exchangeProblem.ts';
import { useT } from '../../../ui/i18n/useT.ts';
import { exchangeProblemText } from './exchangeProblemText.ts';

/** Why a file was refused: each problem in words, with the fields or documents it concerns. */
export function ExchangeProblems({ problems }: { problems: readonly ExchangeProblem[] }) {
  const t = useT();
  // Field problems share one heading; their sentences follow it, as do a schema's differences, in the interface's
  // direction (each path or tag isolated inside). Other details are titles and names from the file, each shown in its
  // own direction.
  const invalid = problems.filter((p) => p.code === 'invalid');
  const others = problems.filter((p) => p.code !== 'invalid');
  const rows = [
    ...(invalid.length > 0 ? [{ text: t('exchange.problem.invalid'), details: invalid.flatMap((p) => exchangeProblemText(t, p).details), sentences: true }] : []),
    ...others.map((p) => ({ ...exchangeProblemText(t, p), sentences: p.code === 'schema-differs' })),
  ];
  return (
    <ul className="exchange-problems">
      {rows.map((row, i) => (
        <li key={i}>
          {row.text}
          {row.details.length > 0 ? (
            <ul className="problem-list">
              {row.details.map((detail, j) => (
                <li key={j}>{row.sentences ? detail : <bdi dir="auto">{detail}</bdi>}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
