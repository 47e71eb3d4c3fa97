import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { formatProblem } from '../core/model/importProblem.ts';
import type { ImportProblem } from '../core/model/importProblem.ts';
import { importFile } from '../core/importers/importFile.ts';
import { defaultImportOptions } from '../core/importers/importOptions.ts';
import type { ImportOptions } from '../core/importers/importOptions.ts';
import { hashDocuments } from '../core/text/contentHash.ts';
import { csvDelimiterOption, DELIMITER_NAMES } from './delimiterOption.ts';
import { commandHelp } from './help.ts';
import { errorMessage, fileSink, stdoutSink } from './outputSink.ts';
import type { Sink } from './outputSink.ts';
import { parseChoice, parseCommandArgs } from './parseArgs.ts';

/** tawsim import FILE... : see commandHelp.import. */
export async function importCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', default: defaultImportOptions.format },
      split: { type: 'string', default: defaultImportOptions.txtSplit },
      'text-field': { type: 'string', default: defaultImportOptions.textField },
      delimiter: { type: 'string', default: 'auto' },
      'no-headlines': { type: 'boolean', default: false },
      nfkc: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (!parsed.ok) return usageError(parsed.error);
  const { values, positionals: files } = parsed.parsed;
  if (values.help) {
    process.stdout.write(commandHelp.import ?? '');
    return 0;
  }
  const format = parseChoice('format', values.format, ['auto', 'news', 'txt', 'jsonl', 'csv'] as const);
  if (!format.ok) return usageError(format.error);
  const split = parseChoice('split', values.split, ['file', 'line', 'block'] as const);
  if (!split.ok) return usageError(split.error);
  const delimiter = parseChoice('delimiter', values.delimiter, DELIMITER_NAMES);
  if (!delimiter.ok) return usageError(delimiter.error);
  if (files.length === 0) return usageError('no input file');
  if (files.filter((file) => file === STDIN).length > 1) return usageError('standard input (-) can be read only once');
  const output = values.output;
  if (output !== undefined && files.some((file) => file !== STDIN && resolve(file) === resolve(output))) {
    return usageError(`the output ${output} is also an input`);
  }
  const options: ImportOptions = {
    format: format.value,
    txtSplit: split.value,
    textField: values['text-field'],
    csvDelimiter: csvDelimiterOption(delimiter.value),
    headlines: !values['no-headlines'],
    foldPresentationForms: values.nfkc,
  };

  let sink: Sink;
  try {
    sink = output === undefined ? stdoutSink() : await fileSink(output);
  } catch (error) {
    process.stderr.write(`tawsim import: cannot write ${output}: ${errorMessage(error)}\n`);
    return 1;
  }

  const seen = new Set<string>();
  let imported = 0;
  let duplicates = 0;
  let problems = 0;
  const report = (problem: ImportProblem) => {
    problems++;
    process.stderr.write(`${formatProblem(problem)}\n`);
  };
  try {
    for (const file of files) {
      const path = file === STDIN ? STDIN_NAME : file;
      let bytes: Uint8Array;
      try {
        bytes = file === STDIN ? await readStdin() : await readFile(path);
      } catch (error) {
        report({ file: path, line: null, reason: `cannot read: ${errorMessage(error)}` });
        continue;
      }
      // meta names the file as the browser import does (its name); problems name the path as typed.
      const result = importFile(bytes, file === STDIN ? STDIN_NAME : basename(path), options);
      result.problems.forEach((problem) => report({ ...problem, file: path }));
      let lines = '';
      for (const doc of await hashDocuments(result.documents)) {
        if (seen.has(doc.hash)) {
          duplicates++;
        } else {
          seen.add(doc.hash);
          imported++;
          lines += `${JSON.stringify({ id: doc.id, text: doc.text, meta: doc.meta })}\n`;
        }
      }
      await sink.write(lines);
    }
  } catch (error) {
    process.stderr.write(`tawsim import: cannot write ${output ?? 'to stdout'}: ${errorMessage(error)}\n`);
    return 1;
  } finally {
    await sink.close();
  }

  const fileCount = `${files.length} ${files.length === 1 ? 'file' : 'files'}`;
  process.stderr.write(`imported ${imported}, duplicates ${duplicates}, problems ${problems} (${fileCount})\n`);
  return imported === 0 ? 1 : 0;
}

/** The FILE that stands for standard input, and the name its documents and problems carry. */
const STDIN = '-';
const STDIN_NAME = '<stdin>';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function usageError(error: string): number {
  process.stderr.write(`tawsim import: ${error}\nRun "tawsim import --help" for the options.\n`);
  return 2;
}
