import type { ReactNode } from 'react';
import type { AgreementReport } from '../../core/agreement/agreementReport.ts';
import type { ProjectSchema } from '../../core/schema/projectSchema.ts';
import { useLocale, useT } from '../../ui/i18n/useT.ts';
import { AnnotatorName } from './AnnotatorName.tsx';
import { Figure } from './Figure.tsx';

function Pair({ a, b }: { a: string; b: string }) {
  return (
    <>
      <AnnotatorName name={a} /> · <AnnotatorName name={b} />
    </>
  );
}

function FigureTable(props: { id: string; caption: string; columns: string[]; rows: { key: string; head: ReactNode; values: (number | null)[] }[] }) {
  return (
    <table className="figure-table" data-testid={props.id}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((column, i) => (
            <th key={column} scope="col" className={i === 0 ? 'row-head' : undefined}>{column}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="row-head">{row.head}</th>
            {row.values.map((value, i) => (
              <td key={i}><Figure value={value} /></td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The figures of issue 6: entities per pair and per label, events per pair, stance per pair, and the alphas. */
export function AgreementFigures({ report, schema }: { report: AgreementReport; schema: ProjectSchema | undefined }) {
  const t = useT();
  const { locale } = useLocale();
  const pair = (p: { a: string; b: string }) => ({ key: `${p.a}\u0000${p.b}`, head: <Pair a={p.a} b={p.b} /> });
  const labelName = (tag: string) => schema?.entities.find((l) => l.tag === tag)?.name[locale];
  const perLabel = Object.entries(report.entities.per_label).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return (
    <div className="figure-grid">
      <section className="card" aria-labelledby="figures-entities">
        <h2 id="figures-entities">{t('review.entities')}</h2>
        <FigureTable
          id="entity-figures"
          caption={t('review.entitiesCaption')}
          columns={[t('review.pair'), t('review.exactF1'), t('review.overlapF1'), t('review.charKappa')]}
          rows={report.entities.pairs.map((p) => ({ ...pair(p), values: [p.exact_f1, p.overlap_f1, p.char_kappa] }))}
        />
        <p className="alpha" data-testid="char-alpha">
          {t('review.charAlpha')}: <Figure value={report.entities.char_alpha} />
        </p>
        {perLabel.length > 0 ? (
          <FigureTable
            id="label-figures"
            caption={t('review.perLabelCaption')}
            columns={[t('review.label'), t('review.exactF1'), t('review.overlapF1')]}
            rows={perLabel.map(([tag, scores]) => ({
              key: tag,
              head: (
                <>
                  <span className="tag">{tag}</span> {labelName(tag) ? <span className="muted small">{labelName(tag)}</span> : null}
                </>
              ),
              values: [scores.exact_f1, scores.overlap_f1],
            }))}
          />
        ) : null}
      </section>
      <section className="card" aria-labelledby="figures-events">
        <h2 id="figures-events">{t('review.events')}</h2>
        <FigureTable
          id="event-figures"
          caption={t('review.eventsCaption')}
          columns={[t('review.pair'), t('review.triggerF1'), t('review.typeF1'), t('review.argumentF1')]}
          rows={report.events.pairs.map((p) => ({ ...pair(p), values: [p.trigger_f1, p.type_f1, p.argument_f1] }))}
        />
      </section>
      <section className="card" aria-labelledby="figures-stance">
        <h2 id="figures-stance">{t('review.stance')}</h2>
        <FigureTable
          id="stance-figures"
          caption={t('review.stanceCaption')}
          columns={[t('review.pair'), t('review.kappa')]}
          rows={report.stance.pairs.map((p) => ({ ...pair(p), values: [p.kappa] }))}
        />
        <p className="alpha" data-testid="stance-alpha">
          {t('review.alpha')}: <Figure value={report.stance.alpha} />
        </p>
      </section>
    </div>
  );
}
