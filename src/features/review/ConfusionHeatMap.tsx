import { useState } from 'react';
import { useNumberFormatter } from 'react-aria';
import type { PairConfusion } from '../../core/agreement/agreementReport.ts';
import { SelectField } from '../../ui/SelectField.tsx';
import { useT } from '../../ui/i18n/useT.ts';
import { AnnotatorName } from './AnnotatorName.tsx';
import { heatShade, largestCount, STRONG_INK_FROM_SHADE } from './heatShade.ts';

/**
 * One pair's label confusion matrix over characters as a table whose cells are
 * shaded by count; the count is always written in the cell, so nothing depends
 * on colour. Rows are the first annotator's labels, columns the second's.
 */
export function ConfusionHeatMap({ confusion }: { confusion: readonly PairConfusion[] }) {
  const t = useT();
  const numbers = useNumberFormatter();
  const [chosen, setChosen] = useState(0);
  const pair = confusion[Math.min(chosen, confusion.length - 1)];
  if (!pair) return null;
  const largest = largestCount(pair.counts);
  const labelText = (label: string) => (label === 'O' ? t('review.outside') : label);
  return (
    <section className="card heat-map" aria-labelledby="confusion-heading">
      <h2 id="confusion-heading">{t('review.confusion')}</h2>
      {confusion.length > 1 ? (
        <SelectField
          label={t('review.confusionPair')}
          value={String(Math.min(chosen, confusion.length - 1))}
          options={confusion.map((p, i) => ({ id: String(i), label: `${p.a} · ${p.b}` }))}
          onChange={(value) => setChosen(Number(value))}
        />
      ) : null}
      <div className="heat-scroll">
        <table className="heat-table" data-testid="confusion-table">
          <caption>
            {t('review.confusionCaption', { documents: pair.documents })} {t('review.rows')} <AnnotatorName name={pair.a} />; {t('review.columns')} <AnnotatorName name={pair.b} />.
          </caption>
          <thead>
            <tr>
              <td />
              {pair.labels.map((label) => (
                <th key={label} scope="col"><span className="tag">{labelText(label)}</span></th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pair.counts.map((row, i) => (
              <tr key={pair.labels[i]}>
                <th scope="row"><span className="tag">{labelText(pair.labels[i] as string)}</span></th>
                {row.map((count, j) => {
                  const shade = i === 0 && j === 0 ? 0 : heatShade(count, largest);
                  return (
                    <td
                      key={j}
                      className={`heat-cell${i === j ? ' diagonal' : ''}${shade >= STRONG_INK_FROM_SHADE ? ' strong' : ''}`}
                      style={{ backgroundColor: `color-mix(in srgb, var(--heat) ${Math.round(shade * 100)}%, var(--heat-base))` }}
                    >
                      {numbers.format(count)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('review.confusionHint')}</p>
    </section>
  );
}
