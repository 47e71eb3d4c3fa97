import { duplicateJsonKey } from '../importers/duplicateJsonKey.ts';
import { vanishingJsonNumber } from '../importers/vanishingJsonNumber.ts';
import type { EntitySpan, EventAnnotation } from '../model/annotation.ts';
import type { DocumentKind, DocumentMeta } from '../model/document.ts';
import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem, ImportProblemDetail } from '../model/importProblem.ts';
import { emptyAnnotatedDocument, IMPORTED_ANNOTATOR } from './annotatedDocument.ts';
import type { AnnotatedDocument, AnnotatedImport, AnnotatedImportOptions } from './annotatedDocument.ts';
import { metaTokensFromUnit, metaTokensToUnit } from './documentTokens.ts';
import type { OnExportLoss } from './exportLoss.ts';
import { importedMeta, isDocumentKind } from './importedMeta.ts';
import { jsonArrayElements } from './jsonArrayElements.ts';
import { describeJson, isJsonObject, isTooDeep, parseJsonObject, quoteJson, stringFieldNames } from './jsonValue.ts';
import type { JsonObject } from './jsonValue.ts';
import { normaliseWithOffsets } from './normalisedText.ts';
import { offsetProblemAt } from './offsetProblem.ts';
import { isOffsetUnit, OFFSET_UNITS, unitOffsets } from './offsetUnit.ts';
import type { OffsetUnit, UnitOffsets } from './offsetUnit.ts';
import { relationEvent, relationOf } from './relationEvents.ts';
import { leftOut } from './leftOut.ts';

/*
 * Label Studio JSON: an array of tasks
 *   {"data": {"text": ..., "id": ..., "offset_unit": ..., "meta": {...}},
 *    "annotations": [{"annotator": ..., "result": [
 *      {"id", "from_name": "label", "to_name": "text", "type": "labels",
 *       "value": {"start", "end", "text", "labels": ["LABEL"]}},
 *      {"from_id", "to_id", "type": "relation", "direction": "right", "labels": ["TYPE"]}]}]}
 *
 * Offsets: Label Studio's editor counts code points, not JavaScript's UTF-16 units:
 * label-studio's web/libs/editor/src/utils/selection-tools.js measures text nodes as
 * [...node.textContent].length, "for external usage js length should be converted to
 * code points count". That was the fix for emoji shifting every later offset
 * (label-studio issues #1008 and #1347, 2021; PR #1559, carried into
 * label-studio-frontend PR #308); a 2023 report (#4988) shows exported offsets right
 * in code points after an emoji. So code points are the default both ways; older
 * exports can be read with offsetUnit "utf16", and a span whose text fits only in the
 * other unit says so. Each task written states its unit in data.offset_unit (Label
 * Studio keeps it as a data field), and a task that states one is read in it.
 *
 * One task per document, one annotation per annotator. Label Studio's completed_by
 * is a user number of its own database, so the annotator's name goes to an
 * "annotator" key of the annotation (the column name of Label Studio's CSV/TSV
 * exports). Relations are binary events (see relationEvents.ts); other events and
 * stance have no Label Studio result type here and are reported as lost.
 */

export interface LabelStudioExportOptions {
  offsetUnit: OffsetUnit;
  onLoss?: OnExportLoss;
}

