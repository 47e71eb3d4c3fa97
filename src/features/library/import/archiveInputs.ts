import { exchangeFileFormat } from '../../../core/exchange/bundleDocuments.ts';
import type { ImportProblemDetail } from '../../../core/model/importProblem.ts';
import { gunzipFile, isGzipFile } from '../../../core/importers/gzipFile.ts';
import { isTarArchive, unpackTarArchive } from '../../../core/importers/tarArchive.ts';
import { isZipArchive, unpackZipArchive } from '../../../core/importers/zipArchive.ts';
import { blobInput, type ImportInput } from './importInput.ts';

/**
 * What an archive named so holds, as [path, bytes]; null when the name is no archive's
 * or the archive cannot be unpacked (its parse then says why).
 */
function unpack(name: string, bytes: Uint8Array): [string, Uint8Array][] | null {
  if (/\.zip$/i.test(name)) return filesOf(unpackZipArchive(bytes));
  if (/\.tar$/i.test(name)) return filesOf(unpackTarArchive(bytes));
  if (/\.(tgz|gz)$/i.test(name)) {
    // The review screen's gzipped bundles and packages stay as they are, for the import to say where they open.
    if (exchangeFileFormat(bytes) !== null) return null;
    const unpacked = gunzipFile(bytes);
    if ('problem' in unpacked) return null;
    const inner = name.replace(/\.tgz$/i, '.tar').replace(/\.gz$/i, '');
    // A .tar.gz holds a tar archive; any other .gz one file.
    return /\.tar$/i.test(inner) ? filesOf(unpackTarArchive(unpacked.bytes)) : [[inner, unpacked.bytes]];
  }
  return null;
}

function filesOf(unpacked: { files: [string, Uint8Array][] } | { problem: unknown }): [string, Uint8Array][] | null {
  return 'files' in unpacked ? unpacked.files : null;
}

/**
 * The inputs with every archive among them unpacked: a .zip, .tar, .tar.gz or .tgz is
 * replaced by the files it holds, named ARCHIVE/PATH, in the archive's order, so the
 * app's own brat and Hugging Face exports (ANNOTATOR/ID.txt beside ANNOTATOR/ID.ann,
 * data.jsonl beside data.labels.json) pair up as their files would; another .gz
 * (data.jsonl.gz) by its content, named without the .gz. An archive that cannot be
 * unpacked stays as it is, and its parse says why (parseImportUnit), in the preview and
 * the import alike.
 */
export async function expandArchives(inputs: readonly ImportInput[]): Promise<ImportInput[]> {
  const expanded: ImportInput[] = [];
  for (const input of inputs) {
    const files = /\.(zip|tar|tgz|gz)$/i.test(input.name) ? unpack(input.name, await input.read()) : null;
    if (files === null) {
      expanded.push(input);
      continue;
    }
    const single = files.length === 1 && !/\.(zip|tar|tgz|tar\.gz)$/i.test(input.name);
    // Blobs, as the parse workers read groups of files as one Blob.
    for (const [path, bytes] of files) expanded.push(blobInput(single ? path : `${input.name}/${path}`, new Blob([bytes as Uint8Array<ArrayBuffer>])));
  }
  return expanded;
}

/**
 * Why bytes that hold an archive give the import nothing: the ones expandArchives left as
 * they were, because they did not unpack (the detail of what is wrong) or were not named
 * as an archive (or sat inside another). Null for anything but an archive.
 */
export function archiveProblem(bytes: Uint8Array): { format: 'zip' | 'tar' | 'gzip'; detail: ImportProblemDetail } | null {
  const notUnpacked = { code: 'archive-not-unpacked', values: {} } as const;
  if (isZipArchive(bytes)) {
    const unpacked = unpackZipArchive(bytes);
    return { format: 'zip', detail: 'problem' in unpacked ? unpacked.problem : notUnpacked };
  }
  if (isTarArchive(bytes)) {
    const unpacked = unpackTarArchive(bytes);
    return { format: 'tar', detail: 'problem' in unpacked ? unpacked.problem : notUnpacked };
  }
  if (!isGzipFile(bytes)) return null;
  const unpacked = gunzipFile(bytes);
  if ('problem' in unpacked) return { format: 'gzip', detail: unpacked.problem };
  // A .tar.gz whose gzip is whole and whose tar is not says what is wrong with the tar.
  const tar = isTarArchive(unpacked.bytes) ? unpackTarArchive(unpacked.bytes) : null;
  if (tar === null) return { format: 'gzip', detail: { code: 'gzip-not-unpacked', values: {} } };
  return { format: 'gzip', detail: 'problem' in tar ? tar.problem : notUnpacked };
}
