import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { DocumentScore } from '../../core/agreement/agreementReport.ts';
import { useT } from '../../ui/i18n/useT.ts';
import { AnnotatorNames } from './AnnotatorNames.tsx';
import { Figure } from './Figure.tsx';
import { reviewDocumentHref } from './reviewHref.ts';
import { textDirection } from '../../core/text/textDirection.ts';

const STEP = 50;

/** Documents two or more chosen annotators annotated, the most disagreed first, each a link to its review. */
export function DocumentDisagreementList(props: { projectId: string; documents: readonly DocumentScore[]; titles: Record<string, string> }) {
  const t = useT();
  const [shown, setShown] = useState(STEP);
  const scored = props.documents.filter((doc) => doc.disagreement !== null);
  return (
    <section className="card" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('review.documents', { n: scored.length })}</h2>
      <p className="muted small">{t('review.documentsHint')}</p>
      {scored.length === 0 ? <p className="muted">{t('review.noDocuments')}</p> : null}
      <ol className="disagreement-list" data-testid="disagreement-list">
        {scored.slice(0, shown).map((doc) => (
          <li key={doc.id}>
            <a className="disagreement-row" href={reviewDocumentHref(props.projectId, doc.id)}>
              <span className="disagreement-meter" aria-hidden="true">
                <span className="fill" style={{ inlineSize: `${Math.round((doc.disagreement ?? 0) * 100)}%` }} />
              </span>
              <span className="disagreement-score">
                <span className="visually-hidden">{t('review.disagreement')} </span>
                <Figure value={doc.disagreement} />
              </span>
              <bdi className="doc-title" dir={textDirection(props.titles[doc.id] ?? doc.id)}>{props.titles[doc.id] ?? doc.id}</bdi>
              <span className="muted small who">
                <AnnotatorNames names={doc.annotators} />
              </span>
            </a>
          </li>
        ))}
      </ol>
      {scored.length > shown ? (
        <Button className="button" onPress={() => setShown(shown + STEP)}>
          {t('review.showMore', { n: Math.min(STEP, scored.length - shown) })}
        </Button>
      ) : null}
    </section>
  );
}
