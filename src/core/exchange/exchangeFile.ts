import { gunzipSync, gzipSync, strToU8 } from 'fflate';
import { isGzipFile } from '../importers/gzipFile.ts';
import type { ExchangeProblem } from './exchangeProblem.ts';

/** Work packages and bundles are gzipped JSON: Arabic text and repeated keys shrink several times over. */
export function encodeExchangeFile(value: unknown): Uint8Array {
  return gzipSync(strToU8(JSON.stringify(value)), { level: 6 });
}


/** Reads a gzipped or plain JSON file (someone may have unpacked it to look inside). */
export function decodeExchangeFile(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; problem: ExchangeProblem } {
  let raw = bytes;
  if (isGzipFile(bytes)) {
    try {
      raw = gunzipSync(bytes);
    } catch {
      return { ok: false, problem: { code: 'unreadable' } };
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(raw);
  } catch {
    return { ok: false, problem: { code: 'unreadable' } };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
}
