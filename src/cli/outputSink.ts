import { open } from 'node:fs/promises';

/** Where a command writes its output, chunk by chunk. */
export interface Sink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * True when the reader of standard output went away (`tawsim convert … | head`): as any
 * Unix tool, the command then stops without a word and with SIGPIPE's status, 141.
 */
export function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}

export const CLOSED_PIPE_STATUS = 141;

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
