/// <reference lib="webworker" />
import { openTawsimDb } from '../../storage/openTawsimDb.ts';
import { exportProject, type ExportProgress } from './exportProject.ts';
import type { ExportOptions } from './exportOptions.ts';
import type { ExportLoss } from '../../core/formats/exportLoss.ts';

export type ExportRequest = { id: number; dbName: string; projectId: string; options: ExportOptions };
export type ExportResponse =
  | { id: number; type: 'progress'; progress: ExportProgress }
  | { id: number; type: 'done'; blob: Blob; written: number; lossCount: number; losses: ExportLoss[] }
  | { id: number; type: 'failed'; message: string };

/** Reading and serialising run here, so exporting a large project never freezes the page. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ExportRequest>) => {
  const { id, dbName, projectId, options } = event.data;
  const post = (message: ExportResponse) => scope.postMessage(message);
  try {
    const db = await openTawsimDb({ name: dbName });
    try {
      const result = await exportProject(db, projectId, options, (progress) => post({ id, type: 'progress', progress }));
      post({ id, type: 'done', blob: new Blob(result.parts as BlobPart[], { type: result.mimeType }), written: result.written, lossCount: result.lossCount, losses: result.losses });
    } finally {
      db.close();
    }
  } catch (error) {
    post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
