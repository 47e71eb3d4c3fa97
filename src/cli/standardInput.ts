import { readFile } from 'node:fs/promises';

/** The FILE that stands for standard input, and the name its documents and problems carry. */
export const STDIN = '-';
export const STDIN_NAME = '<stdin>';

/** Whether standard input is named more than once: it can be read only once. */
export function readsStdinTwice(files: readonly string[]): boolean {
  return files.filter((file) => file === STDIN).length > 1;
}

/** The path a FILE is reported by: as typed, or STDIN_NAME for standard input. */
export function inputPath(file: string): string {
  return file === STDIN ? STDIN_NAME : file;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The bytes of a FILE argument: standard input for -, else the file. */
export function readInput(file: string): Promise<Uint8Array> {
  return file === STDIN ? readStdin() : readFile(file);
}
