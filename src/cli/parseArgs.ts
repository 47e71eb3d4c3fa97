import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

export type ParsedArgs<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** node:util parseArgs, reporting a bad command line as a message instead of throwing. */
export function parseCommandArgs<const T extends ParseArgsConfig>(
  config: T,
): { ok: true; parsed: ParsedArgs<T> } | { ok: false; error: string } {
  try {
    return { ok: true, parsed: parseArgs(config) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The value of an option limited to a few words, or an error naming them. */
export function parseChoice<C extends string>(
  option: string,
  value: string,
  choices: readonly C[],
): { ok: true; value: C } | { ok: false; error: string } {
  return (choices as readonly string[]).includes(value)
    ? { ok: true, value: value as C }
    : { ok: false, error: `--${option} must be one of ${choices.join(', ')}, not "${value}"` };
}
