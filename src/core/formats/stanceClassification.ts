import type { StanceAnnotation } from '../model/annotation.ts';
import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem, ImportProblemDetail } from '../model/importProblem.ts';
import { normaliseNewlines } from '../text/decodeFile.ts';
import { splitLines } from '../text/splitLines.ts';
import { emptyAnnotatedDocument, IMPORTED_ANNOTATOR } from './annotatedDocument.ts';
import type { AnnotatedDocument, AnnotatedImport, AnnotatedImportOptions } from './annotatedDocument.ts';
import type { OnExportLoss } from './exportLoss.ts';
import { importedMeta } from './importedMeta.ts';
import { describeJson, isTooDeep, parseJsonObject, type JsonObject } from './jsonValue.ts';
import { csvRecords, type CsvDelimiter } from '../importers/csv.ts';
import { leftOut } from './leftOut.ts';

/*
 * Stance as text classification: one record per stance annotation,
 *   {"text": "...", "target": "...", "label": "against"}
 * the shape of stance datasets for pair classification (text, target → label). Written
 * as JSONL; read from JSONL or from a CSV or TSV table with those columns.
 */

export interface StanceExportOptions {
  onLoss?: OnExportLoss;
}

export function* exportStanceClassification(docs: Iterable<AnnotatedDocument>, options: StanceExportOptions = {}): Generator<string> {
  for (const doc of docs) {
    if (doc.entities.length > 0 || doc.events.length > 0) {
      options.onLoss?.({ document: doc.id, annotator: doc.annotator, reason: 'entities and events are left out: the format holds stance only' });
    }
    const text = JSON.stringify(doc.text);
    // A record names its target by text alone: an entity target and a free-text one of the same text are one target here.
    const written = new Set<string>();
    let merged = 0;
    for (const stance of doc.stance) {
      if (written.has(stance.target)) {
        merged++;
        continue;
      }
      written.add(stance.target);
      yield `{"text":${text},"target":${JSON.stringify(stance.target)},"label":${JSON.stringify(stance.label)}}\n`;
    }
    if (merged > 0) {
      const reason = leftOut(merged, 'stance', 'stances', 'a record names its target by text alone, and another stance of the document has the same target text');
      options.onLoss?.({ document: doc.id, annotator: doc.annotator, reason });
    }
  }
}

/** Where a stance record keeps its text, its target and its label: JSONL fields or table columns. */
export interface StanceFields {
  text: string;
  target: string;
  label: string;
}

export const defaultStanceFields: Readonly<StanceFields> = { text: 'text', target: 'target', label: 'label' };

/** The stance fields the options name, the defaults for the rest. */
export function stanceFields(options: { textField?: string; targetField?: string; labelField?: string }): StanceFields {
  return {
    text: options.textField || defaultStanceFields.text,
    target: options.targetField || defaultStanceFields.target,
    label: options.labelField || defaultStanceFields.label,
  };
}

export interface StanceImportOptions extends AnnotatedImportOptions {
  /** The field names; text, target and label by default (the ANS corpus: s2, s1 and stance). */
  fields?: StanceFields;
  /** A table's delimiter; guessed as for any CSV file when absent. */
  delimiter?: CsvDelimiter;
}

/**
 * One document per distinct text, in order of first appearance, gathering the stances given
 * to it, one per target (as the app keeps them): a record repeating one is merged; one that
 * gives a target another label is refused, naming the line of the first.
 */
function stanceDocuments(file: string, annotator: string) {
  const byText = new Map<string, AnnotatedDocument>();
  const firstLines = new Map<StanceAnnotation, number>();
  return {
    add(docText: string, line: number, target: string, label: string, otherFields: JsonObject): ImportProblemDetail | null {
      if (target.trim() === '') return { code: 'empty-target', values: {} };
      let doc = byText.get(docText);
      if (doc === undefined) {
        doc = emptyAnnotatedDocument('', docText, importedMeta(file, line, otherFields), annotator);
        byText.set(docText, doc);
      }
      // Every record's target is free text: the same text is the same target.
      const earlier = doc.stance.find((stance) => stance.target === target);
      if (earlier !== undefined) {
        return earlier.label === label ? null : { code: 'record-target-again', values: { target: JSON.stringify(target), line: firstLines.get(earlier) ?? line } };
      }
      const stance: StanceAnnotation = { id: `s${doc.stance.length + 1}`, target, targetEntity: null, label };
      doc.stance.push(stance);
      firstLines.set(stance, line);
      return null;
    },
    documents: () => [...byText.values()],
  };
}

