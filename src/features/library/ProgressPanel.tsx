import { useMemo } from 'react';
import { useNumberFormatter } from 'react-aria';
import { GOLD_ANNOTATOR } from '../../core/model/annotation.ts';
import type { ProjectSchema } from '../../core/schema/projectSchema.ts';
import { BarChart } from '../../ui/charts/BarChart.tsx';
import { useLocale, useT } from '../../ui/i18n/useT.ts';
import { useProjectProgress } from './api/useProjectProgress.ts';
import { formatDuration } from './formatDuration.ts';
import './progress.css';

/**
 * Per project and per annotator: documents done, spans per label, active editing time.
 * Each chart carries the same figures as a table for screen readers.
 */
export function ProgressPanel(props: { projectId: string; schema: ProjectSchema | undefined }) {
  const t = useT();
  const { locale } = useLocale();
  const numbers = useNumberFormatter();
  const progress = useProjectProgress(props.projectId);
  const colors = useMemo(() => new Map(props.schema?.entities.map((label) => [label.tag, label]) ?? []), [props.schema]);
  const data = progress.data;
  if (!data) return null;
  const people = data.annotators;
  const spansByLabel = new Map<string, number>();
  for (const person of people) for (const [tag, n] of Object.entries(person.spansByLabel)) spansByLabel.set(tag, (spansByLabel.get(tag) ?? 0) + n);
  const units = { hours: t('progress.hours'), minutes: t('progress.minutes') };
  // Gold is the reviewer's adjudicated version: named as the review names it, in the interface's language.
  const nameOf = (annotator: string) => (annotator === GOLD_ANNOTATOR ? t('review.gold') : annotator);

  return (
    <details className="progress-panel card">
      <summary>
        <h2>{t('progress.heading')}</h2>
        <span className="muted">{t('progress.summary', { done: data.doneByAnyone, total: data.documents })}</span>
      </summary>
      {people.length === 0 ? (
        <p className="muted">{t('progress.none')}</p>
      ) : (
        <div className="progress-charts">
          <BarChart
            id="progress-done"
            max={data.documents}
            title={t('progress.done')}
            labelHeading={t('progress.annotator')}
            valueHeading={t('progress.documents')}
            bars={people.map((p) => ({ id: p.annotator, label: nameOf(p.annotator), value: p.done, valueText: `${numbers.format(p.done)} / ${numbers.format(data.documents)}` }))}
          />
          <BarChart
            id="progress-labels"
            title={t('progress.spansByLabel')}
            labelHeading={t('progress.label')}
            valueHeading={t('progress.spans')}
            bars={[...spansByLabel].sort((a, b) => b[1] - a[1]).map(([tag, n]) => ({
              id: tag,
              label: colors.get(tag) ? `${tag} · ${colors.get(tag)!.name[locale]}` : tag,
              value: n,
              color: colors.get(tag)?.color,
            }))}
          />
          <BarChart
            id="progress-time"
            title={t('progress.time')}
            labelHeading={t('progress.annotator')}
            valueHeading={t('progress.timeColumn')}
            bars={people.map((p) => ({ id: p.annotator, label: nameOf(p.annotator), value: p.activeMs, valueText: formatDuration(p.activeMs, numbers, units) }))}
          />
        </div>
      )}
      <p className="muted">{t('progress.timeHint')}</p>
    </details>
  );
}
