import { Gunzip } from 'fflate';
import type { ImportProblemDetail } from '../model/importProblem.ts';
import { MAX_ARCHIVE_BYTES } from './zipArchive.ts';

/** A gzip stream by its first bytes, 1f 8b. */
export function isGzipFile(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

const CHUNK = 64 * 1024;

/**
 * The content of a gzip file (data.jsonl.gz, as datasets are shipped), or why it
 * cannot be had: the stream is damaged or cut, or unpacks to more than
 * MAX_ARCHIVE_BYTES, which is counted as it unpacks (the size a gzip declares at its
 * end is only its size modulo 4 GiB).
 */
export function gunzipFile(bytes: Uint8Array): { bytes: Uint8Array } | { problem: ImportProblemDetail } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const gunzip = new Gunzip((chunk, final) => {
    total += chunk.length;
    if (total <= MAX_ARCHIVE_BYTES) chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let offset = 0; offset < bytes.length && total <= MAX_ARCHIVE_BYTES; offset += CHUNK) {
      gunzip.push(bytes.subarray(offset, offset + CHUNK), offset + CHUNK >= bytes.length);
    }
  } catch (error) {
    return { problem: { code: 'gzip-unreadable', values: { detail: error instanceof Error ? error.message : String(error) } } };
  }
  if (total > MAX_ARCHIVE_BYTES) return { problem: { code: 'archive-too-large', values: { limit: MAX_ARCHIVE_BYTES / (1024 * 1024) } } };
  // fflate's stream ends quietly on a cut file: the size the gzip's last four bytes give
  // (modulo 4 GiB) is how a whole one shows it is whole.
  const declared = bytes.length >= 18 ? new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0, true) : -1;
  if (!ended || declared !== total % 2 ** 32) return { problem: { code: 'gzip-unreadable', values: { detail: 'the file is cut short' } } };
  const content = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    content.set(chunk, at);
    at += chunk.length;
  }
  return { bytes: content };
}
