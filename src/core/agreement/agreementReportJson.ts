import { formatAgreementNote } from './agreementNote.ts';
import type { AgreementReport } from './agreementReport.ts';

/**
 * The report as `tawsim agree --json` prints it, one line: notes as English sentences,
 * as a notebook prints them. `documentId` gives each per-document entry the id the
 * exports write (the app keys documents by project; its exports and the CLI do not),
 * so the app's report and the CLI's over the export name the same documents.
 */
export function agreementReportJson(report: AgreementReport, documentId: (id: string) => string = (id) => id): string {
  return JSON.stringify({
    ...report,
    per_document: report.per_document.map((doc) => ({ ...doc, id: documentId(doc.id) })),
    notes: report.notes.map(formatAgreementNote),
  });
}
