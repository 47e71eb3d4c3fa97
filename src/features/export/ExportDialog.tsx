import { useEffect, useRef, useState } from 'react';
import { Button, Checkbox, CheckboxGroup, Dialog, Heading, Input, Label, Modal, ModalOverlay, TextField } from 'react-aria-components';
import { GOLD_ANNOTATOR, SUGGESTION_ANNOTATOR } from '../../core/model/annotation.ts';
import { useDatabase } from '../../ui/DatabaseProvider.tsx';
import { useLocale, useT } from '../../ui/i18n/useT.ts';
import { ChoiceGroup } from '../../ui/ChoiceGroup.tsx';
import { CheckboxField } from '../../ui/CheckboxField.tsx';
import { CancellableProgress } from '../../ui/CancellableProgress.tsx';
import { OffsetUnitChoice } from '../../ui/OffsetUnitChoice.tsx';
import { useProjectAnnotators } from './api/useProjectAnnotators.ts';
import { downloadBlob, exportInWorker, type ExportDone } from './exportClient.ts';
import { ALL_LAYERS, defaultExportOptions, exportFileName, FORMAT_LAYERS, OFFSET_FORMATS, type ExportFormat, type ExportLayer, type ExportOptions } from './exportOptions.ts';
import type { ExportProgress } from './exportProject.ts';

type Phase = { name: 'choose' } | { name: 'running'; progress: ExportProgress | null } | { name: 'done'; result: ExportDone; fileName: string } | { name: 'failed'; message: string };

