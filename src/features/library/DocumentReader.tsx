import { useT } from '../../ui/i18n/useT.ts';
import { routeHref } from '../../ui/router.ts';
import { useDocument, useDocumentText } from './api/useDocument.ts';

/** Read-only view of one document: text rendered as text, right to left, meta beside it. */
export function DocumentReader({ projectId, docId }: { projectId: string; docId: string }) {
  const t = useT();
  const record = useDocument(docId);
  const text = useDocumentText(docId);
  if (record.data === null || text.data === null) return <p role="alert">{t('doc.missing')}</p>;
  if (!record.data || text.data === undefined) return <p role="status">{t('doc.loading')}</p>;
  const meta = record.data.meta;
  const facts: [string, unknown][] = [
    [t('doc.kind'), t(`kind.${record.data.kind}`)],
    [t('doc.source'), meta.source],
    [t('doc.date'), meta.date],
    [t('doc.file'), meta.file === undefined ? undefined : `${meta.file}${meta.line ? `:${meta.line}` : ''}`],
  ];
  return (
    <article className="reader" aria-labelledby="reader-title">
      <a className="back-link" href={routeHref({ name: 'project', projectId })}>{t('doc.back')}</a>
      <h1 id="reader-title" dir="auto" className="reader-title">{record.data.title}</h1>
      <dl className="reader-meta">
        {facts
          .filter(([, value]) => typeof value === 'string' && value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd dir="auto">{String(value)}</dd>
            </div>
          ))}
        <div>
          <dt className="visually-hidden">{t('doc.characters', { n: record.data.length })}</dt>
          <dd className="muted">{t('doc.characters', { n: record.data.length })}</dd>
        </div>
      </dl>
      <div className="doc-text card" dir="rtl" lang="ar" data-testid="document-text">
        {text.data}
      </div>
    </article>
  );
}
