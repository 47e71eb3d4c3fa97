import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { AnnotatedDocument } from '../core/formats/annotatedDocument.ts';
import { exportBrat } from '../core/formats/bratStandoff.ts';
import { assignContentIds } from '../core/formats/contentIds.ts';
import { exportConllBio } from '../core/formats/conllBio.ts';
import { exportDoccanoJsonl } from '../core/formats/doccanoJsonl.ts';
import { formatExportLoss } from '../core/formats/exportLoss.ts';
import type { ExportLoss } from '../core/formats/exportLoss.ts';
import { exportHuggingFaceTokens, huggingFaceLabelNames } from '../core/formats/huggingFaceTokens.ts';
import { exportLabelStudioJson } from '../core/formats/labelStudioJson.ts';
import { OFFSET_UNITS } from '../core/formats/offsetUnit.ts';
import type { OffsetUnit } from '../core/formats/offsetUnit.ts';
import { exportStanceClassification } from '../core/formats/stanceClassification.ts';
import { exportTawsimJsonl } from '../core/formats/tawsimJsonl.ts';
import { uniqueDocuments } from '../core/formats/uniqueDocuments.ts';
import { formatProblem } from '../core/model/importProblem.ts';
import { csvDelimiterOption, DELIMITER_NAMES } from './delimiterOption.ts';
import { commandHelp } from './help.ts';
import { CLOSED_PIPE_STATUS, errorMessage, fileSink, isClosedPipe, stdoutSink } from './outputSink.ts';
import type { Sink } from './outputSink.ts';
import { parseChoice, parseCommandArgs } from './parseArgs.ts';
import { huggingFaceLabelsPath, readAnnotatedFiles } from './readAnnotatedFiles.ts';
import type { InputFormat } from './readAnnotatedFiles.ts';
import { inputPath, readInput, readsStdinTwice, STDIN, STDIN_NAME } from './standardInput.ts';
import { parseStatusOption } from './statusOption.ts';
import { countOf } from './countOf.ts';

const OUTPUTS = ['jsonl', 'doccano', 'labelstudio', 'conll', 'hf', 'brat', 'stance'] as const;
type Output = (typeof OUTPUTS)[number];
const INPUTS = ['auto', ...OUTPUTS, 'text'] as const;
/** Outputs that hold each document once per annotator. */
const ONE_PER_ID: ReadonlySet<Output> = new Set(['jsonl', 'brat']);

