import type { ExportOptions } from './exportOptions.ts';
import type { ExportProgress } from './exportProject.ts';
import type { ExportRequest, ExportResponse } from './exportWorker.ts';

export type ExportDone = Extract<ExportResponse, { type: 'done' }>;

let nextId = 1;

/** Runs one export in its own worker; the worker ends with it. */
export function exportInWorker(
  dbName: string,
  projectId: string,
  options: ExportOptions,
  onProgress: (progress: ExportProgress) => void,
): { done: Promise<ExportDone>; cancel(): void } {
  const worker = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module', name: 'tawsim-export' });
  const id = nextId++;
  let reject: (error: Error) => void = () => undefined;
  const done = new Promise<ExportDone>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (event: MessageEvent<ExportResponse>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.progress);
      worker.terminate();
      if (message.type === 'done') resolve(message);
      else fail(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      fail(new Error(event.message || 'The export worker stopped.'));
    };
  });
  worker.postMessage({ id, dbName, projectId, options } satisfies ExportRequest);
  return {
    done,
    cancel: () => {
      worker.terminate();
      reject(new Error('cancelled'));
    },
  };
}

/** Hands a finished file to the browser's download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
