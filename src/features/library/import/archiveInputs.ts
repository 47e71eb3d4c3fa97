import { exchangeFileFormat } from '../../../core/exchange/bundleDocuments.ts';
import { gunzipFile } from '../../../core/importers/gzipFile.ts';
import { unpackZipArchive } from '../../../core/importers/zipArchive.ts';
import { blobInput, type ImportInput } from './importInput.ts';

const isZipName = (name: string) => /\.zip$/i.test(name);
const isGzipName = (name: string) => /\.gz$/i.test(name);

/**
 * The inputs with every archive among them unpacked: a .zip is replaced by the files it
 * holds, named ARCHIVE/PATH, in the archive's order, so the app's own brat and Hugging
 * Face exports (ANNOTATOR/ID.txt beside ANNOTATOR/ID.ann, data.jsonl beside
 * data.labels.json) pair up as their files would; a .gz (data.jsonl.gz) by its content,
 * named without the .gz. The review screen's gzipped bundles and packages stay as they
 * are, for the import to say where they open. An archive that cannot be unpacked stays
 * as it is too, and its parse says why (parseImportUnit), in the preview and the import alike.
 */
export async function expandArchives(inputs: readonly ImportInput[]): Promise<ImportInput[]> {
  const expanded: ImportInput[] = [];
  for (const input of inputs) {
    if (isZipName(input.name)) {
      const unpacked = unpackZipArchive(await input.read());
      if ('files' in unpacked) {
        // Blobs, as the parse workers read groups of files as one Blob.
        for (const [path, bytes] of unpacked.files) expanded.push(blobInput(`${input.name}/${path}`, new Blob([bytes as Uint8Array<ArrayBuffer>])));
        continue;
      }
    } else if (isGzipName(input.name)) {
      const bytes = await input.read();
      const unpacked = exchangeFileFormat(bytes) === null ? gunzipFile(bytes) : null;
      if (unpacked !== null && 'bytes' in unpacked) {
        expanded.push(blobInput(input.name.replace(/\.gz$/i, ''), new Blob([unpacked.bytes as Uint8Array<ArrayBuffer>])));
        continue;
      }
    }
    expanded.push(input);
  }
  return expanded;
}
