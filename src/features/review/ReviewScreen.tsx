import { useRef } from 'react';
import { Button } from 'react-aria-components';
import type { AgreementReport } from '../../core/agreement/agreementReport.ts';
import { agreementReportJson } from '../../core/agreement/agreementReportJson.ts';
import { downloadFile } from './exchange/downloadFile.ts';
import { agreementReportFileName } from './exchange/exchangeFileName.ts';
import { useT } from '../../ui/i18n/useT.ts';
import { routeHref } from '../../ui/router.ts';
import { ProgressBar } from '../../ui/ProgressBar.tsx';
import { useAgreementReport } from './api/useAgreementReport.ts';
import { useProject } from './api/useProject.ts';
import { useProjectAnnotators } from './api/useProjectAnnotators.ts';
import { useProjectSchema } from '../../ui/data/useProjectSchema.ts';
import { useReviewChoice, useSetReviewChoice } from './api/useReviewChoice.ts';
import { chosenAnnotators, comparableAnnotators } from './api/reviewedAnnotators.ts';
import { AgreementFigures } from './AgreementFigures.tsx';
import { agreementNoteText } from './agreementNoteText.ts';
import { AnnotatorPicker } from './AnnotatorPicker.tsx';
import { ConfusionHeatMap } from './ConfusionHeatMap.tsx';
import { DocumentDisagreementList } from './DocumentDisagreementList.tsx';
import { ExchangePanel } from './exchange/ExchangePanel.tsx';
import './review.css';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useFocusOnArrival } from '../../ui/useFocusOnArrival.ts';
import { NotFound } from '../../ui/NotFound.tsx';

/** How far the chosen annotators agree over the project, which documents they disagree on most, and the exchange of work. */
export function ReviewScreen({ projectId }: { projectId: string }) {
  const t = useT();
  const project = useProject(projectId);
  useDocumentTitle(t('review.heading', { project: project.data?.name ?? '' }));
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);
  const schema = useProjectSchema(projectId);
  const annotators = useProjectAnnotators(projectId);
  const choice = useReviewChoice(projectId);
  const setChoice = useSetReviewChoice(projectId);
  const ready = annotators.data !== undefined && choice.data !== undefined;
  const comparable = comparableAnnotators(annotators.data ?? []);
  const chosen = ready ? chosenAnnotators(annotators.data, choice.data) : null;
  const agreement = useAgreementReport(projectId, chosen);
  const result = agreement.data;
  const progress = agreement.progress;

  if (project.data === null) return <NotFound what="project" back={{ name: 'projects' }} />;
  return (
    <section className="review" aria-labelledby="review-heading">
      <a href={routeHref({ name: 'project', projectId })} className="back-link">{t('review.backToProject')}</a>
      <div className="screen-head">
        <h1 ref={heading} tabIndex={-1} id="review-heading">{t('review.heading', { project: project.data?.name ?? '' })}</h1>
      </div>
      {ready && comparable.length === 0 ? <p className="notice">{t('review.nobody')}</p> : null}
      {ready && comparable.length > 0 ? (
        <div className="card">
          <AnnotatorPicker annotators={comparable} chosen={chosen ?? []} onChange={(next) => setChoice.mutate(next)} />
        </div>
      ) : null}
      <div className="review-progress" aria-live="polite">
        {agreement.isFetching ? (
          <ProgressBar
            label={t('review.computing')}
            value={progress && progress.total > 0 ? Math.round((100 * progress.loaded) / progress.total) : 0}
            detail={progress ? t('review.computingDetail', { loaded: progress.loaded, total: progress.total }) : undefined}
          />
        ) : null}
      </div>
      {agreement.error ? <p className="notice error" role="alert">{t('review.failed')} {agreement.error.message}</p> : null}
      {result && chosen ? (
        <ReportView projectId={projectId} projectName={project.data?.name ?? ''} report={result.report} titles={result.titles} exportIds={result.exportIds} schema={schema.data} />
      ) : null}
      {ready ? <ExchangePanel projectId={projectId} annotators={comparable} /> : null}
    </section>
  );
}

function ReportView(props: {
  projectId: string;
  projectName: string;
  report: AgreementReport;
  titles: Record<string, string>;
  exportIds: Record<string, string>;
  schema: Parameters<typeof AgreementFigures>[0]['schema'];
}) {
  const t = useT();
  const { report } = props;
  // The JSON of `tawsim agree --json`, documents under the ids the exports give them.
  const download = () =>
    downloadFile(
      new TextEncoder().encode(`${agreementReportJson(report, (id) => props.exportIds[id] ?? id)}\n`),
      agreementReportFileName(props.projectName, new Date()),
      'application/json',
    );
  return (
    <div className="report" data-testid="agreement-report">
      <div className="report-head">
        <p className="report-summary" role="status">
          {t('review.summary', { annotators: report.annotators.length, documents: report.documents })}
        </p>
        {report.annotators.length >= 2 ? (
          <Button className="button" onPress={download}>
            {t('review.downloadReport')}
          </Button>
        ) : null}
      </div>
      {report.annotators.length >= 2 ? (
        <>
          <AgreementFigures report={report} schema={props.schema} />
          <div className="review-columns">
            <DocumentDisagreementList projectId={props.projectId} documents={report.per_document} titles={props.titles} />
            <ConfusionHeatMap confusion={report.confusion} />
          </div>
        </>
      ) : null}
      {report.notes.length > 0 ? (
        <section className="card" aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t('review.notes')}</h2>
          <ul className="report-notes">
            {report.notes.map((note, i) => (
              <li key={i}>{agreementNoteText(t, note)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
