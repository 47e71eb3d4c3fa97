import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Dialog, FileTrigger, Heading, Input, Label, Modal, ModalOverlay, NumberField, Text, TextField } from 'react-aria-components';
import { defaultImportOptions, type ImportOptions } from '../../../core/importers/importOptions.ts';
import { hasLabels, mergeLabels, missingLabels, NO_LABELS } from '../../../core/schema/importedLabels.ts';
import { useProjectSchema } from '../../../ui/data/useProjectSchema.ts';
import { defaultAnnotationImport, type AnnotationImportOptions } from './annotationImportOptions.ts';
import { useLocale } from '../../../ui/i18n/useT.ts';
import { formatByteSize } from '../../../ui/i18n/byteSize.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { CancellableProgress } from '../../../ui/CancellableProgress.tsx';
import { OffsetUnitChoice } from '../../../ui/OffsetUnitChoice.tsx';
import { CheckboxField } from '../../../ui/CheckboxField.tsx';
import { ChoiceGroup } from '../../../ui/ChoiceGroup.tsx';
import { importInWorker, previewInWorker, type RunningImport } from './importClient.ts';
import type { FilePreview } from './filePreview.ts';
import type { ImportProgress, ImportSummary } from './importSummary.ts';
import { PreviewPanel } from './PreviewPanel.tsx';
import { annotationCountsText } from './annotationCountsText.ts';
import { foundLabelsText } from './foundLabelsText.ts';
import { ImportSummaryView } from './ImportSummaryView.tsx';
import { importedShare } from './importedShare.ts';

type Phase =
  | { name: 'choose' }
  | { name: 'running'; progress: ImportProgress | null }
  | { name: 'done'; summary: ImportSummary };

/**
 * Choose files, see what each will become, then import in the worker with progress.
 * Nothing is written before the user presses Import.
 */
