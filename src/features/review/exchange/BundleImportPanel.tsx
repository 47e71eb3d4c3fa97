import { Button, FileTrigger } from 'react-aria-components';
import { useT } from '../../../ui/i18n/useT.ts';
import { routeHref } from '../../../ui/router.ts';
import { useImportProjectBundle } from '../api/useImportProjectBundle.ts';
import { ExchangeProblems } from './ExchangeProblems.tsx';
import '../review.css';

/** Opens a project bundle as a new project (backup or hand-over); meant for the projects screen. */
export function BundleImportPanel() {
  const t = useT();
  const importBundle = useImportProjectBundle();
  const result = importBundle.data;
  return (
    <section className="card bundle-import" aria-labelledby="bundle-import-heading">
      <h2 id="bundle-import-heading">{t('exchange.importBundle')}</h2>
      <p className="muted small">{t('exchange.importBundleHint')}</p>
      <FileTrigger acceptedFileTypes={['.gz', '.json', 'application/gzip', 'application/json']} onSelect={(files) => files?.[0] && importBundle.mutate(files[0])}>
        <Button className="button" isDisabled={importBundle.isPending}>{t('exchange.chooseBundle')}</Button>
      </FileTrigger>
      {importBundle.isPending ? <p role="status" className="muted">{t('exchange.importing')}</p> : null}
      {importBundle.error ? <p className="notice error" role="alert">{importBundle.error.message}</p> : null}
      {result?.ok ? (
        <p role="status" data-testid="bundle-result">
          <span aria-hidden="true">✓ </span>
          {t('exchange.bundleImported', { documents: t('exchange.documents', { n: result.documents }), sets: t('exchange.sets', { n: result.sets }) })}{' '}
          <a href={routeHref({ name: 'project', projectId: result.projectId })}>
            <bdi>{result.name}</bdi>
          </a>
        </p>
      ) : null}
      {result && !result.ok ? (
        <div role="alert" data-testid="bundle-result">
          <p>
            <span aria-hidden="true">✗ </span>
            <bdi>{result.file}</bdi>: {t('exchange.bundleRefused')}
          </p>
          <ExchangeProblems problems={result.problems} />
        </div>
      ) : null}
    </section>
  );
}