/** The whole file: "[", one task per line, "]". Documents of several annotators with the same id share a task. */
export function exportLabelStudioJson(docs: Iterable<AnnotatedDocument>, options: LabelStudioExportOptions): string {
  const tasks = new Map<string, AnnotatedDocument[]>();
  for (const doc of docs) {
    const task = tasks.get(doc.id);
    if (task === undefined) tasks.set(doc.id, [doc]);
    else task.push(doc);
  }
  const lines = [...tasks.values()].map((annotations) => {
    const [first] = annotations as [AnnotatedDocument];
    const data = { text: first.text, id: first.id, offset_unit: options.offsetUnit, meta: metaTokensToUnit(first.meta, first.text, unitOffsets(first.text, options.offsetUnit)) };
    return JSON.stringify({ data, annotations: annotations.map((doc) => labelStudioAnnotation(doc, options)) });
  });
  return lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`;
}

function labelStudioAnnotation(doc: AnnotatedDocument, options: LabelStudioExportOptions): JsonObject {
  const units = unitOffsets(doc.text, options.offsetUnit);
  const lose = (reason: string) => options.onLoss?.({ document: doc.id, annotator: doc.annotator, reason });
  const result: JsonObject[] = doc.entities.map((entity) => {
    const span = units.toUnit(entity.start, entity.end);
    const value = { start: span.start, end: span.end, text: span.text, labels: [entity.label] };
    return { id: entity.id, from_name: 'label', to_name: 'text', type: 'labels', value };
  });
  const entityIds = new Set(doc.entities.map((entity) => entity.id));
  let lost = 0;
  for (const event of doc.events) {
    const relation = relationOf(event);
    if (relation === null || !entityIds.has(relation.from) || !entityIds.has(relation.to)) lost++;
    else result.push({ from_id: relation.from, to_id: relation.to, type: 'relation', direction: 'right', labels: [event.type] });
  }
  if (lost > 0) lose(leftOut(lost, 'event', 'events', 'only events without trigger, with a "from" and a "to" entity, are Label Studio relations'));
  if (doc.stance.length > 0) lose(leftOut(doc.stance.length, 'stance annotation', 'stance annotations'));
  return { annotator: doc.annotator, result };
}

export interface LabelStudioImportOptions extends AnnotatedImportOptions {
  /** Unit of the file's offsets (default codepoint, see above). */
  offsetUnit?: OffsetUnit;
  /** The data field holding the text (default "text"). */
  textField?: string;
}

/**
 * Each task's annotations become one document per annotation. A task that cannot
 * be read, or an annotation with a problem (offsets not integers, out of range or
 * not start < end, a span's text unlike the slice, duplicate ids, relations to
 * missing regions, wrong types), is reported at the line where the task starts and
 * skipped; results of other types (choices, textarea, ...) and predictions are not
 * annotations Tawsim holds, and are reported and left out one by one. The
 * annotator is the one given, else the annotation's "annotator", else its
 * completed_by; a second annotation of the same task by the same name gets "-2".
 */
export function parseLabelStudioJson(text: string, file: string, options: LabelStudioImportOptions = {}): AnnotatedImport {
  const documents: AnnotatedDocument[] = [];
  const problems: ImportProblem[] = [];
  const textField = options.textField ?? 'text';
  for (const element of jsonArrayElements(text.startsWith('\uFEFF') ? text.slice(1) : text)) {
    const report = (detail: ImportProblemDetail) => problems.push(importProblem(file, element.line, detail));
    let task: unknown;
    try {
      task = JSON.parse(element.source);
    } catch (error) {
      report({ code: 'invalid-json', values: { detail: error instanceof Error ? error.message : String(error) }, skipped: 'task' });
      continue;
    }
    // JSON.parse keeps the last of two equal keys and reads 1e-400 as 0: such a task is not guessed at.
    const duplicate = duplicateJsonKey(element.source);
    if (duplicate !== null) {
      report({ code: 'duplicate-key', values: { key: JSON.stringify(duplicate) }, skipped: 'task' });
      continue;
    }
    const vanishing = vanishingJsonNumber(element.source);
    if (vanishing !== null) {
      report({ code: 'tiny-number', values: { number: vanishing }, skipped: 'task' });
      continue;
    }
    documents.push(...readTask(task, file, element.line, textField, options, report));
  }
  return { documents, problems };
}

/**
 * String fields of the first tasks' data (or of the tasks themselves, when they have
 * no "data"), most frequent first: candidates for the text field.
 */
export function labelStudioFieldNames(text: string, maxTasks = 50): string[] {
  const records: JsonObject[] = [];
  for (const element of jsonArrayElements(text.startsWith('\uFEFF') ? text.slice(1) : text).slice(0, maxTasks)) {
    const parsed = parseJsonObject(element.source);
    if ('object' in parsed) records.push(isJsonObject(parsed.object.data) ? parsed.object.data : parsed.object);
  }
  return stringFieldNames(records);
}

function readTask(
  task: unknown,
  file: string,
  line: number,
  textField: string,
  options: LabelStudioImportOptions,
  report: (detail: ImportProblemDetail) => void,
): AnnotatedDocument[] {
  if (!isJsonObject(task)) return skipTask(report, { code: 'not-task', values: { found: describeJson(task) } });
  // Label Studio also imports a task without "data" whose own fields are the data.
  const flat = task.data === undefined && Object.hasOwn(task, textField);
  const data = flat ? task : task.data;
  if (data === undefined) return skipTask(report, withoutText(task, textField));
  if (!isJsonObject(data)) return skipTask(report, { code: 'key-not-object', values: { at: '', key: 'data', found: describeJson(data) } });
  const { [textField]: raw, id: dataId, offset_unit: stated, meta: dataMeta, ...dataFields } = data;
  if (typeof raw !== 'string' || raw.trim() === '') return skipTask(report, { code: 'path-not-non-empty-string', values: { path: `${flat ? '' : 'data.'}${textField}` } });
  if (isTooDeep(data, flat ? 0 : 1)) return skipTask(report, flat ? { code: 'task-too-deep', values: {} } : { code: 'key-too-deep', values: { key: 'data' } });
  if (stated !== undefined && !isOffsetUnit(stated)) {
    return skipTask(report, { code: 'path-not-one-of', values: { path: `${flat ? '' : 'data.'}offset_unit`, value: quoteJson(stated), choices: OFFSET_UNITS.join(', ') } });
  }
  // A task Tawsim wrote states its unit; others are in the unit asked for.
  const unit = isOffsetUnit(stated) ? stated : (options.offsetUnit ?? 'codepoint');
  const annotations = flat ? [] : task.annotations ?? task.completions ?? [];
  if (!Array.isArray(annotations)) return skipTask(report, { code: 'key-not-array', values: { at: '', key: 'annotations', found: describeJson(annotations) } });
  if (!flat && Array.isArray(task.predictions) && task.predictions.length > 0) report({ code: 'predictions-left-out', values: { n: task.predictions.length } });

  const idSource = dataId ?? (flat ? undefined : task.id);
  const id = typeof idSource === 'string' || typeof idSource === 'number' ? String(idSource) : '';
  const normalised = normaliseWithOffsets(raw, { stripBom: false });
  const units = unitOffsets(raw, unit);
  const read = metaTokensFromUnit(
    taskMeta(dataMeta, dataFields, file, line),
    (offset) => {
      const utf16 = units.fromUnit(offset);
      return typeof utf16 === 'number' ? normalised.toNormalised(utf16) : utf16;
    },
    'data.meta',
  );
  if ('problem' in read) return skipTask(report, read.problem);
  const meta = read.meta;
  const other = unitOffsets(raw, unit === 'utf16' ? 'codepoint' : 'utf16');
  const names = new Map<string, number>();
  const documents: AnnotatedDocument[] = [];
  let cancelled = 0;
  annotations.forEach((annotation, k) => {
    const where = `annotations[${k}]`;
    const reasons: ImportProblemDetail[] = [];
    if (!isJsonObject(annotation)) return report({ code: 'path-not-object', values: { path: where, found: describeJson(annotation) }, skipped: 'annotation' });
    // A task the annotator skipped (Label Studio's "Skip") holds no answer: read as an empty set, it would count as "no entities" in agreement.
    if (annotation.was_cancelled === true) {
      cancelled++;
      return report({ code: 'annotation-cancelled', values: { path: where }, skipped: 'annotation' });
    }
    const name = options.annotator ?? annotatorName(annotation);
    const count = (names.get(name) ?? 0) + 1;
    names.set(name, count);
    const layers = readResult(annotation.result, where, { raw, units, other, toNormalised: normalised.toNormalised }, reasons, report);
    if (reasons.length > 0) {
      for (const reason of reasons) report({ ...reason, skipped: 'annotation' });
      return;
    }
    const annotator = count === 1 ? name : `${name}-${count}`;
    documents.push({ ...emptyAnnotatedDocument(id, normalised.text, meta, annotator), ...layers });
  });
  // The text comes in all the same when no annotation holds anything to read.
  if (annotations.length === cancelled) documents.push(emptyAnnotatedDocument(id, normalised.text, meta, options.annotator ?? IMPORTED_ANNOTATOR));
  return documents;
}

/** data.meta when it is an object (Tawsim's own export), else meta made of the other data fields. */
function taskMeta(dataMeta: unknown, dataFields: JsonObject, file: string, line: number): DocumentMeta {
  if (!isJsonObject(dataMeta)) return importedMeta(file, line, dataFields);
  const kind: DocumentKind = isDocumentKind(dataMeta.kind) ? dataMeta.kind : 'text';
  const extra = Object.entries(dataFields).filter(([key]) => !Object.hasOwn(dataMeta, key));
  return { ...dataMeta, kind, ...Object.fromEntries(extra) };
}

/** A task without its text, naming the fields it has to help choose the text field. */
function withoutText(task: JsonObject, textField: string): ImportProblemDetail {
  const field = JSON.stringify(textField);
  const names = Object.keys(task);
  if (names.length === 0) return { code: 'empty-task', values: { field } };
  const shown = names.slice(0, 8).map((name) => JSON.stringify(name));
  return { code: 'task-without-text', values: { field, fields: `${shown.join(', ')}${names.length > shown.length ? ', …' : ''}` } };
}

function skipTask(report: (detail: ImportProblemDetail) => void, detail: ImportProblemDetail): [] {
  report({ ...detail, skipped: 'task' });
  return [];
}

function annotatorName(annotation: JsonObject): string {
  const { annotator, completed_by: by } = annotation;
  if (typeof annotator === 'string' && annotator !== '') return annotator;
  if (typeof by === 'string' && by !== '') return by;
  if (typeof by === 'number') return `user ${by}`;
  if (isJsonObject(by) && typeof by.email === 'string') return by.email;
  return IMPORTED_ANNOTATOR;
}

interface TaskText {
  raw: string;
  units: UnitOffsets;
  /** The other unit, to tell a user whose offsets are UTF-16 so. */
  other: UnitOffsets;
  toNormalised: (offset: number) => number;
}

function readResult(
  value: unknown,
  where: string,
  text: TaskText,
  reasons: ImportProblemDetail[],
  report: (detail: ImportProblemDetail) => void,
): { entities: EntitySpan[]; events: EventAnnotation[] } {
  const entities: EntitySpan[] = [];
  const events: EventAnnotation[] = [];
  if (!Array.isArray(value)) {
    reasons.push({ code: 'path-not-array', values: { path: `${where}.result`, found: describeJson(value) } });
    return { entities, events };
  }
  const relations: [JsonObject, string][] = [];
  const ids = new Set<string>();
  value.forEach((item, i) => {
    const at = `${where}.result[${i}]`;
    if (!isJsonObject(item)) return reasons.push({ code: 'path-not-object', values: { path: at, found: describeJson(item) } });
    if (item.type === 'relation') return relations.push([item, at]);
    if (item.type !== 'labels') return report({ code: 'result-type-left-out', values: { path: at, type: quoteJson(item.type) } });
    const id = typeof item.id === 'string' && item.id !== '' ? item.id : null;
    if (id === null) return reasons.push({ code: 'key-not-non-empty-string', values: { at: `${at}: `, key: 'id' } });
    if (ids.has(id)) reasons.push({ code: 'id-used-twice', values: { at: `${at}: `, id: JSON.stringify(id) } });
    ids.add(id);
    const span = isJsonObject(item.value) ? readSpan(item.value, at, text, reasons) : null;
    if (!isJsonObject(item.value)) reasons.push({ code: 'result-value-not-object', values: { path: at } });
    const labels = isJsonObject(item.value) ? item.value.labels : undefined;
    if (!Array.isArray(labels) || labels.length === 0 || labels.some((label) => typeof label !== 'string' || label === '')) {
      return reasons.push({ code: 'path-not-label-list', values: { path: `${at}: value.labels` } });
    }
    // Several labels on one region become one entity each.
    if (span !== null) labels.forEach((label, l) => entities.push({ id: l === 0 ? id : `${id}-${l + 1}`, ...span, label: label as string }));
  });
  for (const [item, at] of relations) {
    const from = item.direction === 'left' ? item.to_id : item.from_id;
    const to = item.direction === 'left' ? item.from_id : item.to_id;
    // A missing end is named "undefined".
    for (const end of [from, to]) if (typeof end !== 'string' || !ids.has(end)) reasons.push({ code: 'no-such-region', values: { path: at, id: quoteJson(end) } });
    const labels = Array.isArray(item.labels) && item.labels.length > 0 ? item.labels : ['relation'];
    if (labels.some((label) => typeof label !== 'string' || label === '')) reasons.push({ code: 'key-not-labels', values: { at: `${at}: `, key: 'labels' } });
    if (typeof from !== 'string' || typeof to !== 'string') continue;
    for (const label of labels) events.push(relationEvent(`r${events.length + 1}`, String(label), from, to));
  }
  return { entities, events };
}

function readSpan(value: JsonObject, at: string, text: TaskText, reasons: ImportProblemDetail[]): { start: number; end: number } | null {
  const start = text.units.fromUnit(value.start);
  const end = text.units.fromUnit(value.end);
  if (typeof start !== 'number') reasons.push(offsetProblemAt(`${at}: value.start`, start));
  if (typeof end !== 'number') reasons.push(offsetProblemAt(`${at}: value.end`, end));
  if (typeof start !== 'number' || typeof end !== 'number') return null;
  if (start >= end) {
    reasons.push({ code: 'start-not-before-end', values: { path: at, start: String(value.start), end: String(value.end) } });
    return null;
  }
  if (value.text !== undefined && value.text !== text.raw.slice(start, end)) {
    const otherStart = text.other.fromUnit(value.start);
    const otherEnd = text.other.fromUnit(value.end);
    const fitsOther = typeof otherStart === 'number' && typeof otherEnd === 'number' && text.raw.slice(otherStart, otherEnd) === value.text;
    const values = { path: at, text: quoteJson(value.text), start: String(value.start), end: String(value.end) };
    reasons.push({ code: fitsOther ? 'span-text-other-unit' : 'span-text-not-at-offsets', values });
    return null;
  }
  const span = { start: text.toNormalised(start), end: text.toNormalised(end) };
  if (span.start >= span.end) {
    reasons.push({ code: 'span-only-cr', values: { path: at } });
    return null;
  }
  return span;
}
