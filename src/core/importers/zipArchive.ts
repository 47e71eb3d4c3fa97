import { unzipSync } from 'fflate';
import type { ImportProblemDetail } from '../model/importProblem.ts';

/** What one archive may unpack to: an import of a larger corpus takes its files unpacked. */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;

/** Folders, and what macOS's Finder adds to the archives it makes. */
const isSkipped = (path: string) => path.endsWith('/') || path.startsWith('__MACOSX/') || /(^|\/)\.DS_Store$/.test(path);

/** A zip archive by its first bytes: a local file header, or the end record of an empty archive. */
export function isZipArchive(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/**
 * The files of a zip archive, [path, bytes] in the archive's order (folders and macOS's
 * __MACOSX and .DS_Store left out), or why they cannot be had: the archive is damaged,
 * holds nothing, or would unpack to more than MAX_ARCHIVE_BYTES. Sizes are the ones the
 * archive declares, which is also what each entry is unpacked into, so a lying archive
 * cannot unpack to more.
 */
export function unpackZipArchive(bytes: Uint8Array): { files: [string, Uint8Array][] } | { problem: ImportProblemDetail } {
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (isSkipped(file.name)) return false;
        declared += file.originalSize;
        return declared <= MAX_ARCHIVE_BYTES;
      },
    });
  } catch (error) {
    return { problem: { code: 'archive-unreadable', values: { detail: error instanceof Error ? error.message : String(error) } } };
  }
  if (declared > MAX_ARCHIVE_BYTES) return { problem: { code: 'archive-too-large', values: { limit: MAX_ARCHIVE_BYTES / (1024 * 1024) } } };
  const entries = Object.entries(files);
  return entries.length === 0 ? { problem: { code: 'archive-empty', values: {} } } : { files: entries };
}
