import { basename, resolve } from 'node:path';
import { formatProblem, importProblem } from '../core/model/importProblem.ts';
import type { ImportProblem } from '../core/model/importProblem.ts';
import { importFile } from '../core/importers/importFile.ts';
import { defaultImportOptions } from '../core/importers/importOptions.ts';
import type { ImportOptions } from '../core/importers/importOptions.ts';
import { hashDocuments } from '../core/text/contentHash.ts';
import { detectAnnotationFormat, type AnnotationFormat } from '../core/formats/annotationFormat.ts';
import { stanceFields } from '../core/formats/stanceClassification.ts';
import type { ParsedDocument } from '../core/model/document.ts';
import { metaTokensToUnit } from '../core/formats/documentTokens.ts';
import { unitOffsets } from '../core/formats/offsetUnit.ts';
import { isGzipFile } from '../core/importers/gzipFile.ts';
import { isTarArchive } from '../core/importers/tarArchive.ts';
import { isZipArchive } from '../core/importers/zipArchive.ts';
import { exchangeFileFormat, readProjectBundleTexts, workPackageProblem } from '../core/exchange/bundleDocuments.ts';
import { PROJECT_BUNDLE_FORMAT, WORK_PACKAGE_FORMAT } from '../core/exchange/exchangeHeader.ts';
import { readAnnotatedFiles } from './readAnnotatedFiles.ts';
import { inputPath, readInput, readsStdinTwice, STDIN } from './standardInput.ts';
import { csvDelimiterOption, DELIMITER_NAMES } from './delimiterOption.ts';
import { commandHelp } from './help.ts';
import { CLOSED_PIPE_STATUS, errorMessage, fileSink, isClosedPipe, stdoutSink } from './outputSink.ts';
import type { Sink } from './outputSink.ts';
import { parseChoice, parseCommandArgs } from './parseArgs.ts';
import { countOf } from './countOf.ts';

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
  if (readsStdinTwice(files)) return usageError('standard input (-) can be read only once');
  const output = values.output;
  if (output !== undefined && files.some((file) => file !== STDIN && resolve(file) === resolve(output))) {
    return usageError(`the output ${output} is also an input`);
  }
  const options: ImportOptions = {
    format: format.value,
    txtSplit: split.value,
    textField: values['text-field'],
    targetField: defaultImportOptions.targetField,
    labelField: defaultImportOptions.labelField,
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
      const path = inputPath(file);
      let bytes: Uint8Array;
      try {
        bytes = await readInput(file);
      } catch (error) {
        report(importProblem(path, null, { code: 'unreadable', values: { detail: errorMessage(error) } }));
        continue;
      }
      // meta names the file as the browser import does (its name); problems name the path as typed.
      const name = basename(path);
      const exchange = format.value === 'auto' ? exchangeFileFormat(bytes) : null;
      // A zip archive's files are read one by one, and a gzip file's content, each as its own file would be (readAnnotatedFiles).
      const archive = format.value === 'auto' && (isZipArchive(bytes) || isTarArchive(bytes) || (exchange === null && isGzipFile(bytes)));
      const annotated = format.value === 'auto' && exchange === null && !archive ? annotatedFormat(name, bytes, options) : null;
      const result: { documents: ParsedDocument[]; problems: ImportProblem[]; annotated?: number } =
        exchange === PROJECT_BUNDLE_FORMAT
          ? await bundleTexts(path, bytes)
          : exchange === WORK_PACKAGE_FORMAT
            ? { documents: [], problems: [workPackageProblem(path)] }
            : annotated || archive
              ? await annotatedAsTexts(path, bytes, options)
              : importFile(bytes, name, options);
      // Problems of an archive's files name the file inside it; others, the path as typed.
      result.problems.forEach((problem) => report(archive ? problem : { ...problem, file: path }));
      const kind = exchange === PROJECT_BUNDLE_FORMAT ? 'project bundle' : archive ? (isGzipFile(bytes) ? 'gzip file' : 'archive') : annotated ? FORMAT_NAMES[annotated] : null;
      if (kind !== null && result.annotated) {
        // A note, not a problem: the texts are all there.
        // convert reads files only: standard input's data is named as the file it came from.
        const source = file === STDIN ? 'FILE' : path;
        process.stderr.write(`${path}: ${kind}, ${countOf(result.annotated, 'document')} with annotations; import writes their texts, "tawsim convert ${source} --to jsonl" keeps the annotations\n`);
      }
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
    if (output === undefined && isClosedPipe(error)) return CLOSED_PIPE_STATUS;
    process.stderr.write(`tawsim import: cannot write ${output ?? 'to stdout'}: ${errorMessage(error)}\n`);
    return 1;
  } finally {
    await sink.close();
  }

  const fileCount = countOf(files.length, 'file');
  process.stderr.write(`imported ${imported}, duplicates ${duplicates}, problems ${problems} (${fileCount})\n`);
  return imported === 0 ? 1 : 0;
}