/**
 * Stance records, one stance each: JSONL objects (a line per stance) or the rows of a
 * CSV or TSV table with a header (a file that does not start with "{"). Records
 * with the same text make one document, in order of first appearance, with their
 * stances in order (free-text targets: the format does not link a target to an entity).
 * A table's other columns become the document's meta, from its first row. A record
 * with a problem is reported and skipped.
 */
export function parseStanceClassification(text: string, file: string, options: StanceImportOptions = {}): AnnotatedImport {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const start = body.trimStart();
  return start === '' || start.startsWith('{') ? parseStanceJsonl(body, file, options) : parseStanceTable(body, file, options);
}

function parseStanceJsonl(text: string, file: string, options: StanceImportOptions): AnnotatedImport {
  const fields = options.fields ?? defaultStanceFields;
  const documents = stanceDocuments(file, options.annotator ?? IMPORTED_ANNOTATOR);
  const problems: ImportProblem[] = [];
  const badLines = options.badLines ?? new Set<number>();
  splitLines(text).forEach((line, i) => {
    const lineNo = i + 1;
    if (line.trim() === '' || badLines.has(lineNo)) return;
    const report = (detail: ImportProblemDetail) => problems.push(importProblem(file, lineNo, { ...detail, skipped: 'line' }));
    const parsed = parseJsonObject(line);
    if ('problem' in parsed) return report(parsed.problem);
    const record = parsed.object;
    for (const key of [fields.text, fields.target, fields.label]) {
      if (typeof record[key] !== 'string') return report({ code: 'key-not-string', values: { at: '', key, found: describeJson(record[key]) } });
    }
    const [docText, target, label] = [normaliseNewlines(record[fields.text] as string), record[fields.target] as string, record[fields.label] as string];
    if (docText.trim() === '') return report({ code: 'key-empty', values: { at: '', key: fields.text } });
    if (label === '') return report({ code: 'key-empty', values: { at: '', key: fields.label } });
    // Its other fields go to the document's meta, as a table's other columns do.
    const others = Object.fromEntries(Object.entries(record).filter(([key]) => key !== fields.text && key !== fields.target && key !== fields.label));
    if (isTooDeep(others, 1)) return report({ code: 'a-field-too-deep', values: {} });
    const refused = documents.add(docText, lineNo, target, label, others);
    if (refused !== null) report(refused);
  });
  return { documents: documents.documents(), problems };
}

function parseStanceTable(text: string, file: string, options: StanceImportOptions): AnnotatedImport {
  const fields = options.fields ?? defaultStanceFields;
  const documents = stanceDocuments(file, options.annotator ?? IMPORTED_ANNOTATOR);
  const badLines = options.badLines ?? new Set<number>();
  const { records, problems } = csvRecords(text, file, { delimiter: options.delimiter, required: [fields.text, fields.target, fields.label] });
  const own = new Set([fields.text, fields.target, fields.label]);
  for (const { line, record } of records) {
    if (badLines.has(line)) continue;
    const docText = normaliseNewlines(record[fields.text]!);
    const empty = docText.trim() === '' ? fields.text : record[fields.label] === '' ? fields.label : null;
    if (empty !== null) {
      problems.push(importProblem(file, line, { code: 'empty-column', values: { column: empty }, skipped: 'row' }));
      continue;
    }
    const others = Object.fromEntries(Object.entries(record).filter(([name]) => !own.has(name)));
    const refused = documents.add(docText, line, record[fields.target]!, record[fields.label]!, others);
    if (refused !== null) problems.push(importProblem(file, line, { ...refused, skipped: 'row' }));
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { documents: documents.documents(), problems };
}
