import type { ImportOptions } from '../../../core/importers/importOptions.ts';
import type { AnnotationImportOptions } from './annotationImportOptions.ts';
import type { GroupParser } from './groupParser.ts';
import type { ImportInput } from './importInput.ts';
import type { ImportUnit } from './importUnits.ts';
import type { ParsedUnitResult } from './parseGroup.ts';
import type { NamedBlob, ParseRequest, ParseResponse, UnitOfBlobs } from './parseMessages.ts';

function namedBlob(input: ImportInput): NamedBlob {
  if (!input.blob) throw new Error(`${input.name}: only files can be parsed in a parse worker`);
  return { name: input.name, blob: input.blob };
}

function unitOfBlobs(unit: ImportUnit): UnitOfBlobs {
  return { kind: unit.kind, main: namedBlob(unit.main), ...(unit.partner ? { partner: namedBlob(unit.partner) } : {}) };
}

/** A parse worker (parseWorker.ts) as a GroupParser; groups must hold Blob-backed files only. */
export function parseWorkerParser(options: ImportOptions, annotations: AnnotationImportOptions): GroupParser {
  const worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module', name: 'tawsim-parse' });
  const pending = new Map<number, { resolve(results: ParsedUnitResult[]): void; reject(error: Error): void }>();
  let nextId = 1;
  const failAll = (message: string) => {
    for (const { reject } of pending.values()) reject(new Error(message));
    pending.clear();
  };
  worker.onmessage = (event: MessageEvent<ParseResponse>) => {
    const response = event.data;
    const request = pending.get(response.id);
    pending.delete(response.id);
    if ('error' in response) request?.reject(new Error(response.error));
    else request?.resolve(response.results);
  };
  // A worker that fails to load or crashes fails its groups, which stops the import, instead of hanging it.
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(event.message || 'A parse worker stopped.');
  };
  worker.onmessageerror = () => failAll('A parse worker sent a message that could not be read.');
  return {
    parse(group) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, units: group.map(unitOfBlobs), options, annotations } satisfies ParseRequest);
      });
    },
    close() {
      worker.terminate();
      failAll('The parse worker was closed.');
    },
  };
}
