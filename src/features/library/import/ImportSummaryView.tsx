import { useNumberFormatter } from 'react-aria';
import { useT } from '../../../ui/i18n/useT.ts';
import { hasLabels } from '../../../core/schema/importedLabels.ts';
import { foundLabelsText, tagList } from './foundLabelsText.ts';
import { ImportProblemLine } from './ImportProblemLine.tsx';
import type { ImportSummary } from './importSummary.ts';

const SHOWN_PROBLEMS = 200;

export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const t = useT();
  // Grouped as the list's counts are (3,384; ٣٬٣٨٤).
  const numbers = useNumberFormatter();
  const shown = summary.problems.slice(0, SHOWN_PROBLEMS);
  return (
    <section className="import-summary" aria-labelledby="import-summary-heading" role="status">
      <h3 id="import-summary-heading">{t('import.done')}</h3>
      {summary.stopped ? (
        <p className="notice error" role="alert">
          {t('import.stopped')} {stoppedText(t, summary.stopped)}
        </p>
      ) : null}
      <dl className="summary-figures">
        <div><dt>{t('import.summary.imported')}</dt><dd data-testid="summary-imported">{numbers.format(summary.imported)}</dd></div>
        <div><dt>{t('import.summary.duplicates')}</dt><dd data-testid="summary-duplicates">{numbers.format(summary.duplicates)}</dd></div>
        <div><dt>{t('import.summary.problems')}</dt><dd data-testid="summary-problems">{numbers.format(summary.problemCount)}</dd></div>
      </dl>
      {hasLabels(summary.labelsAdded) ? (
        <p data-testid="summary-labels-added">{t('import.labelsAdded', { labels: foundLabelsText(t, summary.labelsAdded) })}</p>
      ) : null}
      {summary.labelsRefused.length > 0 ? (
        <p className="notice" data-testid="summary-labels-refused">
          {t('import.labelsRefused', { tags: tagList(t, summary.labelsRefused) })}
        </p>
      ) : null}
      {shown.length > 0 ? (
        <ul className="problem-list">
          {shown.map((problem, i) => (
            <li key={i}><ImportProblemLine problem={problem} /></li>
          ))}
          {summary.problemCount > shown.length ? (
            <li className="muted">{t('import.summary.more', { n: summary.problemCount - shown.length })}</li>
          ) : null}
        </ul>
      ) : null}
    </section>
  );
}

/** Why the import stopped: a cancel or a full disk in the interface's words, any other error as it was thrown. */
function stoppedText(t: ReturnType<typeof useT>, stopped: NonNullable<ImportSummary['stopped']>): string {
  if (stopped.reason === 'cancelled') return t('import.cancelled');
  return stopped.reason === 'storage-full' ? t('storage.full') : stopped.message;
}