const SNIFF_BYTES = 64 * 1024;

/**
 * The annotation format of a file, detected as the app's import detects it (a brat .ann,
 * Tawsim JSONL, doccano, CoNLL/BIO, …), or null for the files importFile reads. A JSON
 * array is Label Studio's only when its tasks hold "data": an array of flat records is
 * one of texts.
 */
function annotatedFormat(name: string, bytes: Uint8Array, options: ImportOptions): AnnotationFormat | null {
  const sniff = new TextDecoder().decode(bytes.subarray(0, SNIFF_BYTES));
  const delimiter = options.csvDelimiter === 'auto' ? {} : { csvDelimiter: options.csvDelimiter };
  const format = detectAnnotationFormat(name, sniff, { stanceFields: stanceFields(options), ...delimiter });
  if (format === 'labelstudio' && sniff.trimStart().startsWith('[') && !/"data"\s*:/.test(sniff.slice(0, 1000))) return null;
  return format;
}

interface AnnotatedTexts {
  documents: ParsedDocument[];
  problems: ImportProblem[];
  /** How many of the documents carried annotations, which import leaves out. */
  annotated: number;
}

const FORMAT_NAMES: Record<AnnotationFormat, string> = {
  tawsim: 'Tawsim JSONL',
  doccano: 'doccano JSONL',
  labelstudio: 'Label Studio JSON',
  conll: 'CoNLL/BIO',
  hf: 'Hugging Face token JSONL',
  brat: 'brat standoff',
  stance: 'stance records',
};

/** An annotated file's documents as texts (id, text, meta), and how many carried annotations; its bytes are read already. */
async function annotatedAsTexts(path: string, bytes: Uint8Array, options: ImportOptions): Promise<AnnotatedTexts> {
  const readOptions = {
    format: null,
    annotator: undefined,
    inputOffsetUnit: 'codepoint',
    sentencesPerDocument: 1,
    labels: undefined,
    textField: options.textField,
    targetField: options.targetField,
    labelField: options.labelField,
    csvDelimiter: options.csvDelimiter,
    textFormat: options.format,
    // Texts in an archive are read with this import's options (--split, --no-headlines, --nfkc ...).
    textImport: options,
  } as const;
  const read = await readAnnotatedFiles([path], readOptions, new Map([[path, bytes]]));
  const annotated = read.documents.filter((doc) => doc.entities.length + doc.events.length + doc.stance.length > 0).length;
  // meta.tokens (CoNLL's) in code points, as every offset Tawsim writes for Python.
  const documents = read.documents.map((doc) => ({ text: doc.text, meta: metaTokensToUnit(doc.meta, doc.text, unitOffsets(doc.text, 'codepoint')) }));
  return { documents, problems: read.problems, annotated };
}

/** Every document of a project bundle as text and meta, meta.tokens in code points as annotatedAsTexts gives them. */
async function bundleTexts(path: string, bytes: Uint8Array): Promise<AnnotatedTexts> {
  const read = await readProjectBundleTexts(bytes, path);
  const documents = read.documents.map((doc) => ({ text: doc.text, meta: metaTokensToUnit(doc.meta, doc.text, unitOffsets(doc.text, 'codepoint')) }));
  return { ...read, documents };
}

function usageError(error: string): number {
  process.stderr.write(`tawsim import: ${error}\nRun "tawsim import --help" for the options.\n`);
  return 2;
}
