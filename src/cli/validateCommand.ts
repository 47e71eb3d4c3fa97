import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseTawsimJsonl } from '../core/formats/tawsimJsonl.ts';
import { importProblem } from '../core/model/importProblem.ts';
import type { ImportProblem } from '../core/model/importProblem.ts';
import type { ProjectSchema } from '../core/schema/projectSchema.ts';
import { decodeFile } from '../core/text/decodeFile.ts';
import { commandHelp } from './help.ts';
import { errorMessage } from './outputSink.ts';
import { parseCommandArgs } from './parseArgs.ts';
import { readProjectSchema } from './schemaFile.ts';
import { inputPath, readInput, readsStdinTwice } from './standardInput.ts';

/** tawsim validate FILE.jsonl... [--schema SCHEMA.json] : see commandHelp.validate. */
export async function validateCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      schema: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (!parsed.ok) return usageError(parsed.error);
  const { values, positionals: files } = parsed.parsed;
  if (values.help) {
    process.stdout.write(commandHelp.validate ?? '');
    return 0;
  }
  if (files.length === 0) return usageError('no input file');
  if (readsStdinTwice(files)) return usageError('standard input (-) can be read only once');
  let schema: ProjectSchema | undefined;
  if (values.schema !== undefined) {
    let read: ProjectSchema | string;
    try {
      read = readProjectSchema(await readFile(values.schema, 'utf8'));
    } catch (error) {
      read = `cannot read: ${errorMessage(error)}`;
    }
    if (typeof read === 'string') return usageError(`the schema ${values.schema}: ${read}`);
    schema = read;
  }

  let valid = 0;
  let problems = 0;
  const report = (path: string, problem: ImportProblem) => {
    problems++;
    process.stdout.write(problem.line === null ? `${path}: ${problem.reason}\n` : `${path}: line ${problem.line}: ${problem.reason}\n`);
  };
  for (const file of files) {
    const path = inputPath(file);
    let bytes: Uint8Array;
    try {
      bytes = await readInput(file);
    } catch (error) {
      report(path, importProblem(path, null, { code: 'unreadable', values: { detail: errorMessage(error) } }));
      continue;
    }
    const name = basename(path);
    const decoded = decodeFile(bytes, name);
    decoded.problems.forEach((problem) => report(path, problem));
    if (decoded.text === null) continue;
    const result = parseTawsimJsonl(decoded.text, name, { schema, badLines: decoded.badLines });
    result.problems.forEach((problem) => report(path, problem));
    valid += result.documents.length;
  }
  const fileCount = `${files.length} ${files.length === 1 ? 'file' : 'files'}`;
  process.stdout.write(`${valid} valid lines, ${problems} problems (${fileCount})\n`);
  return problems === 0 ? 0 : 1;
}

function usageError(error: string): number {
  process.stderr.write(`tawsim validate: ${error}\nRun "tawsim validate --help" for the options.\n`);
  return 2;
}
