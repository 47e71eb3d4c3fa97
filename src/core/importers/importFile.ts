import type { ParsedDocument } from '../model/document.ts';
import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem } from '../model/importProblem.ts';
import { decodeFile, decodeProblems, decodeString } from '../text/decodeFile.ts';
import { countPresentationForms, foldPresentationForms } from '../text/presentationForms.ts';
import { parseCsv, quotedTable } from './csv.ts';
import { parseJsonl } from './jsonl.ts';
import { isNewsPage, parseNewsPage } from './newsPage.ts';
import { parsePlainText } from './plainText.ts';
import type { ImportDetail, ImportFileResult, ImportFormat, ImportOptions } from './importOptions.ts';
import type { PreviewSegment } from './previewSegment.ts';

const JSONL_NAME = /\.(jsonl|ndjson|json)$/i;
const CSV_NAME = /\.(csv|tsv|tab)$/i;

/** The one entry point of import, shared by the UI worker and the CLI. Never throws on bad input. */
export function importFile(
  input: Uint8Array | string,
  file: string,
  options: ImportOptions,
  detail: ImportDetail = 'documents',
): ImportFileResult {
  const decoded = typeof input === 'string' ? decodeString(input, file) : decodeFile(input, file);
  const text = decoded.text;
  if (text === null) {
    const format = options.format !== 'auto' ? options.format : JSONL_NAME.test(file) ? 'jsonl' : CSV_NAME.test(file) ? 'csv' : 'txt';
    return { file, format, documents: [], problems: decoded.problems, segments: [], presentationForms: 0 };
  }

  const format = options.format === 'auto' ? detectFormat(text, file, options.textField) : options.format;
  const parsed = parse(format, text, file, options, decoded.badLines, detail);
  const problems = [...decodeProblems(decoded, format === 'jsonl'), ...parsed.problems];
  const documents: ParsedDocument[] = [];
  for (const doc of parsed.documents) {
    const finished = options.foldPresentationForms ? fold(doc) : doc;
    if (finished.text.trim() === '') {
      problems.push(importProblem(file, doc.meta.line ?? null, { code: 'no-text-left', values: {} }));
    } else {
      documents.push(finished);
    }
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const presentationForms = detail === 'preview' ? countPresentationForms(text) : 0;
  return { file, format, documents, problems, segments: parsed.segments, presentationForms };
}

function detectFormat(text: string, file: string, textField: string): ImportFormat {
  if (JSONL_NAME.test(file) || firstLineIsJsonObject(text)) return 'jsonl';
  if (CSV_NAME.test(file)) return 'csv';
  if (isNewsPage(text)) return 'news';
  // A table of quoted records whose header names the text column, under any name (MArSum ships as .txt).
  return quotedTable(text)?.columns.includes(textField) ? 'csv' : 'txt';
}

function firstLineIsJsonObject(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  if (!first.startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(first);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function parse(
  format: ImportFormat,
  text: string,
  file: string,
  options: ImportOptions,
  badLines: ReadonlySet<number>,
  detail: ImportDetail,
): { documents: ParsedDocument[]; problems: ImportProblem[]; segments: PreviewSegment[] } {
  switch (format) {
    case 'news':
      return parseNewsPage(text, file, { headlines: options.headlines, segments: detail === 'preview' });
    case 'jsonl':
      return { ...parseJsonl(text, file, { textField: options.textField, badLines }), segments: [] };
    case 'csv':
      return { ...parseCsv(text, file, { textField: options.textField, ...(options.csvDelimiter === 'auto' ? {} : { delimiter: options.csvDelimiter }) }), segments: [] };
    case 'txt':
      return { ...parsePlainText(text, file, options.txtSplit), segments: [] };
  }
}


function fold(doc: ParsedDocument): ParsedDocument {
  const { title } = doc.meta;
  return {
    text: foldPresentationForms(doc.text),
    meta: typeof title === 'string' ? { ...doc.meta, title: foldPresentationForms(title) } : doc.meta,
  };
}
