import type { AgreementReport } from '../../../core/agreement/agreementReport.ts';
import type { AgreementProgress, AgreementRequest, AgreementResponse } from './agreementMessages.ts';

let worker: Worker | null = null;
let nextId = 1;
const handlers = new Map<number, (response: AgreementResponse) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./agreementWorker.ts', import.meta.url), { type: 'module', name: 'tawsim-agreement' });
    worker.onmessage = (event: MessageEvent<AgreementResponse>) => handlers.get(event.data.id)?.(event.data);
  }
  return worker;
}

export interface AgreementResult {
  report: AgreementReport;
  /** Titles of the documents anyone chosen annotated. */
  titles: Record<string, string>;
  /** Their ids as the exports write them, by app id. */
  exportIds: Record<string, string>;
}

/** Computes the report in the worker; aborting (react-query does, when the choice changes) stops it between pages. */
export function agreementInWorker(
  request: { dbName: string; projectId: string; annotators: string[] },
  onProgress: (progress: AgreementProgress) => void,
  signal?: AbortSignal,
): Promise<AgreementResult> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const finish = () => {
      handlers.delete(id);
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      getWorker().postMessage({ type: 'cancel', id } satisfies AgreementRequest);
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort);
    handlers.set(id, (response) => {
      if (response.type === 'progress') return onProgress({ loaded: response.loaded, total: response.total });
      finish();
      if (response.type === 'done') resolve({ report: response.report, titles: response.titles, exportIds: response.exportIds });
      else reject(new Error(response.message));
    });
    getWorker().postMessage({ type: 'compute', id, ...request } satisfies AgreementRequest);
  });
}