/** tawsim convert FILE... --to FORMAT : see commandHelp.convert. */
export async function convertCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      to: { type: 'string' },
      from: { type: 'string', default: 'auto' },
      output: { type: 'string', short: 'o' },
      'offset-unit': { type: 'string', default: 'codepoint' },
      'input-offset-unit': { type: 'string', default: 'codepoint' },
      annotator: { type: 'string' },
      annotators: { type: 'string' },
      status: { type: 'string' },
      'sentences-per-doc': { type: 'string', default: '1' },
      labels: { type: 'string' },
      'conll-separator': { type: 'string', default: 'space' },
      'text-field': { type: 'string', default: 'text' },
      'target-field': { type: 'string', default: 'target' },
      'label-field': { type: 'string', default: 'label' },
      delimiter: { type: 'string', default: 'auto' },
      'text-format': { type: 'string', default: 'auto' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (!parsed.ok) return usageError(parsed.error);
  const { values, positionals: files } = parsed.parsed;
  if (values.help) {
    process.stdout.write(commandHelp.convert ?? '');
    return 0;
  }
  if (values.to === undefined) return usageError('--to is required');
  const to = parseChoice('to', values.to, OUTPUTS);
  if (!to.ok) return usageError(to.error);
  const from = parseChoice('from', values.from, INPUTS);
  if (!from.ok) return usageError(from.error);
  const offsetUnit = parseChoice('offset-unit', values['offset-unit'], OFFSET_UNITS);
  if (!offsetUnit.ok) return usageError(offsetUnit.error);
  const inputOffsetUnit = parseChoice('input-offset-unit', values['input-offset-unit'], OFFSET_UNITS);
  if (!inputOffsetUnit.ok) return usageError(inputOffsetUnit.error);
  const separator = parseChoice('conll-separator', values['conll-separator'], ['space', 'tab'] as const);
  if (!separator.ok) return usageError(separator.error);
  const delimiter = parseChoice('delimiter', values.delimiter, DELIMITER_NAMES);
  if (!delimiter.ok) return usageError(delimiter.error);
  const textFormat = parseChoice('text-format', values['text-format'], ['auto', 'news', 'txt', 'jsonl', 'csv'] as const);
  if (!textFormat.ok) return usageError(textFormat.error);
  const sentencesPerDocument = Number(values['sentences-per-doc']);
  if (!Number.isSafeInteger(sentencesPerDocument) || sentencesPerDocument < 1) return usageError('--sentences-per-doc must be a whole number from 1');
  if (files.length === 0) return usageError('no input file');
  if (readsStdinTwice(files)) return usageError('standard input (-) can be read only once');
  const output = values.output;
  if ((to.value === 'brat' || to.value === 'hf') && output === undefined) return usageError(`--to ${to.value} writes several files: give -o`);
  if (output !== undefined && files.some((file) => resolve(file) === resolve(output))) return usageError(`the output ${output} is also an input`);
  const chosen = values.annotators?.split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (chosen !== undefined && chosen.length === 0) return usageError('--annotators needs at least one name, separated by commas');
  const status = values.status === undefined ? undefined : parseStatusOption(values.status);
  if (status !== undefined && !status.ok) return usageError(status.error);
  const statuses = status?.statuses;

  // Standard input is read here, once, and read as a file named STDIN_NAME.
  const piped = files.includes(STDIN) ? new Map([[STDIN_NAME, await readInput(STDIN)]]) : new Map<string, Uint8Array>();
  const read = await readAnnotatedFiles(files.map(inputPath), {
    format: from.value === 'auto' ? null : from.value === 'jsonl' ? 'tawsim' : (from.value as InputFormat),
    annotator: values.annotator,
    inputOffsetUnit: inputOffsetUnit.value,
    sentencesPerDocument,
    labels: values.labels,
    textField: values['text-field'],
    targetField: values['target-field'],
    labelField: values['label-field'],
    csvDelimiter: csvDelimiterOption(delimiter.value),
    textFormat: textFormat.value,
  }, piped);
  // The input's problems first: they may be why an annotator named below is missing.
  for (const problem of read.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  let { documents, sources } = read;
  if (chosen !== undefined) {
    const found = new Set(documents.map((doc) => doc.annotator));
    const unknown = chosen.filter((name) => !found.has(name));
    if (unknown.length > 0) {
      return usageError(`no annotations by ${unknown.map((name) => JSON.stringify(name)).join(', ')} in the files (annotators found: ${[...found].sort().join(', ') || 'none'})`);
    }
  }
  const keep = (doc: AnnotatedDocument) => (chosen === undefined || chosen.includes(doc.annotator)) && (statuses === undefined || statuses.includes(doc.status));
  sources = sources.filter((_, i) => keep(documents[i]!));
  documents = documents.filter(keep);
  // Equal texts get equal ids. Tawsim JSONL holds a document once per annotator, and brat names
  // its files by id; the other formats keep a repeated sentence as often as the input has it.
  const identified = await assignContentIds(documents);
  const unique = ONE_PER_ID.has(to.value) ? uniqueDocuments(identified, sources) : { documents: identified, duplicates: 0, problems: [] };
  for (const problem of unique.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  const problems = [...read.problems, ...unique.problems];
  const docs = unique.documents;
  const losses: ExportLoss[] = [];
  const onLoss = (loss: ExportLoss) => {
    losses.push(loss);
    process.stderr.write(`${formatExportLoss(loss)}\n`);
  };
  try {
    await write(to.value, docs, output, { offsetUnit: offsetUnit.value, separator: separator.value === 'tab' ? '\t' : ' ', onLoss });
  } catch (error) {
    if (output === undefined && isClosedPipe(error)) return CLOSED_PIPE_STATUS;
    process.stderr.write(`tawsim convert: cannot write ${output ?? 'to stdout'}: ${errorMessage(error)}\n`);
    return 1;
  }
  const fileCount = countOf(files.length, 'file');
  process.stderr.write(
    `converted ${countOf(docs.length, 'document')} to ${to.value}, duplicates ${unique.duplicates}, problems ${problems.length}, losses ${losses.length} (${fileCount})\n`,
  );
  return docs.length === 0 ? 1 : 0;
}

interface WriteOptions {
  offsetUnit: OffsetUnit;
  separator: ' ' | '\t';
  onLoss: (loss: ExportLoss) => void;
}

async function write(to: Output, docs: AnnotatedDocument[], output: string | undefined, options: WriteOptions): Promise<void> {
  const { offsetUnit, onLoss } = options;
  if (to === 'brat') {
    // -o is required for brat: a directory with one collection per annotator.
    const root = output as string;
    for (const file of exportBrat(docs, { onLoss })) {
      const path = join(root, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.content);
    }
    return;
  }
  if (to === 'hf') {
    const labels = [...new Set(docs.flatMap((doc) => doc.entities.map((entity) => entity.label)))].sort();
    const labelNames = huggingFaceLabelNames(labels);
    await writeFile(huggingFaceLabelsPath(output as string), `${JSON.stringify(labelNames)}\n`);
    return writeChunks(output, exportHuggingFaceTokens(docs, { labelNames, onLoss }));
  }
  switch (to) {
    case 'jsonl':
      return writeChunks(output, exportTawsimJsonl(docs, { offsetUnit }));
    case 'doccano': {
      // The relation shape as soon as there is an event to keep; the simpler label shape otherwise.
      const relations = docs.some((doc) => doc.events.length > 0);
      return writeChunks(output, exportDoccanoJsonl(docs, { offsetUnit, relations, onLoss }));
    }
    case 'labelstudio':
      return writeChunks(output, [exportLabelStudioJson(docs, { offsetUnit, onLoss })]);
    case 'conll':
      return writeChunks(output, exportConllBio(docs, { separator: options.separator, onLoss }));
    case 'stance':
      return writeChunks(output, exportStanceClassification(docs, { onLoss }));
  }
}

async function writeChunks(output: string | undefined, chunks: Iterable<string>): Promise<void> {
  const sink: Sink = output === undefined ? stdoutSink() : await fileSink(output);
  try {
    // Batches of chunks keep the number of writes down without holding the whole output.
    let batch = '';
    for (const chunk of chunks) {
      batch += chunk;
      if (batch.length > 1 << 16) {
        await sink.write(batch);
        batch = '';
      }
    }
    if (batch !== '') await sink.write(batch);
  } finally {
    await sink.close();
  }
}

function usageError(error: string): number {
  process.stderr.write(`tawsim convert: ${error}\nRun "tawsim convert --help" for the options.\n`);
  return 2;
}
