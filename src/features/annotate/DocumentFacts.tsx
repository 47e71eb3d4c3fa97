import type { DocumentRecord } from '../../storage/tawsimSchema.ts';
import { useT } from '../../ui/i18n/useT.ts';

/** Kind, source, date and origin of the document, as imported. */
export function DocumentFacts({ record }: { record: DocumentRecord }) {
  const t = useT();
  const meta = record.meta;
  const facts: [string, unknown][] = [
    [t('doc.kind'), t(`kind.${record.kind}`)],
    [t('doc.source'), meta.source],
    [t('doc.date'), meta.date],
    [t('doc.file'), meta.file === undefined ? undefined : `${meta.file}${meta.line ? `:${meta.line}` : ''}`],
  ];
  return (
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
        <dt>{t('doc.length')}</dt>
        <dd>{t('doc.characters', { n: record.length })}</dd>
      </div>
    </dl>
  );
}
