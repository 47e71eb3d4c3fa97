/// <reference lib="webworker" />
import { openTawsimDb } from '../../../storage/openTawsimDb.ts';
import { announceChange } from '../../../storage/changeFeed.ts';
import { fileInput, runImport } from './importPipeline.ts';
import { previewFile } from './filePreview.ts';
import type { ImportRequest, ImportResponse } from './importMessages.ts';

/** Parsing, hashing and writing run here so the page stays responsive on big imports. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const signals = new Map<number, { cancelled: boolean }>();

function post(message: ImportResponse): void {
  scope.postMessage(message);
}

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'cancel') {
      const signal = signals.get(request.id);
      if (signal) signal.cancelled = true;
      return;
    }
    if (request.type === 'preview') {
      const previews = [];
      for (const [index, file] of request.files.entries()) {
        previews.push(previewFile(new Uint8Array(await file.arrayBuffer()), file.name, request.options, index));
      }
      post({ type: 'preview', id: request.id, previews });
      return;
    }
    const signal = { cancelled: false };
    signals.set(request.id, signal);
    const db = await openTawsimDb({ name: request.dbName });
    try {
      const summary = await runImport({
        db,
        projectId: request.projectId,
        inputs: request.files.map(fileInput),
        options: request.options,
        signal,
        onProgress: (progress) => post({ type: 'progress', id: request.id, progress }),
      });
      announceChange({ type: 'documents', projectId: request.projectId });
      post({ type: 'done', id: request.id, summary });
    } finally {
      signals.delete(request.id);
      db.close();
    }
  } catch (error) {
    post({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
