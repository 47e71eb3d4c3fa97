/** One file to import, as the pipeline reads it: a name, a size and its bytes on demand. */
export interface ImportInput {
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
  /** The file itself, when there is one: many small files are read faster as one Blob. */
  blob?: Blob;
}

export function blobInput(name: string, blob: Blob): ImportInput {
  return { name, size: blob.size, read: async () => new Uint8Array(await blob.arrayBuffer()), blob };
}

export function fileInput(file: File): ImportInput {
  return blobInput(file.name, file);
}