/** Which annotators, documents, layers, format and offset unit; then the file, built in a worker with progress. */
export function ExportDialog(props: { projectId: string; projectName: string; onClose(): void }) {
  const t = useT();
  const { locale } = useLocale();
  const { name: dbName } = useDatabase();
  const annotators = useProjectAnnotators(props.projectId);
  const [options, setOptions] = useState<ExportOptions>(defaultExportOptions);
  const [phase, setPhase] = useState<Phase>({ name: 'choose' });
  const running = useRef<{ cancel(): void } | null>(null);
  const update = (patch: Partial<ExportOptions>) => setOptions((old) => ({ ...old, ...patch }));

  const chosenByDefault = useRef(false);
  useEffect(() => {
    // Everyone except the suggestions is chosen when the list first arrives.
    if (!annotators.data || chosenByDefault.current) return;
    chosenByDefault.current = true;
    setOptions((old) => ({ ...old, annotators: annotators.data.filter((a) => a !== SUGGESTION_ANNOTATOR) }));
  }, [annotators.data]);

  const start = () => {
    const fileName = exportFileName(props.projectName, options.format);
    setPhase({ name: 'running', progress: null });
    const job = exportInWorker(dbName, props.projectId, options, (progress) => setPhase({ name: 'running', progress }));
    running.current = job;
    job.done.then(
      (result) => {
        downloadBlob(result.blob, fileName);
        setPhase({ name: 'done', result, fileName });
      },
      (error: Error) => setPhase(error.message === 'cancelled' ? { name: 'choose' } : { name: 'failed', message: error.message }),
    );
  };

  const annotatorName = (name: string) => (name === GOLD_ANNOTATOR ? t('export.gold') : name === SUGGESTION_ANNOTATOR ? t('export.suggestions') : name);
  const formatLayers = FORMAT_LAYERS[options.format];

  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable={phase.name !== 'running'} onOpenChange={(open) => !open && phase.name !== 'running' && props.onClose()}>
      <Modal className="modal">
        <Dialog className="dialog export-dialog">
          <Heading slot="title">{t('export.title', { project: props.projectName })}</Heading>
          {phase.name === 'choose' ? (
            <>
              <ChoiceGroup<ExportFormat>
                label={t('export.format')}
                value={options.format}
                onChange={(format) => update({ format })}
                choices={(['jsonl', 'doccano', 'doccano-relations', 'labelstudio', 'conll', 'hf', 'brat', 'stance'] as const).map((value) => ({ value, label: t(`export.format.${value}`) }))}
              />
              <p className="muted small">{t(`export.formatHint.${options.format}`)}</p>
              {annotators.data?.length === 0 ? <p className="notice">{t('export.noAnnotations')}</p> : null}
              {(annotators.data?.length ?? 0) > 0 && options.annotators.length === 0 && !options.includeUnannotated ? (
                <p className="muted small" data-testid="export-choose-annotator">{t('export.chooseAnnotator')}</p>
              ) : null}
              <CheckboxGroup className="radio-group" value={options.annotators} onChange={(values) => update({ annotators: values })}>
                <Label className="label">{t('export.annotators')}</Label>
                {(annotators.data ?? []).map((name) => (
                  <Checkbox key={name} value={name} className="checkbox">
                    <span className="box" aria-hidden="true" />
                    <bdi>{annotatorName(name)}</bdi>
                  </Checkbox>
                ))}
              </CheckboxGroup>
              <ChoiceGroup
                label={t('export.documents')}
                value={options.documents}
                onChange={(documents) => update({ documents })}
                choices={[
                  { value: 'all', label: t('export.documents.all') },
                  { value: 'done', label: t('export.documents.done') },
                  { value: 'search', label: t('export.documents.search') },
                ]}
              />
              {options.documents === 'search' ? (
                <TextField className="field" value={options.search} onChange={(search) => update({ search })}>
                  <Label>{t('export.search')}</Label>
                  <Input />
                </TextField>
              ) : null}
              {options.format === 'jsonl' && options.documents === 'all' ? (
                <CheckboxField isSelected={options.includeUnannotated} onChange={(includeUnannotated) => update({ includeUnannotated })}>
                  {t('export.includeUnannotated')}
                </CheckboxField>
              ) : null}
              <CheckboxGroup className="radio-group" value={options.layers.filter((l) => formatLayers.includes(l))} onChange={(values) => update({ layers: values as ExportLayer[] })}>
                <Label className="label">{t('export.layers')}</Label>
                {formatLayers.map((layer) => (
                  <Checkbox key={layer} value={layer} className="checkbox">
                    <span className="box" aria-hidden="true" />
                    {t(`annotate.tab.${layer}`)}
                  </Checkbox>
                ))}
              </CheckboxGroup>
              {/* What the format cannot hold is not offered above: said here, so that nothing is left out unseen. */}
              {ALL_LAYERS.some((layer) => !formatLayers.includes(layer)) ? (
                <p className="muted small" data-testid="layers-left-out">
                  {t('export.layersLeftOut', { layers: new Intl.ListFormat(locale).format(ALL_LAYERS.filter((layer) => !formatLayers.includes(layer)).map((layer) => t(`annotate.tab.${layer}`))) })}
                </p>
              ) : null}
              {OFFSET_FORMATS.includes(options.format) ? (
                <OffsetUnitChoice label={t('export.offsetUnit')} value={options.offsetUnit} onChange={(offsetUnit) => update({ offsetUnit })} />
              ) : null}
              <div className="actions">
                <Button className="button" onPress={props.onClose}>{t('import.cancel')}</Button>
                <Button className="button primary" onPress={start} isDisabled={options.annotators.length === 0 && !options.includeUnannotated}>
                  {t('export.start')}
                </Button>
              </div>
            </>
          ) : null}
          {phase.name === 'running' ? (
            <CancellableProgress
              label={t('export.progress')}
              done={phase.progress?.documentsDone ?? 0}
              total={phase.progress?.documentsTotal ?? 0}
              detail={phase.progress ? t('export.progressDetail', { done: phase.progress.documentsDone, total: phase.progress.documentsTotal }) : undefined}
              onCancel={() => running.current?.cancel()}
            />
          ) : null}
          {phase.name === 'done' ? (
            <section role="status" className="export-summary">
              <p data-testid="export-summary">{t('export.done', { n: phase.result.written, file: phase.fileName })}</p>
              {phase.result.lossCount > 0 ? (
                <>
                  <p className="notice">{t('export.losses', { n: phase.result.lossCount })}</p>
                  <ul className="problem-list" dir="ltr">
                    {phase.result.losses.slice(0, 100).map((loss, i) => (
                      <li key={i}><code dir="auto">{`${loss.document} (${loss.annotator}): ${loss.reason}`}</code></li>
                    ))}
                  </ul>
                </>
              ) : null}
              <div className="actions">
                <Button className="button primary" onPress={props.onClose} autoFocus>{t('import.close')}</Button>
              </div>
            </section>
          ) : null}
          {phase.name === 'failed' ? (
            <>
              <p className="notice error" role="alert">{t('export.failed')} {phase.message}</p>
              <div className="actions">
                <Button className="button" onPress={() => setPhase({ name: 'choose' })}>{t('export.back')}</Button>
              </div>
            </>
          ) : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
