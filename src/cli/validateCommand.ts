import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { exchangeFileFormat, readProjectBundle, workPackageProblem } from '../core/exchange/bundleDocuments.ts';
import { PROJECT_BUNDLE_FORMAT, WORK_PACKAGE_FORMAT } from '../core/exchange/exchangeHeader.ts';
import { schemaLabelReasons } from '../core/formats/schemaLabelReasons.ts';
import { schemaLabels } from '../core/formats/schemaLabels.ts';
import { parseTawsimJsonl } from '../core/formats/tawsimJsonl.ts';
import { gunzipFile, isGzipFile } from '../core/importers/gzipFile.ts';
import { importProblem } from '../core/model/importProblem.ts';
import type { ImportProblem } from '../core/model/importProblem.ts';
import type { ProjectSchema } from '../core/schema/projectSchema.ts';
import { decodeFile, decodeProblems } from '../core/text/decodeFile.ts';
import { commandHelp } from './help.ts';
import { errorMessage } from './outputSink.ts';
import { parseCommandArgs } from './parseArgs.ts';
import { readProjectSchema } from './schemaFile.ts';
import { inputPath, readInput, readsStdinTwice } from './standardInput.ts';
import { countOf } from './countOf.ts';

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

  let lines = 0;
  let sets = 0;
  let bundles = 0;
  let problems = 0;
  for (const file of files) {
    const path = inputPath(file);
    let checked: Checked;
    try {
      checked = await validateBytes(path, await readInput(file), schema);
    } catch (error) {
      checked = { lines: 0, sets: 0, bundle: false, problems: [importProblem(path, null, { code: 'unreadable', values: { detail: errorMessage(error) } })] };
    }
    for (const problem of checked.problems) {
      problems++;
      process.stdout.write(problem.line === null ? `${path}: ${problem.reason}\n` : `${path}: line ${problem.line}: ${problem.reason}\n`);
    }
    lines += checked.lines;
    sets += checked.sets;
    if (checked.bundle) bundles++;
  }
  const fileCount = countOf(files.length, 'file');
  const setCount = bundles > 0 ? `, ${countOf(sets, 'valid annotation set')} in ${countOf(bundles, 'project bundle')}` : '';
  process.stdout.write(`${countOf(lines, 'valid line')}${setCount}, ${countOf(problems, 'problem')} (${fileCount})\n`);
  return problems === 0 ? 0 : 1;
}

interface Checked {
  lines: number;
  sets: number;
  bundle: boolean;
  problems: ImportProblem[];
}

/**
 * One file checked: Tawsim JSONL line by line, a gzip file as its content, a project
 * bundle as the app checks one when it opens it (then each set's labels against the
 * schema, when one is given).
 */
async function validateBytes(path: string, bytes: Uint8Array, schema: ProjectSchema | undefined): Promise<Checked> {
  const checked: Checked = { lines: 0, sets: 0, bundle: false, problems: [] };
  const exchange = exchangeFileFormat(bytes);
  if (exchange === WORK_PACKAGE_FORMAT) return { ...checked, problems: [workPackageProblem(path)] };
  if (exchange === PROJECT_BUNDLE_FORMAT) {
    const read = await readProjectBundle(bytes, path);
    checked.bundle = true;
    checked.problems.push(...read.problems);
    const labels = schema === undefined ? null : schemaLabels(schema);
    for (const set of read.documents) {
      const at = `document ${JSON.stringify(set.id)}, annotator ${JSON.stringify(set.annotator)}: `;
      const reasons = labels === null ? [] : schemaLabelReasons(set, labels, at);
      for (const reason of reasons) checked.problems.push(importProblem(path, null, reason));
      if (reasons.length === 0) checked.sets++;
    }
    return checked;
  }
  if (isGzipFile(bytes)) {
    const unpacked = gunzipFile(bytes);
    if ('problem' in unpacked) return { ...checked, problems: [importProblem(path, null, unpacked.problem)] };
    return validateBytes(path, unpacked.bytes, schema);
  }
  const name = basename(path);
  const decoded = decodeFile(bytes, name);
  checked.problems.push(...decodeProblems(decoded, true));
  if (decoded.text === null) return checked;
  const result = parseTawsimJsonl(decoded.text, name, { schema, badLines: decoded.badLines });
  checked.problems.push(...result.problems);
  checked.lines = result.documents.length;
  return checked;
}

function usageError(error: string): number {
  process.stderr.write(`tawsim validate: ${error}\nRun "tawsim validate --help" for the options.\n`);
  return 2;
}
