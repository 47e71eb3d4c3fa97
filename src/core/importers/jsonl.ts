import { duplicateJsonKey } from './duplicateJsonKey.ts';
import { vanishingJsonNumber } from './vanishingJsonNumber.ts';
import type { ParsedDocument } from '../model/document.ts';
import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem, ImportProblemDetail } from '../model/importProblem.ts';
import { normaliseNewlines } from '../text/decodeFile.ts';
import { splitLines } from '../text/splitLines.ts';
import { jsonArrayElements } from '../formats/jsonArrayElements.ts';
import { describeJson, parseJsonObject, stringFieldNames } from '../formats/jsonValue.ts';
import { recordMeta } from './recordMeta.ts';

export interface JsonlOptions {
  /** The string field holding the document text. */
  textField?: string;
  /** Lines decodeFile found invalid UTF-8 on: skipped here, already reported there. */
  badLines?: ReadonlySet<number>;
}

/** A .json file may hold one array of records instead of one record per line. */
const JSON_ARRAY_FILE = /\.json$/i;

export interface JsonlResult {
  documents: ParsedDocument[];
  problems: ImportProblem[];
}

/**
 * One JSON object per line, or (in a .json file that starts with "[") one per element of
 * an array; a bad line or element is reported at its first line and skipped, the rest
 * still import. Fields other than the text become meta (see recordMeta). CRLF and CR in
 * the text become LF, as in every imported text.
 */
export function parseJsonl(text: string, file: string, options: JsonlOptions = {}): JsonlResult {
  const { textField = 'text', badLines = new Set<number>() } = options;
  const documents: ParsedDocument[] = [];
  const problems: ImportProblem[] = [];
  const read = (source: string, lineNo: number) => {
    const report = (detail: ImportProblemDetail) => problems.push(importProblem(file, lineNo, detail));
    const parsed = parseJsonObject(source);
    if ('problem' in parsed) return report(parsed.problem);
    const record = parsed.object;
    const duplicate = duplicateJsonKey(source);
    if (duplicate !== null) report({ code: 'duplicate-key-last-wins', values: { key: JSON.stringify(duplicate) } });
    const vanishing = vanishingJsonNumber(source);
    if (vanishing !== null) report({ code: 'tiny-number-kept', values: { number: vanishing } });
    const value = record[textField];
    if (value === undefined) return report({ code: 'missing-text-field', values: { field: textField } });
    if (typeof value !== 'string') return report({ code: 'text-field-not-string', values: { field: textField, found: describeJson(value) } });
    const docText = normaliseNewlines(value);
    if (docText.trim() === '') return report({ code: 'empty-text-field', values: { field: textField } });
    documents.push({ text: docText, meta: recordMeta(record, textField, file, lineNo, report) });
  };
  if (JSON_ARRAY_FILE.test(file) && text.trimStart().startsWith('[')) {
    for (const element of jsonArrayElements(text)) {
      const last = element.line + splitLines(element.source).length - 1;
      let bad = false;
      for (let line = element.line; line <= last && !bad; line++) bad = badLines.has(line);
      if (!bad) read(element.source, element.line);
    }
  } else {
    splitLines(text).forEach((line, i) => {
      if (line.trim() !== '' && !badLines.has(i + 1)) read(line, i + 1);
    });
  }
  return { documents, problems };
}

/** Fields holding non-empty strings in the first maxLines records, most frequent first: candidates for the text field. */
export function jsonlFieldNames(text: string, maxLines = 50): string[] {
  const lines = splitLines(text).filter((line) => line.trim() !== '').slice(0, maxLines);
  return stringFieldNames(lines.map(parseJsonObject).flatMap((parsed) => ('object' in parsed ? [parsed.object] : [])));
}
