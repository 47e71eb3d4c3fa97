import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { importFile } from '../core/importers/importFile.ts';
import { gunzipFile, isGzipFile } from '../core/importers/gzipFile.ts';
import { isTarArchive, unpackTarArchive } from '../core/importers/tarArchive.ts';
import { isZipArchive, unpackZipArchive } from '../core/importers/zipArchive.ts';
import { defaultImportOptions } from '../core/importers/importOptions.ts';
import type { ImportOptions } from '../core/importers/importOptions.ts';
import { importProblem } from '../core/model/importProblem.ts';
import type { ImportProblem, ImportProblemDetail } from '../core/model/importProblem.ts';
import { decodeFile, decodeProblems } from '../core/text/decodeFile.ts';
import { emptyAnnotatedDocument, IMPORTED_ANNOTATOR } from '../core/formats/annotatedDocument.ts';
import type { AnnotatedDocument, AnnotatedImport } from '../core/formats/annotatedDocument.ts';
import { detectAnnotationFormat, skipsUndecodableLines } from '../core/formats/annotationFormat.ts';
import type { AnnotationFormat } from '../core/formats/annotationFormat.ts';
import { bratFolderAnnotator, parseBratDocument } from '../core/formats/bratStandoff.ts';
import { parseConllBio } from '../core/formats/conllBio.ts';
import { parseDoccanoJsonl } from '../core/formats/doccanoJsonl.ts';
import { parseHuggingFaceTokens } from '../core/formats/huggingFaceTokens.ts';
import { parseLabelStudioJson } from '../core/formats/labelStudioJson.ts';
import type { OffsetUnit } from '../core/formats/offsetUnit.ts';
import { parseStanceClassification, stanceFields } from '../core/formats/stanceClassification.ts';
import { readLabelList } from '../core/formats/readAnnotatedInputs.ts';
import { parseTawsimJsonl } from '../core/formats/tawsimJsonl.ts';
import { exchangeFileFormat, readProjectBundle, workPackageProblem } from '../core/exchange/bundleDocuments.ts';
import { PROJECT_BUNDLE_FORMAT, WORK_PACKAGE_FORMAT } from '../core/exchange/exchangeHeader.ts';
import { errorMessage } from './outputSink.ts';

/** An input format: an annotation format, or "text" for what `tawsim import` reads (news pages, plain text, JSONL of texts). */
export type InputFormat = AnnotationFormat | 'text';

export interface ReadOptions {
  /** null: detect each file's format. */
  format: InputFormat | null;
  annotator: string | undefined;
  /** Offset unit of doccano and Label Studio files. */
  inputOffsetUnit: OffsetUnit;
  sentencesPerDocument: number;
  /** Hugging Face label list file; by default NAME.labels.json beside NAME.jsonl. */
  labels: string | undefined;
  /** The text's field (JSONL of texts, Label Studio data, stance records) or column (CSV). */
  textField: string;
  /** Stance records (JSONL or CSV/TSV): the fields holding the target and the label. */
  targetField: string;
  labelField: string;
  csvDelimiter: ImportOptions['csvDelimiter'];
  /** How files read as text are read, as tawsim import --format (default auto). */
  textFormat?: ImportOptions['format'];
  /** How files read as text are read, whole (tawsim import's options); else the defaults with textFormat, textField and csvDelimiter. */
  textImport?: ImportOptions;
}

/**
 * Reads the files (a directory is a brat collection) into annotated documents;
 * problems name each file as it was typed. `read` holds the bytes of files the caller
 * has read already: a named pipe (`<(zcat data.jsonl.gz)`) and standard input give
 * their bytes only once.
 */
