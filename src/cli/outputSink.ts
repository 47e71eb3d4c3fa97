import { open } from 'node:fs/promises';

/** Where a command writes its output, chunk by chunk. */
export interface Sink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

export function stdoutSink(): Sink {
  // Errors such as EPIPE (a closed pipe) reach the write callback; without a listener they would crash.
  process.stdout.on('error', () => {});
  return {
    write: (chunk) =>
      new Promise((done, fail) => {
        process.stdout.write(chunk, (error) => (error ? fail(error) : done()));
      }),
    close: async () => {},
  };
}

export async function fileSink(path: string): Promise<Sink> {
  const handle = await open(path, 'w');
  return {
    write: async (chunk) => {
      await handle.write(chunk);
    },
    close: () => handle.close(),
  };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
