/// <reference lib="webworker" />
import { openTawsimDb } from '../../../storage/openTawsimDb.ts';
import { announceChange } from '../../../storage/changeFeed.ts';
import { fileInput } from './importInput.ts';
import { runImport } from './importPipeline.ts';
import { previewUnit } from './filePreview.ts';
import { expandArchives } from './archiveInputs.ts';
import { importUnits } from './importUnits.ts';
import type { ImportRequest, ImportResponse } from './importMessages.ts';
import { inThreadParser } from './groupParser.ts';
import { parseWorkerParser } from './parseWorkerClient.ts';

/** Parsing, hashing and writing run here so the page stays responsive on big imports. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const signals = new Map<number, { cancelled: boolean }>();

/**
 * Reading, decoding, parsing and hashing take most of an import's CPU. This worker parses
 * too, between its writes, beside one parse worker on two cores and two on more (where
 * workers cannot start workers, it parses alone): on two cores, two parse workers beside a
 * worker that only wrote took more CPU and more time, as the browser's IndexedDB and file
 * reading need the same cores (bench/README.md, import_10k).
 */
const PARSE_WORKERS = typeof Worker === 'function' ? Math.min(2, Math.max(1, (navigator.hardwareConcurrency || 2) - 1)) : 0;

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
      for (const [index, unit] of importUnits(await expandArchives(request.files.map(fileInput))).entries()) {
        const [bytes, partner] = await Promise.all([unit.main.read(), unit.partner?.read()]);
        previews.push(previewUnit(unit, bytes, partner, request.options, request.annotations, index));
      }
      post({ type: 'preview', id: request.id, previews });
      return;
    }
    const signal = { cancelled: false };
    signals.set(request.id, signal);
    const db = await openTawsimDb({ name: request.dbName });
    const workers = Array.from({ length: PARSE_WORKERS }, () => parseWorkerParser(request.options, request.annotations));
    try {
      const summary = await runImport({
        db,
        projectId: request.projectId,
        inputs: request.files.map(fileInput),
        options: request.options,
        annotations: request.annotations,
        parsers: [inThreadParser(request.options, request.annotations), ...workers],
        signal,
        onProgress: (progress) => post({ type: 'progress', id: request.id, progress }),
      });
      db.close();
      announceChange({ type: 'documents', projectId: request.projectId });
      post({ type: 'done', id: request.id, summary });
    } finally {
      for (const parser of workers) parser.close();
      signals.delete(request.id);
      db.close();
    }
  } catch (error) {
    post({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