export async function readAnnotatedFiles(
  paths: string[],
  options: ReadOptions,
  read: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<AnnotatedImport & { sources: string[] }> {
  const documents: AnnotatedDocument[] = [];
  const problems: ImportProblem[] = [];
  // Per document, the path it was read from, as typed.
  const sources: string[] = [];
  for (const path of paths) {
    let result: AnnotatedImport;
    try {
      result = await readPath(path, options, read.get(path));
    } catch (error) {
      result = failed(path, { code: 'unreadable', values: { detail: errorMessage(error) } });
    }
    documents.push(...result.documents);
    problems.push(...result.problems);
    for (let i = 0; i < result.documents.length; i++) sources.push(path);
  }
  return { documents, problems, sources };
}

/**
 * Reads one file. `archive` holds the other files of the archive it came from, if any
 * (or is empty for a gzip's content): brat pairs and label lists are looked for there,
 * not on disk.
 */
async function readPath(path: string, options: ReadOptions, readBytes: Uint8Array | undefined, archive?: ReadonlyMap<string, Uint8Array>): Promise<AnnotatedImport> {
  // Bytes read already are a file's (or standard input's, which has no path to look at).
  if (readBytes === undefined && (await stat(path)).isDirectory()) {
    if (options.format !== null && options.format !== 'brat') return failed(path, { code: 'directory-not-brat', values: {} });
    const files = await directoryFiles(path);
    const anns = files.filter((file) => /\.ann$/i.test(file)).sort();
    if (anns.length === 0) return failed(path, { code: 'no-ann-files', values: {} });
    // Each .ann's folder in the directory names its annotator, as convert --to brat writes them.
    const read = merge(await Promise.all(anns.map((ann) => readBrat(ann, { ...options, annotator: options.annotator ?? bratFolderAnnotator(relative(path, ann)) }))));
    // Files that are no brat document's (a .jsonl put beside them, a .txt without its .ann) are said to be left out.
    const pairs = new Set(anns.flatMap((ann) => [ann, ann.replace(/\.ann$/i, '.txt')]));
    const others = files.filter((file) => !pairs.has(file) && !BRAT_CONFIGURATION.test(basename(file))).map((file) => relative(path, file)).sort();
    if (others.length === 0) return read;
    const shown = others.slice(0, 3).join(', ') + (others.length > 3 ? ', …' : '');
    return { documents: read.documents, problems: [...read.problems, importProblem(path, null, { code: 'directory-files-left-out', values: { n: others.length, files: shown } })] };
  }
  const sibling = (extension: string) => join(dirname(path), `${basename(path).replace(/\.[^.]*$/, '')}${extension}`);
  if (archive === undefined) {
    if (options.format === 'brat' || (options.format === null && /\.ann$/i.test(path))) return readBrat(/\.ann$/i.test(path) ? path : sibling('.ann'), options);
    if (options.format === null && /\.txt$/i.test(path) && existsSync(sibling('.ann'))) return readBrat(sibling('.ann'), options);
  }

  const bytes = readBytes ?? (await readFile(path));
  const name = basename(path);
  const named = (result: AnnotatedImport): AnnotatedImport => ({
    documents: result.documents,
    problems: result.problems.map((problem) => ({ ...problem, file: path })),
  });
  if (options.format === null && isZipArchive(bytes)) return readArchive(path, unpackZipArchive(bytes), options);
  if (options.format === null && isTarArchive(bytes)) return readArchive(path, unpackTarArchive(bytes), options);
  if (options.format === null) {
    const exchange = exchangeFileFormat(bytes);
    if (exchange === PROJECT_BUNDLE_FORMAT) return readProjectBundle(bytes, path);
    if (exchange === WORK_PACKAGE_FORMAT) return { documents: [], problems: [workPackageProblem(path)] };
    if (isGzipFile(bytes)) {
      // data.jsonl.gz is read as data.jsonl would be (its label list, say, as data.labels.json); problems name the .gz.
      const unpacked = gunzipFile(bytes);
      if ('problem' in unpacked) return failed(path, unpacked.problem);
      return named(await readPath(path.replace(/\.gz$/i, ''), options, unpacked.bytes, archive ?? new Map()));
    }
  }
  const decoded = decodeFile(bytes, name);
  if (decoded.text === null) return named({ documents: [], problems: decoded.problems });
  const delimiter = options.csvDelimiter === 'auto' ? {} : { csvDelimiter: options.csvDelimiter };
  const format =
    options.format ?? detectAnnotationFormat(name, decoded.text, { stanceFields: stanceFields(options), table: options.textFormat === 'csv', ...delimiter }) ?? 'text';
  if (format === 'text') {
    const imported = importFile(
      bytes,
      name,
      options.textImport ?? { ...defaultImportOptions, format: options.textFormat ?? defaultImportOptions.format, textField: options.textField, csvDelimiter: options.csvDelimiter },
    );
    const annotator = options.annotator ?? IMPORTED_ANNOTATOR;
    return named({ documents: imported.documents.map((doc) => emptyAnnotatedDocument('', doc.text, doc.meta, annotator)), problems: imported.problems });
  }
  const common = { annotator: options.annotator, badLines: decoded.badLines };
  const text = decoded.text;
  let result: AnnotatedImport;
  switch (format) {
    case 'tawsim': {
      const parsed = parseTawsimJsonl(text, name, common);
      const annotator = options.annotator;
      result = annotator === undefined ? parsed : { ...parsed, documents: parsed.documents.map((doc) => ({ ...doc, annotator })) };
      break;
    }
    case 'doccano':
      result = parseDoccanoJsonl(text, name, { ...common, offsetUnit: options.inputOffsetUnit });
      break;
    case 'labelstudio':
      result = parseLabelStudioJson(text, name, { ...common, offsetUnit: options.inputOffsetUnit, textField: options.textField });
      break;
    case 'conll':
      result = parseConllBio(text, name, { ...common, sentencesPerDocument: options.sentencesPerDocument });
      break;
    case 'hf': {
      const labelsPath = options.labels ?? huggingFaceLabelsPath(path);
      const packed = archive?.get(labelsPath);
      const labels = packed !== undefined ? readLabelList(packed) : await readLabelNames(labelsPath);
      if ('code' in labels && options.labels !== undefined) return failed(options.labels, labels);
      result = parseHuggingFaceTokens(text, name, { ...common, labelNames: 'code' in labels ? undefined : labels });
      break;
    }
    case 'stance':
      result = parseStanceClassification(text, name, { ...common, fields: stanceFields(options), delimiter: delimiter.csvDelimiter });
      break;
    case 'brat': {
      const ann = archive?.get(sibling('.ann'));
      if (archive !== undefined) return ann === undefined ? failed(path, { code: 'brat-without-txt', values: {} }) : parseBrat(sibling('.ann'), ann, path, bytes, options);
      return readBrat(sibling('.ann'), options);
    }
  }
  return named({ documents: result.documents, problems: [...decodeProblems(decoded, skipsUndecodableLines(format)), ...result.problems] });
}

async function readBrat(annPath: string, options: ReadOptions): Promise<AnnotatedImport> {
  const txtPath = annPath.replace(/\.ann$/i, '.txt');
  let txt: Uint8Array;
  let ann: Uint8Array;
  try {
    [txt, ann] = [await readFile(txtPath), await readFile(annPath)];
  } catch (error) {
    return failed(annPath, { code: 'brat-pair-unreadable', values: { txt: basename(txtPath), ann: basename(annPath), detail: errorMessage(error) } });
  }
  return parseBrat(annPath, ann, txtPath, txt, options);
}

function parseBrat(annPath: string, annBytes: Uint8Array, txtPath: string, txtBytes: Uint8Array, options: ReadOptions): AnnotatedImport {
  // brat counts a BOM as a character: decode without dropping it (parseBratDocument maps it away).
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let txt: string;
  let ann: string;
  try {
    [txt, ann] = [decoder.decode(txtBytes), decoder.decode(annBytes)];
  } catch (error) {
    return failed(annPath, { code: 'brat-pair-unreadable', values: { txt: basename(txtPath), ann: basename(annPath), detail: errorMessage(error) } });
  }
  const id = basename(annPath).replace(/\.ann$/i, '');
  return parseBratDocument({ id, txtFile: txtPath, txt, annFile: annPath, ann }, { annotator: options.annotator });
}

/**
 * The files of a zip or tar archive, each named ARCHIVE/PATH and read as a file of its own
 * would be: ID.ann with ID.txt beside it in the archive is a brat document, and
 * NAME.labels.json beside NAME.jsonl its label list.
 */
async function readArchive(
  path: string,
  unpacked: { files: [string, Uint8Array][] } | { problem: ImportProblemDetail },
  options: ReadOptions,
): Promise<AnnotatedImport> {
  if ('problem' in unpacked) return failed(path, unpacked.problem);
  const files = new Map(unpacked.files.map(([entry, data]) => [`${path}/${entry}`, data]));
  const results: AnnotatedImport[] = [];
  for (const [name, data] of files) {
    if (/\.ann$/i.test(name)) {
      const txtName = name.replace(/\.ann$/i, '.txt');
      const txt = files.get(txtName);
      const annotator = options.annotator ?? bratFolderAnnotator(name.slice(path.length + 1));
      results.push(txt === undefined ? failed(name, { code: 'brat-without-txt', values: {} }) : parseBrat(name, data, txtName, txt, { ...options, annotator }));
      continue;
    }
    if (/\.txt$/i.test(name) && files.has(name.replace(/\.txt$/i, '.ann'))) continue;
    if (/\.labels\.json$/i.test(name) && files.has(name.replace(/\.labels\.json$/i, '.jsonl'))) continue;
    results.push(await readPath(name, options, data, files));
  }
  return merge(results);
}

/** brat's own configuration files, and files hidden by their name, beside a collection's documents. */
const BRAT_CONFIGURATION = /^(annotation|visual|tools|kb_shortcuts)\.conf$|^\./;

/** Every file under a directory, at any depth. */
async function directoryFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** NAME.labels.json beside NAME.jsonl (or NAME.json): where convert writes the Hugging Face label list. */
export function huggingFaceLabelsPath(dataPath: string): string {
  return `${dataPath.replace(/\.(jsonl|ndjson|json)$/i, '')}.labels.json`;
}

/** The label list in a JSON file holding an array of strings, or why it cannot be read. */
async function readLabelNames(path: string): Promise<string[] | ImportProblemDetail> {
  try {
    return readLabelList(await readFile(path));
  } catch (error) {
    return { code: 'label-list-unreadable', values: { detail: errorMessage(error) } };
  }
}

function failed(file: string, detail: ImportProblemDetail): AnnotatedImport {
  return { documents: [], problems: [importProblem(file, null, detail)] };
}

function merge(results: AnnotatedImport[]): AnnotatedImport {
  return { documents: results.flatMap((r) => r.documents), problems: results.flatMap((r) => r.problems) };
}
