import { useState } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import { GOLD_ANNOTATOR } from '../../../core/model/annotation.ts';
import type { ProjectAnnotator } from '../../../storage/reviewStore.ts';
import { SelectField } from '../../../ui/SelectField.tsx';
import { useAnnotator } from '../../../ui/annotator/useAnnotator.ts';
import { useT } from '../../../ui/i18n/useT.ts';
import { useExportProjectBundle } from '../api/useExportProjectBundle.ts';
import { useExportWorkPackage } from '../api/useExportWorkPackage.ts';
import { useImportWorkPackages } from '../api/useImportWorkPackages.ts';
import { AnnotatorName } from '../AnnotatorName.tsx';
import { ExchangeProblems } from './ExchangeProblems.tsx';

const FILE_TYPES = ['.gz', '.json', 'application/gzip', 'application/json'];

/**
 * Moving work between browsers: an annotator's work package out, any number of
 * packages in (each all or nothing), and the whole project as a bundle.
 */
export function ExchangePanel({ projectId, annotators }: { projectId: string; annotators: readonly ProjectAnnotator[] }) {
  const t = useT();
  const me = useAnnotator().data?.current ?? null;
  const names = annotators.map((a) => a.name);
  const [picked, setPicked] = useState<string | null>(null);
  const who = picked && names.includes(picked) ? picked : me && names.includes(me) ? me : (names[0] ?? null);
  const exportPackage = useExportWorkPackage(projectId);
  const importPackages = useImportWorkPackages(projectId);
  const exportBundle = useExportProjectBundle(projectId);

  return (
    <section className="card exchange" aria-labelledby="exchange-heading">
      <h2 id="exchange-heading">{t('exchange.heading')}</h2>
      <div className="exchange-grid">
        <div className="exchange-block">
          <h3>{t('exchange.exportPackage')}</h3>
          <p className="muted small">{t('exchange.exportPackageHint')}</p>
          {names.length === 0 ? (
            <p className="muted">{t('exchange.nobody')}</p>
          ) : (
            <div className="inline-form">
              <SelectField
                label={t('exchange.whose')}
                value={who}
                options={names.map((name) => ({ id: name, label: name === GOLD_ANNOTATOR ? t('review.gold') : name }))}
                onChange={setPicked}
              />
              <Button className="button primary" isDisabled={!who || exportPackage.isPending} onPress={() => who && exportPackage.mutate(who)}>
                {t('exchange.download')}
              </Button>
            </div>
          )}
          {exportPackage.data !== undefined ? <p className="muted small" role="status">{t('exchange.exported', { n: exportPackage.data })}</p> : null}
          {exportPackage.error ? <p className="notice error" role="alert">{exportPackage.error.message}</p> : null}
        </div>
        <div className="exchange-block">
          <h3>{t('exchange.importPackages')}</h3>
          <p className="muted small">{t('exchange.importPackagesHint')}</p>
          <FileTrigger acceptedFileTypes={FILE_TYPES} allowsMultiple onSelect={(files) => files && files.length > 0 && importPackages.mutate([...files])}>
            <Button className="button" isDisabled={importPackages.isPending}>{t('exchange.choosePackages')}</Button>
          </FileTrigger>
          {importPackages.isPending ? <p role="status" className="muted">{t('exchange.importing')}</p> : null}
          {importPackages.error ? <p className="notice error" role="alert">{importPackages.error.message}</p> : null}
          {importPackages.data ? (
            <ul className="package-results" aria-label={t('exchange.results')} data-testid="package-results">
              {importPackages.data.map(({ file, result }, i) => (
                <li key={i} className={result.ok ? 'package-ok' : 'package-refused'}>
                  <bdi className="file-name">{file}</bdi>:{' '}
                  {result.ok ? (
                    <span>
                      <span aria-hidden="true">✓ </span>
                      <AnnotatorName name={result.annotator} />: {t('exchange.imported', { n: result.written, unchanged: result.unchanged, kept: result.keptNewer })}
                    </span>
                  ) : (
                    <span>
                      <span aria-hidden="true">✗ </span>
                      {t('exchange.refused')}
                      <ExchangeProblems problems={result.problems} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="exchange-block">
          <h3>{t('exchange.bundle')}</h3>
          <p className="muted small">{t('exchange.bundleHint')}</p>
          <Button className="button" isDisabled={exportBundle.isPending} onPress={() => exportBundle.mutate()}>
            {t('exchange.downloadBundle')}
          </Button>
          {exportBundle.data ? (
            <p className="muted small" role="status">
              {t('exchange.bundled', { documents: t('exchange.documents', { n: exportBundle.data.documents }), sets: t('exchange.sets', { n: exportBundle.data.sets }) })}
            </p>
          ) : null}
          {exportBundle.error ? <p className="notice error" role="alert">{exportBundle.error.message}</p> : null}
        </div>
      </div>
    </section>
  );
}
