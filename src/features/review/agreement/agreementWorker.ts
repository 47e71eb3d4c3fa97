/// <reference lib="webworker" />
import { computeAgreement } from '../../../core/agreement/agreementReport.ts';
import type { AgreementDocument } from '../../../core/agreement/agreementInput.ts';
import { countDocuments } from '../../../storage/documentStore.ts';
import { openTawsimDb } from '../../../storage/openTawsimDb.ts';
import { readAgreementPage } from '../../../storage/reviewStore.ts';
import type { AgreementRequest, AgreementResponse } from './agreementMessages.ts';

/** Reading a big project's annotations and computing agreement run here, so the page stays responsive. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const cancelled = new Set<number>();
const PAGE = 250;

function post(message: AgreementResponse): void {
  scope.postMessage(message);
}

scope.onmessage = async (event: MessageEvent<AgreementRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled.add(request.id);
    return;
  }
  const { id } = request;
  try {
    const db = await openTawsimDb({ name: request.dbName });
    try {
      const total = await countDocuments(db, request.projectId);
      const documents: AgreementDocument[] = [];
      const titles: Record<string, string> = {};
      const exportIds: Record<string, string> = {};
      let afterSeq: number | null = -Infinity;
      post({ type: 'progress', id, loaded: 0, total });
      // Each page is its own transaction; a cancel arrives between pages.
      while (afterSeq !== null) {
        if (cancelled.has(id)) return;
        const page = await readAgreementPage(db, request.projectId, request.annotators, afterSeq, PAGE);
        for (const doc of page.documents) {
          documents.push({ docId: doc.docId, text: doc.text, annotations: doc.annotations });
          if (doc.annotations.size > 0) {
            titles[doc.docId] = doc.title;
            exportIds[doc.docId] = doc.hashId;
          }
        }
        afterSeq = page.nextAfterSeq;
        post({ type: 'progress', id, loaded: documents.length, total });
      }
      if (cancelled.has(id)) return;
      const report = computeAgreement({ documents }, { annotators: request.annotators });
      post({ type: 'done', id, report, titles, exportIds });
    } finally {
      db.close();
    }
  } catch (error) {
    post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    cancelled.delete(id);
  }
};
