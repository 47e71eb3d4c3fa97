import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface TawsimRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface TawsimProcess extends TawsimRun {
  /** Set when the process could not start or ran past the timeout. */
  error: Error | undefined;
  signal: NodeJS.Signals | null;
}

/**
 * Runs bin/tawsim.mjs the way npx does, from the repository root, with `input` on
 * standard input: what the CLI tests drive.
 */
export function tawsimProcess(input: string | Uint8Array, args: readonly string[]): TawsimProcess {
  // Generous limits: the hostile corpus has a 10 MB line.
  const run = spawnSync(process.execPath, ['bin/tawsim.mjs', ...args], { cwd: root, encoding: 'utf8', input, timeout: 45_000, maxBuffer: 256 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, error: run.error, signal: run.signal };
}

/** Status and output of a run with `input` on standard input. */
export function tawsimWithInput(input: string | Uint8Array, ...args: string[]): TawsimRun {
  const { status, stdout, stderr } = tawsimProcess(input, args);
  return { status, stdout, stderr };
}

/** Status and output of a run with nothing on standard input. */
export function tawsim(...args: string[]): TawsimRun {
  return tawsimWithInput('', ...args);
}