export function ImportDialog(props: { projectId: string; projectName: string; onClose(): void }) {
  const { t, locale } = useLocale();
  const { name: dbName } = useDatabase();
  const [files, setFiles] = useState<File[]>([]);
  const [options, setOptions] = useState<ImportOptions>(defaultImportOptions);
  const [annotations, setAnnotations] = useState<AnnotationImportOptions>(defaultAnnotationImport);
  const [previews, setPreviews] = useState<FilePreview[] | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: 'choose' });
  const running = useRef<RunningImport | null>(null);
  const [dropTarget, setDropTarget] = useState(false);

  useEffect(() => {
    if (files.length === 0) return setPreviews(null);
    let current = true;
    setPreviews(null);
    setPreviewError(null);
    previewInWorker(files, options, annotations).then(
      (result) => current && setPreviews(result),
      (error: unknown) => current && setPreviewError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [files, options, annotations]);

  const totals = useMemo(() => {
    const documents = previews?.reduce((sum, p) => sum + p.documents, 0) ?? 0;
    const presentationForms = previews?.reduce((sum, p) => sum + p.presentationForms, 0) ?? 0;
    const formats = new Set(previews?.map((p) => p.format));
    const fields = [...new Set(previews?.flatMap((p) => p.fields))];
    const annotated = previews?.filter((p) => p.annotations) ?? [];
    const count = (layer: 'spans' | 'events' | 'stance') => annotated.reduce((sum, p) => sum + (p.annotations?.[layer] ?? 0), 0);
    return { documents, presentationForms, formats, fields, annotatedFiles: annotated.length, spans: count('spans'), events: count('events'), stance: count('stance') };
  }, [previews]);

  const foundCounts = annotationCountsText({ t, locale }, totals);
  const schema = useProjectSchema(props.projectId).data;
  const missing = useMemo(
    () => (schema && previews ? missingLabels(schema, previews.map((p) => p.labels).reduce(mergeLabels, NO_LABELS)) : NO_LABELS),
    [schema, previews],
  );

  const addFiles = (added: File[]) => setFiles((old) => [...old, ...added.filter((f) => !old.some((o) => o.name === f.name && o.size === f.size))]);
  const update = (patch: Partial<ImportOptions>) => setOptions((old) => ({ ...old, ...patch }));

  const start = () => {
    setPhase({ name: 'running', progress: null });
    const job = importInWorker(dbName, props.projectId, files, options, annotations, (progress) => setPhase({ name: 'running', progress }));
    running.current = job;
    job.done.then(
      (summary) => setPhase({ name: 'done', summary }),
      (error: unknown) =>
        setPhase({
          name: 'done',
          summary: {
            filesDone: 0, filesTotal: files.length, bytesDone: 0, bytesTotal: 0, imported: 0, duplicates: 0,
            problemCount: 0, problems: [], labelsAdded: NO_LABELS, labelsRefused: [],
            stopped: { reason: 'error', message: error instanceof Error ? error.message : String(error) },
          },
        }),
    );
  };

  const close = () => {
    if (phase.name === 'running') running.current?.cancel();
    props.onClose();
  };

  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && phase.name !== 'running' && close()} isDismissable={phase.name !== 'running'}>
      <Modal className="modal">
        <Dialog className="dialog import-dialog">
          <Heading slot="title">{t('import.title', { project: props.projectName })}</Heading>

          {phase.name === 'choose' ? (
            <>
              <div
                className="drop-zone"
                data-drop-target={dropTarget || undefined}
                onDragOver={(event) => {
                  if (!event.dataTransfer.types.includes('Files')) return;
                  event.preventDefault();
                  event.dataTransfer.dropEffect = 'copy';
                  setDropTarget(true);
                }}
                onDragLeave={() => setDropTarget(false)}
                onDrop={(event) => {
                  event.preventDefault();
                  setDropTarget(false);
                  addFiles([...event.dataTransfer.files]);
                }}
              >
                <span>{t('import.drop')}</span>{' '}
                <FileTrigger allowsMultiple acceptedFileTypes={['.txt', '.jsonl', '.ndjson', '.json', '.csv', '.conll', '.bio', '.tsv', '.tab', '.ann', '.zip', '.tar', '.gz', '.tgz', 'text/plain']} onSelect={(list) => list && addFiles([...list])}>
                  <Button className="button">{t('import.choose')}</Button>
                </FileTrigger>
                {files.length > 0 ? (
                  <p className="muted">{t('import.chosen', { n: files.length, size: formatByteSize(files.reduce((s, f) => s + f.size, 0), locale) })}</p>
                ) : null}
              </div>

              <div className="import-options">
                <ChoiceGroup
                  label={t('import.format')}
                  value={options.format}
                  onChange={(format) => update({ format })}
                  choices={[
                    { value: 'auto', label: t('import.format.auto') },
                    { value: 'news', label: t('import.format.news') },
                    { value: 'txt', label: t('import.format.txt') },
                    { value: 'jsonl', label: t('import.format.jsonl') },
                    { value: 'csv', label: t('import.format.csv') },
                  ]}
                />
                <ChoiceGroup
                  label={t('import.split')}
                  value={options.txtSplit}
                  onChange={(txtSplit) => update({ txtSplit })}
                  choices={[
                    { value: 'file', label: t('import.split.file') },
                    { value: 'line', label: t('import.split.line') },
                    { value: 'block', label: t('import.split.block') },
                  ]}
                />
                <ChoiceGroup
                  label={t('import.csvDelimiter')}
                  value={options.csvDelimiter}
                  onChange={(csvDelimiter) => update({ csvDelimiter })}
                  choices={[
                    { value: 'auto', label: t('import.csvDelimiter.auto') },
                    { value: ',', label: t('import.csvDelimiter.comma') },
                    { value: '\t', label: t('import.csvDelimiter.tab') },
                    { value: ';', label: t('import.csvDelimiter.semicolon') },
                    { value: ' ', label: t('import.csvDelimiter.space') },
                  ]}
                />
                <div className="import-fields">
                  <TextField className="field" value={options.textField} onChange={(textField) => update({ textField: textField || 'text' })}>
                    <Label>{t('import.textField')}</Label>
                    <Input list="text-fields" />
                  </TextField>
                  <TextField className="field" value={options.targetField} onChange={(targetField) => update({ targetField: targetField || 'target' })}>
                    <Label>{t('import.targetField')}</Label>
                    <Input list="text-fields" />
                  </TextField>
                  <TextField className="field" value={options.labelField} onChange={(labelField) => update({ labelField: labelField || 'label' })}>
                    <Label>{t('import.labelField')}</Label>
                    <Input list="text-fields" />
                  </TextField>
                </div>
                <datalist id="text-fields">
                  {totals.fields.map((field) => <option key={field} value={field} />)}
                </datalist>
                <CheckboxField isSelected={options.headlines} onChange={(headlines) => update({ headlines })}>
                  {t('import.headlines')}
                </CheckboxField>
                <div className={totals.presentationForms > 0 ? 'notice' : undefined}>
                  {totals.presentationForms > 0 ? <p>{t('import.nfkcFound', { n: totals.presentationForms })}</p> : null}
                  <CheckboxField isSelected={options.foldPresentationForms} onChange={(foldPresentationForms) => update({ foldPresentationForms })}>
                    {t('import.nfkc')}
                  </CheckboxField>
                </div>
              </div>

              {totals.annotatedFiles > 0 || annotations.as === 'annotator' ? (
                <div className="notice annotation-choice">
                  <p>{t('import.annotationsFound', { files: t('import.count.files', { n: totals.annotatedFiles }), counts: foundCounts })}</p>
                  <ChoiceGroup
                    label={t('import.annotationsAs')}
                    value={annotations.as}
                    onChange={(as) => setAnnotations((old) => ({ ...old, as }))}
                    choices={[
                      { value: 'suggestions', label: t('import.annotationsAs.suggestions') },
                      { value: 'annotator', label: t('import.annotationsAs.annotator') },
                    ]}
                  />
                  {annotations.as === 'annotator' ? (
                    <TextField className="field" value={annotations.annotator} onChange={(annotator) => setAnnotations((old) => ({ ...old, annotator }))}>
                      <Label>{t('import.annotatorName')}</Label>
                      <Input />
                      <Text slot="description">{t('import.annotatorNameHint')}</Text>
                    </TextField>
                  ) : null}
                  {hasLabels(missing) ? (
                    <div className="missing-labels">
                      <p data-testid="missing-labels">{t('import.missingLabels', { labels: foundLabelsText(t, missing) })}</p>
                      <CheckboxField isSelected={annotations.addLabels} onChange={(addLabels) => setAnnotations((old) => ({ ...old, addLabels }))}>
                        {t('import.addLabels')}
                      </CheckboxField>
                    </div>
                  ) : null}
                  {/* Each choice only where a chosen file takes it. */}
                  {totals.formats.has('doccano') || totals.formats.has('labelstudio') ? (
                    <OffsetUnitChoice
                      label={t('import.offsetUnit')}
                      value={annotations.offsetUnit}
                      onChange={(offsetUnit) => setAnnotations((old) => ({ ...old, offsetUnit }))}
                    />
                  ) : null}
                  {totals.formats.has('conll') ? (
                    <NumberField
                      className="field"
                      minValue={1}
                      step={1}
                      value={annotations.sentencesPerDocument}
                      onChange={(value) => setAnnotations((old) => ({ ...old, sentencesPerDocument: Number.isInteger(value) && value >= 1 ? value : 1 }))}
                    >
                      <Label>{t('import.sentencesPerDocument')}</Label>
                      <Input />
                      <Text slot="description">{t('import.sentencesPerDocumentHint')}</Text>
                    </NumberField>
                  ) : null}
                </div>
              ) : null}
              {files.length > 0 && !previews && !previewError ? <p role="status">{t('import.previewing')}</p> : null}
              {previewError ? <p className="notice error" role="alert">{previewError}</p> : null}
              {previews ? (
                <PreviewPanel previews={previews} totalDocuments={totals.documents} />
              ) : null}

              <div className="actions">
                <Button className="button" onPress={close}>{t('import.cancel')}</Button>
                <Button className="button primary" onPress={start} isDisabled={!previews || totals.documents === 0}>
                  {previews ? t('import.start', { n: totals.documents }) : t('import.startUnknown')}
                </Button>
              </div>
            </>
          ) : null}

          {phase.name === 'running' ? (
            <CancellableProgress
              label={t('import.progress')}
              done={phase.progress ? importedShare(phase.progress, totals.documents) : 0}
              total={1}
              detail={
                phase.progress
                  ? t('import.progressDetail', {
                      files: phase.progress.filesDone,
                      total: t('import.count.files', { n: phase.progress.filesTotal }),
                      docs: t('import.count.documents', { n: phase.progress.imported }),
                    })
                  : undefined
              }
              onCancel={() => running.current?.cancel()}
            />
          ) : null}

          {phase.name === 'done' ? (
            <>
              <ImportSummaryView summary={phase.summary} />
              <div className="actions">
                <Button className="button primary" onPress={props.onClose} autoFocus>{t('import.close')}</Button>
              </div>
            </>
          ) : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

