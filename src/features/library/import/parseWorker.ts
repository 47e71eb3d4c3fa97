/// <reference lib="webworker" />
import { blobInput } from './importInput.ts';
import type { ImportUnit } from './importUnits.ts';
import type { ParseRequest, ParseResponse, UnitOfBlobs } from './parseMessages.ts';
import { parseGroup } from './parseGroup.ts';

/** Reads, parses and hashes groups of files for the import worker, which writes them in order. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

function unit({ kind, main, partner }: UnitOfBlobs): ImportUnit {
  return { kind, main: blobInput(main.name, main.blob), ...(partner ? { partner: blobInput(partner.name, partner.blob) } : {}) };
}

scope.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { id, units, options, annotations } = event.data;
  let response: ParseResponse;
  try {
    response = { id, results: await parseGroup(units.map(unit), options, annotations) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
