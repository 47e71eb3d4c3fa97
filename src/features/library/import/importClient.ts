import type { ImportOptions } from '../../../core/importers/importOptions.ts';
import type { FilePreview } from './filePreview.ts';
import type { AnnotationImportOptions } from './annotationImportOptions.ts';
import type { ImportRequest, ImportResponse } from './importMessages.ts';
import type { ImportProgress, ImportSummary } from './importSummary.ts';

let worker: Worker | null = null;
let nextId = 1;
const handlers = new Map<number, (response: ImportResponse) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'tawsim-import' });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => handlers.get(event.data.id)?.(event.data);
    // A worker that fails to load or crashes fails every request in flight instead of leaving it hanging.
    worker.onerror = (event) => {
      for (const [id, handler] of handlers) handler({ type: 'failed', id, message: event.message || 'The import worker stopped.' });
      handlers.clear();
      worker = null;
    };
  }
  return worker;
}

function send(request: ImportRequest, handler: (response: ImportResponse) => void): void {
  handlers.set(request.id, handler);
  getWorker().postMessage(request);
}

export function previewInWorker(files: File[], options: ImportOptions, annotations: AnnotationImportOptions): Promise<FilePreview[]> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    send({ type: 'preview', id, files, options, annotations }, (response) => {
      if (response.type === 'preview') resolve(response.previews);
      else if (response.type === 'failed') reject(new Error(response.message));
      if (response.type !== 'progress') handlers.delete(id);
    });
  });
}

export interface RunningImport {
  done: Promise<ImportSummary>;
  cancel(): void;
}

export function importInWorker(
  dbName: string,
  projectId: string,
  files: File[],
  options: ImportOptions,
  annotations: AnnotationImportOptions,
  onProgress: (progress: ImportProgress) => void,
): RunningImport {
  const id = nextId++;
  const done = new Promise<ImportSummary>((resolve, reject) => {
    send({ type: 'import', id, dbName, projectId, files, options, annotations }, (response) => {
      if (response.type === 'progress') return onProgress(response.progress);
      handlers.delete(id);
      if (response.type === 'done') resolve(response.summary);
      else if (response.type === 'failed') reject(new Error(response.message));
    });
  });
  return { done, cancel: () => getWorker().postMessage({ type: 'cancel', id } satisfies ImportRequest) };
}
