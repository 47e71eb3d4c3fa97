import { SUGGESTION_ANNOTATOR } from '../../../core/model/annotation.ts';
import { useLocale } from '../../../ui/i18n/useT.ts';
import type { LocaleContextValue } from '../../../ui/i18n/LocaleProvider.tsx';
import { annotationCountsText } from './annotationCountsText.ts';
import type { MessageKey } from '../../../ui/i18n/messagesEn.ts';
import type { FilePreview } from './filePreview.ts';
import { ImportProblemLine } from './ImportProblemLine.tsx';
import type { SegmentRole } from '../../../core/importers/previewSegment.ts';
import { textDirection } from '../../../core/text/textDirection.ts';

const SHOWN_FILES = 20;

/**
 * What each file will become: kept and dropped lines of news pages, first documents of others.
 * The scrolling lists take focus, so keyboard users can scroll a long preview.
 */
export function PreviewPanel({ previews, totalDocuments }: { previews: FilePreview[]; totalDocuments: number }) {
  const locale = useLocale();
  const { t } = locale;
  return (
    <section className="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">{t('import.preview')}</h3>
      <p data-testid="preview-summary">{t('import.previewSummary', { docs: t('import.count.documents', { n: totalDocuments }), files: t('import.count.files', { n: previews.length }) })}</p>
      {previews.slice(0, SHOWN_FILES).map((preview, index) => (
        <details key={`${preview.file}-${index}`} open={index === 0} className="preview-file">
          <summary>
            <bdi>{preview.file}</bdi> · {fileFacts(locale, preview).join(' · ')}
          </summary>
          {preview.segments.length > 0 ? (
            <ol className="segments" tabIndex={0} aria-label={preview.file}>
              {preview.segments.map((segment, i) => (
                <li key={i} className={`segment ${segment.action}`}>
                  <span className={`badge ${segment.action === 'dropped' ? 'dropped' : ''}`}>
                    {segment.action === 'dropped' ? t('import.dropped') : t('import.kept')}
                  </span>{' '}
                  <span className="muted">{t(ROLE_LABELS[segment.role])}</span>
                  {segment.action === 'dropped' && DROP_REASONS[segment.role] ? <span className="muted"> ({t(DROP_REASONS[segment.role]!)})</span> : null}
                  <p className="segment-text" dir={textDirection(segment.text)}>{segment.text}</p>
                </li>
              ))}
            </ol>
          ) : preview.samples.length > 0 ? (
            <>
              <h4>{t('import.samples')}</h4>
              <ol className="samples" tabIndex={0} aria-label={preview.file}>
                {preview.samples.map((sample, i) => (
                  <li key={i} dir={textDirection(sample.text)} className="segment-text">{sample.text}</li>
                ))}
              </ol>
            </>
          ) : null}
          {preview.problems.length > 0 ? (
            <>
              <h4>{t('import.fileProblems')}</h4>
              <ul className="problem-list">
                {preview.problems.map((problem, i) => <li key={i}><ImportProblemLine problem={problem} /></li>)}
              </ul>
            </>
          ) : null}
        </details>
      ))}
    </section>
  );
}

/** Format, documents of each kind, annotations and problems: only those the file has. */
function fileFacts(locale: LocaleContextValue, preview: FilePreview): string[] {
  const { t } = locale;
  const people = preview.annotations?.annotators.filter((a) => a !== SUGGESTION_ANNOTATOR).join(', ');
  const suggested = preview.annotations?.annotators.includes(SUGGESTION_ANNOTATOR) ?? false;
  const counts = preview.annotations ? annotationCountsText(locale, preview.annotations) : '';
  // "6 stances as suggestions", "6 stances by amal, omar": whose they become.
  const whose = people ? t('import.previewBy', { counts, annotators: people }) : suggested ? t('import.previewAsSuggestions', { counts }) : counts;
  return [
    t(`import.format.${preview.format}`),
    ...Object.entries(preview.byKind).map(([kind, n]) => `${t(`kind.${kind}` as MessageKey)} ${n}`),
    ...(preview.annotations ? [whose] : []),
    ...(preview.problemCount > 0 ? [`${t('import.summary.problems')} ${preview.problemCount}`] : []),
  ];
}

const ROLE_LABELS: Record<SegmentRole, MessageKey> = {
  ticker: 'import.role.ticker',
  headline: 'import.role.headline',
  boilerplate: 'import.role.boilerplate',
  title: 'import.role.title',
  dateline: 'import.role.dateline',
  body: 'import.role.body',
  'repeated-lead': 'import.role.repeated-lead',
  footer: 'import.role.footer',
  blank: 'import.role.blank',
  other: 'import.role.other',
};

/** Why a dropped line was left out of the article, where its role alone does not say it. */
const DROP_REASONS: Partial<Record<SegmentRole, MessageKey>> = {
  ticker: 'import.why.ticker',
  dateline: 'import.why.dateline',
  footer: 'import.why.footer',
  other: 'import.why.other',
};
