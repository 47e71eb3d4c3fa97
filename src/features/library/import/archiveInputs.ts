import { unpackZipArchive } from '../../../core/importers/zipArchive.ts';
import { blobInput, type ImportInput } from './importInput.ts';

const isArchiveName = (name: string) => /\.zip$/i.test(name);

/**
 * The inputs with every .zip among them replaced by the files it holds, named
 * ARCHIVE/PATH, in the archive's order: the app's own brat and Hugging Face exports
 * (ANNOTATOR/ID.txt beside ANNOTATOR/ID.ann, data.jsonl beside data.labels.json) pair
 * up as their files would. An archive that cannot be unpacked stays as it is, and its
 * parse says why (parseImportUnit), in the preview and the import alike.
 */
export async function expandArchives(inputs: readonly ImportInput[]): Promise<ImportInput[]> {
  const expanded: ImportInput[] = [];
  for (const input of inputs) {
    const unpacked = isArchiveName(input.name) ? unpackZipArchive(await input.read()) : null;
    if (unpacked === null || 'problem' in unpacked) {
      expanded.push(input);
      continue;
    }
    // Blobs, as the parse workers read groups of files as one Blob.
    for (const [path, bytes] of unpacked.files) expanded.push(blobInput(`${input.name}/${path}`, new Blob([bytes as Uint8Array<ArrayBuffer>])));
  }
  return expanded;
}
