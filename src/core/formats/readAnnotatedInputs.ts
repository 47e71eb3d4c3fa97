import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem, ImportProblemDetail } from '../model/importProblem.ts';
import { decodeFile, decodeProblems } from '../text/decodeFile.ts';
import type { AnnotatedDocument, AnnotatedImport } from './annotatedDocument.ts';
import { detectAnnotationFormat, skipsUndecodableLines, type AnnotationFormat } from './annotationFormat.ts';
import { bratFolderAnnotator, parseBratDocument } from './bratStandoff.ts';
import { parseConllBio } from './conllBio.ts';
import { parseDoccanoJsonl } from './doccanoJsonl.ts';
import { parseHuggingFaceTokens } from './huggingFaceTokens.ts';
import { parseLabelStudioJson } from './labelStudioJson.ts';
import type { OffsetUnit } from './offsetUnit.ts';
import { parseStanceClassification, stanceFields } from './stanceClassification.ts';
import type { CsvDelimiter } from '../importers/csv.ts';
import { parseTawsimJsonl } from './tawsimJsonl.ts';

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export interface AnnotatedReadOptions {
  /** Import every annotation as this annotator instead of the one the file names. */
  annotator?: string;
  /** Offset unit of doccano and Label Studio files. */
  inputOffsetUnit?: OffsetUnit;
  sentencesPerDocument?: number;
  /** The field holding the text of Label Studio tasks and stance records (default text). */
  textField?: string;
  /** The fields holding a stance record's target and label (default target and label). */
  targetField?: string;
  labelField?: string;
  /** A stance table's delimiter; guessed from the name and header when absent. */
  csvDelimiter?: CsvDelimiter;
}

/** One unit of input: a single file, or a brat .txt/.ann pair, with its Hugging Face label list beside it. */
export type AnnotatedInput =
  | { kind: 'file'; file: NamedBytes; format: AnnotationFormat; labels?: NamedBytes }
  | { kind: 'brat'; txt: NamedBytes; ann: NamedBytes };

const stem = (name: string) => name.replace(/\.[^.]*$/, '');

/**
 * Sorts chosen files into annotation inputs and the rest (news pages, plain text,
 * JSONL of texts), which the text importers read. A .txt with an .ann of the same
 * name is a brat pair; NAME.labels.json is the label list of NAME.jsonl.
 */
export function groupAnnotatedInputs(
  files: readonly NamedBytes[],
  sniff: (file: NamedBytes) => string,
): { annotated: AnnotatedInput[]; plain: NamedBytes[] } {
  const byName = new Map(files.map((file) => [file.name, file]));
  const used = new Set<string>();
  const annotated: AnnotatedInput[] = [];
  for (const file of files) {
    if (!/\.ann$/i.test(file.name)) continue;
    const txt = byName.get(`${stem(file.name)}.txt`);
    if (!txt) continue;
    annotated.push({ kind: 'brat', txt, ann: file });
    used.add(file.name).add(txt.name);
  }
  const plain: NamedBytes[] = [];
  for (const file of files) {
    if (used.has(file.name)) continue;
    if (/\.labels\.json$/i.test(file.name) && byName.has(`${file.name.replace(/\.labels\.json$/i, '')}.jsonl`)) continue;
    const format = detectAnnotationFormat(file.name, sniff(file));
    if (format === null || format === 'brat') plain.push(file);
    else annotated.push({ kind: 'file', file, format, labels: format === 'hf' ? byName.get(`${stem(file.name)}.labels.json`) : undefined });
  }
  return { annotated, plain };
}

/** Reads one annotation input into documents with annotations; never throws. */
export function readAnnotatedInput(input: AnnotatedInput, options: AnnotatedReadOptions = {}): AnnotatedImport {
  if (input.kind === 'brat') {
    // brat counts a BOM as a character: decode without dropping it (parseBratDocument maps it away).
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    return parseBratDocument(
      { id: stem(input.ann.name), txtFile: input.txt.name, txt: decoder.decode(input.txt.bytes), annFile: input.ann.name, ann: decoder.decode(input.ann.bytes) },
      // An archive's folders name the annotators, as the brat export lays them out.
      { annotator: options.annotator ?? bratFolderAnnotator(input.ann.name) },
    );
  }
  const { file, format } = input;
  const decoded = decodeFile(file.bytes, file.name);
  if (decoded.text === null) return { documents: [], problems: decoded.problems };
  const common = { annotator: options.annotator, badLines: decoded.badLines };
  const text = decoded.text;
  const result = ((): AnnotatedImport => {
    switch (format) {
      case 'tawsim': {
        const parsed = parseTawsimJsonl(text, file.name, common);
        const annotator = options.annotator;
        return annotator === undefined ? parsed : { ...parsed, documents: parsed.documents.map((doc): AnnotatedDocument => ({ ...doc, annotator })) };
      }
      case 'doccano':
        return parseDoccanoJsonl(text, file.name, { ...common, offsetUnit: options.inputOffsetUnit });
      case 'labelstudio':
        return parseLabelStudioJson(text, file.name, { ...common, offsetUnit: options.inputOffsetUnit, ...(options.textField ? { textField: options.textField } : {}) });
      case 'conll':
        return parseConllBio(text, file.name, { ...common, sentencesPerDocument: options.sentencesPerDocument });
      case 'hf': {
        const labels = input.labels ? readLabelList(input.labels.bytes) : undefined;
        if (labels !== undefined && 'code' in labels) return { documents: [], problems: [importProblem(input.labels!.name, null, labels)] };
        return parseHuggingFaceTokens(text, file.name, { ...common, labelNames: labels });
      }
      case 'stance':
        return parseStanceClassification(text, file.name, { ...common, fields: stanceFields(options), delimiter: options.csvDelimiter });
      case 'brat':
        return { documents: [], problems: [importProblem(file.name, null, { code: 'brat-without-txt', values: {} })] };
    }
  })();
  const problems: ImportProblem[] = [...decodeProblems(decoded, skipsUndecodableLines(format)), ...result.problems];
  return { documents: result.documents, problems };
}

/** A Hugging Face label list: a JSON array of tag names, or why the bytes are not one. */
export function readLabelList(bytes: Uint8Array): string[] | ImportProblemDetail {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return Array.isArray(value) && value.every((name) => typeof name === 'string') ? value : { code: 'label-list-not-strings', values: {} };
  } catch (error) {
    return { code: 'label-list-unreadable', values: { detail: error instanceof Error ? error.message : String(error) } };
  }
}
