import { importProblem, invalidRecord } from '../model/importProblem.ts';
import type { ImportProblem, ImportProblemDetail } from '../model/importProblem.ts';
import { normaliseNewlines } from '../text/decodeFile.ts';
import { splitLines } from '../text/splitLines.ts';
import { emptyAnnotatedDocument, IMPORTED_ANNOTATOR } from './annotatedDocument.ts';
import type { AnnotatedDocument, AnnotatedImport, AnnotatedImportOptions } from './annotatedDocument.ts';
import type { OnExportLoss } from './exportLoss.ts';
import { importedMeta } from './importedMeta.ts';
import { describeJson, parseJsonObject } from './jsonValue.ts';

/*
 * Stance as text classification JSONL: one line per stance annotation,
 *   {"text": "...", "target": "...", "label": "against"}
 * the shape of stance datasets for pair classification (text, target → label).
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
    for (const stance of doc.stance) yield `{"text":${text},"target":${JSON.stringify(stance.target)},"label":${JSON.stringify(stance.label)}}\n`;
  }
}

/**
 * One document per distinct text, in order of first appearance, with one stance
 * per line (free-text targets: the format does not link a target to an entity).
 * A line with a problem is reported and skipped.
 */
export function parseStanceClassification(text: string, file: string, options: AnnotatedImportOptions = {}): AnnotatedImport {
  const byText = new Map<string, AnnotatedDocument>();
  const problems: ImportProblem[] = [];
  const badLines = options.badLines ?? new Set<number>();
  splitLines(text.startsWith('\uFEFF') ? text.slice(1) : text).forEach((line, i) => {
    const lineNo = i + 1;
    if (line.trim() === '' || badLines.has(lineNo)) return;
    const report = (detail: ImportProblemDetail) => problems.push(importProblem(file, lineNo, { ...detail, skipped: 'line' }));
    const parsed = parseJsonObject(line);
    if ('problem' in parsed) return report(parsed.problem);
    const record = parsed.object;
    for (const key of ['text', 'target', 'label']) {
      if (typeof record[key] !== 'string') return report(invalidRecord(`"${key}" is not a string (${describeJson(record[key])})`));
    }
    const [docText, target, label] = [normaliseNewlines(record.text as string), record.target as string, record.label as string];
    if (docText.trim() === '') return report(invalidRecord('"text" is empty'));
    if (label === '') return report(invalidRecord('"label" is empty'));
    let doc = byText.get(docText);
    if (doc === undefined) {
      doc = emptyAnnotatedDocument('', docText, importedMeta(file, lineNo, {}), options.annotator ?? IMPORTED_ANNOTATOR);
      byText.set(docText, doc);
    }
    doc.stance.push({ id: `s${doc.stance.length + 1}`, target, targetEntity: null, label });
  });
  return { documents: [...byText.values()], problems };
}
