import { duplicateJsonKey } from '../importers/duplicateJsonKey.ts';
import { vanishingJsonNumber } from '../importers/vanishingJsonNumber.ts';
import type { EntitySpan, EventAnnotation } from '../model/annotation.ts';
import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem, ImportProblemDetail } from '../model/importProblem.ts';
import { splitLines } from '../text/splitLines.ts';
import { emptyAnnotatedDocument, IMPORTED_ANNOTATOR } from './annotatedDocument.ts';
import type { AnnotatedDocument, AnnotatedImport, AnnotatedImportOptions } from './annotatedDocument.ts';
import type { OnExportLoss } from './exportLoss.ts';
import { importedMeta } from './importedMeta.ts';
import { describeJson, isJsonObject, isTooDeep, parseJsonObject, quoteJson } from './jsonValue.ts';
import type { JsonObject } from './jsonValue.ts';
import { normaliseWithOffsets } from './normalisedText.ts';
import { offsetProblemAt } from './offsetProblem.ts';
import { isOffsetUnit, OFFSET_UNITS, unitOffsets } from './offsetUnit.ts';
import type { OffsetUnit, UnitOffsets } from './offsetUnit.ts';
import { relationEvent, relationOf } from './relationEvents.ts';
import { leftOut } from './leftOut.ts';

/*
 * doccano sequence labelling JSONL, in its two shapes:
 *   {"id", "text", "offset_unit", "label": [[start, end, "LABEL"], ...]}
 *   {"id", "text", "offset_unit", "entities": [{"id", "label", "start_offset", "end_offset"}],
 *                                 "relations": [{"id", "from_id", "to_id", "type"}]}
 * Offsets are code points (doccano's backend is Python) unless asked otherwise; each line
 * states its unit as "offset_unit" (doccano keeps it as metadata), and a line that states
 * one is read in it. A relation is read as an event of its type without trigger, its
 * arguments the two entities in the roles "from" and "to" (see relationEvents.ts); only
 * such events are written back as relations. doccano has no triggers and no stance, so
 * those are reported as lost.
 */

export interface DoccanoExportOptions {
  offsetUnit: OffsetUnit;
  /** Write the entities/relations shape instead of "label". */
  relations: boolean;
  onLoss?: OnExportLoss;
}

/** One line of doccano JSONL, without its "\n". Entity and relation ids are 1, 2, … in document order. */
export function doccanoJsonlLine(doc: AnnotatedDocument, options: DoccanoExportOptions): string {
  const units = unitOffsets(doc.text, options.offsetUnit);
  const lose = (reason: string) => options.onLoss?.({ document: doc.id, annotator: doc.annotator, reason });
  if (doc.stance.length > 0) lose(leftOut(doc.stance.length, 'stance annotation', 'stance annotations', 'doccano has no stance'));
  const head = `{"id":${JSON.stringify(doc.id)},"text":${JSON.stringify(doc.text)},"offset_unit":"${options.offsetUnit}",`;
  if (!options.relations) {
    if (doc.events.length > 0) lose(leftOut(doc.events.length, 'event', 'events', 'the "label" shape has no relations'));
    const label = doc.entities.map((entity) => {
      const span = units.toUnit(entity.start, entity.end);
      return `[${span.start},${span.end},${JSON.stringify(entity.label)}]`;
    });
    return `${head}"label":[${label.join(',')}]}`;
  }
  const numbers = new Map(doc.entities.map((entity, i) => [entity.id, i + 1]));
  const entities = doc.entities.map((entity, i) => {
    const span = units.toUnit(entity.start, entity.end);
    return `{"id":${i + 1},"label":${JSON.stringify(entity.label)},"start_offset":${span.start},"end_offset":${span.end}}`;
  });
  const relations: string[] = [];
  for (const event of doc.events) {
    const relation = relationOf(event);
    const from = relation === null ? undefined : numbers.get(relation.from);
    const to = relation === null ? undefined : numbers.get(relation.to);
    if (from !== undefined && to !== undefined) {
      relations.push(`{"id":${relations.length + 1},"from_id":${from},"to_id":${to},"type":${JSON.stringify(event.type)}}`);
    }
  }
  const lost = doc.events.length - relations.length;
  if (lost > 0) lose(leftOut(lost, 'event', 'events', 'only events without trigger, with a "from" and a "to" entity, are doccano relations'));
  return `${head}"entities":[${entities.join(',')}],"relations":[${relations.join(',')}]}`;
}

export function* exportDoccanoJsonl(docs: Iterable<AnnotatedDocument>, options: DoccanoExportOptions): Generator<string> {
  for (const doc of docs) yield `${doccanoJsonlLine(doc, options)}\n`;
}

export interface DoccanoImportOptions extends AnnotatedImportOptions {
  /** Unit of the offsets of lines that state none (default codepoint, what doccano writes). */
  offsetUnit?: OffsetUnit;
}

/**
 * Reads either shape, line by line. A line with any problem (bad JSON, offsets not
 * integers, out of range or not start < end, duplicate entity ids, relations to
 * missing entities, wrong types, both shapes at once) is reported and skipped; the rest
 * imports. Fields other than id, text, offset_unit and the annotations go to meta.
 */
export function parseDoccanoJsonl(text: string, file: string, options: DoccanoImportOptions = {}): AnnotatedImport {
  const documents: AnnotatedDocument[] = [];
  const problems: ImportProblem[] = [];
  const badLines = options.badLines ?? new Set<number>();
  const annotator = options.annotator ?? IMPORTED_ANNOTATOR;
  splitLines(text.startsWith('\uFEFF') ? text.slice(1) : text).forEach((line, i) => {
    const lineNo = i + 1;
    if (line.trim() === '' || badLines.has(lineNo)) return;
    const found: ImportProblemDetail[] = [];
    const doc = readLine(line, options.offsetUnit ?? 'codepoint', found);
    if (doc === null || found.length > 0) {
      for (const detail of found) problems.push(importProblem(file, lineNo, { ...detail, skipped: 'line' }));
      return;
    }
    const meta = importedMeta(file, lineNo, doc.extra);
    documents.push({ ...emptyAnnotatedDocument(doc.id, doc.text, meta, annotator), entities: doc.entities, events: doc.events });
  });
  return { documents, problems };
}

interface DoccanoLine {
  id: string;
  text: string;
  entities: EntitySpan[];
  events: EventAnnotation[];
  extra: JsonObject;
}

/** The line read, or null; every problem found goes to `found`. */
function readLine(line: string, unit: OffsetUnit, found: ImportProblemDetail[]): DoccanoLine | null {
  const parsed = parseJsonObject(line);
  if ('problem' in parsed) {
    found.push(parsed.problem);
    return null;
  }
  // JSON.parse keeps the last of two equal keys and reads 1e-400 as 0: such a line is not guessed at.
  const duplicate = duplicateJsonKey(line);
  if (duplicate !== null) {
    found.push({ code: 'duplicate-key', values: { key: JSON.stringify(duplicate) } });
    return null;
  }
  const vanishing = vanishingJsonNumber(line);
  if (vanishing !== null) {
    found.push({ code: 'tiny-number', values: { number: vanishing } });
    return null;
  }
  return readRecord(parsed.object, unit, found);
}

function readRecord(record: JsonObject, unit: OffsetUnit, reasons: ImportProblemDetail[]): DoccanoLine | null {
  const { id, text: raw, offset_unit: stated, label, labels, entities, relations, ...extra } = record;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
    reasons.push({ code: 'key-not-string-or-number', values: { at: '', key: 'id', found: describeJson(id) } });
  }
  if (typeof raw !== 'string' || raw.trim() === '') {
    reasons.push(raw === undefined ? { code: 'missing-key', values: { at: '', key: 'text' } } : { code: 'key-not-non-empty-string', values: { at: '', key: 'text' } });
  }
  if (stated !== undefined && !isOffsetUnit(stated)) {
    reasons.push({ code: 'key-not-one-of', values: { at: '', key: 'offset_unit', value: quoteJson(stated), choices: OFFSET_UNITS.join(', ') } });
  }
  // A line of both shapes (or with "label" and "labels") would lose the one not read.
  const shapes = [label, labels, entities ?? relations].filter((value) => value !== undefined).length;
  if (shapes > 1) reasons.push({ code: 'doccano-two-shapes', values: {} });
  if (isTooDeep(extra, 1)) reasons.push({ code: 'a-field-too-deep', values: {} });
  if (typeof raw !== 'string' || reasons.length > 0) return null;

  const normalised = normaliseWithOffsets(raw, { stripBom: false });
  const spans = new Spans(unitOffsets(raw, isOffsetUnit(stated) ? stated : unit), normalised.toNormalised);
  const result: DoccanoLine = { id: id === undefined ? '' : String(id), text: normalised.text, entities: [], events: [], extra };
  if (entities !== undefined || relations !== undefined) {
    result.entities = readEntities(entities ?? [], spans, reasons);
    result.events = readRelations(relations ?? [], new Set(result.entities.map((entity) => entity.id)), reasons);
  } else {
    result.entities = readLabels(label ?? labels ?? [], spans, reasons);
  }
  return result;
}

/** Offsets of the line's unit to UTF-16 of the stored (LF-only) text. */
class Spans {
  constructor(
    private readonly units: UnitOffsets,
    private readonly toNormalised: (offset: number) => number,
  ) {}

  read(start: unknown, end: unknown, where: string, reasons: ImportProblemDetail[]): { start: number; end: number } | null {
    const from = this.units.fromUnit(start);
    const to = this.units.fromUnit(end);
    if (typeof from !== 'number') reasons.push(offsetProblemAt(`${where}: start`, from));
    if (typeof to !== 'number') reasons.push(offsetProblemAt(`${where}: end`, to));
    if (typeof from !== 'number' || typeof to !== 'number') return null;
    if (from >= to) {
      reasons.push({ code: 'start-not-before-end', values: { path: where, start: String(start), end: String(end) } });
      return null;
    }
    const span = { start: this.toNormalised(from), end: this.toNormalised(to) };
    if (span.start >= span.end) {
      reasons.push({ code: 'span-only-cr', values: { path: where } });
      return null;
    }
    return span;
  }
}

function readLabels(value: unknown, spans: Spans, reasons: ImportProblemDetail[]): EntitySpan[] {
  if (!Array.isArray(value)) {
    reasons.push({ code: 'key-not-array', values: { at: '', key: 'label', found: describeJson(value) } });
    return [];
  }
  return value.flatMap((item, i): EntitySpan[] => {
    const where = `label[${i}]`;
    if (!Array.isArray(item) || item.length !== 3 || typeof item[2] !== 'string' || item[2] === '') {
      reasons.push({ code: 'path-not-triple', values: { path: where, value: quoteJson(item) } });
      return [];
    }
    const span = spans.read(item[0], item[1], where, reasons);
    return span === null ? [] : [{ id: `e${i + 1}`, ...span, label: item[2] as string }];
  });
}

function readEntities(value: unknown, spans: Spans, reasons: ImportProblemDetail[]): EntitySpan[] {
  if (!Array.isArray(value)) {
    reasons.push({ code: 'key-not-array', values: { at: '', key: 'entities', found: describeJson(value) } });
    return [];
  }
  const ids = new Set<string>();
  return value.flatMap((item, i): EntitySpan[] => {
    const where = `entities[${i}]`;
    if (!isJsonObject(item)) {
      reasons.push({ code: 'path-not-object', values: { path: where, found: describeJson(item) } });
      return [];
    }
    const id = readId(item.id, `${where}.id`, reasons);
    if (id !== null && ids.has(id)) reasons.push({ code: 'id-used-twice', values: { at: `${where}: `, id } });
    if (id !== null) ids.add(id);
    if (typeof item.label !== 'string' || item.label === '') reasons.push({ code: 'key-not-non-empty-string', values: { at: `${where}: `, key: 'label' } });
    const span = spans.read(item.start_offset, item.end_offset, where, reasons);
    return id === null || span === null || typeof item.label !== 'string' ? [] : [{ id, ...span, label: item.label }];
  });
}

function readRelations(value: unknown, entityIds: ReadonlySet<string>, reasons: ImportProblemDetail[]): EventAnnotation[] {
  if (!Array.isArray(value)) {
    reasons.push({ code: 'key-not-array', values: { at: '', key: 'relations', found: describeJson(value) } });
    return [];
  }
  const ids = new Set<string>();
  return value.flatMap((item, i): EventAnnotation[] => {
    const where = `relations[${i}]`;
    if (!isJsonObject(item)) {
      reasons.push({ code: 'path-not-object', values: { path: where, found: describeJson(item) } });
      return [];
    }
    const id = item.id === undefined ? `r${i + 1}` : readId(item.id, `${where}.id`, reasons);
    if (id !== null && ids.has(id)) reasons.push({ code: 'id-used-twice', values: { at: `${where}: `, id } });
    if (id !== null) ids.add(id);
    const from = readId(item.from_id, `${where}.from_id`, reasons);
    const to = readId(item.to_id, `${where}.to_id`, reasons);
    for (const end of [from, to]) if (end !== null && !entityIds.has(end)) reasons.push({ code: 'no-such-entity', values: { path: where, id: end } });
    if (typeof item.type !== 'string' || item.type === '') reasons.push({ code: 'key-not-non-empty-string', values: { at: `${where}: `, key: 'type' } });
    return id === null || from === null || to === null || typeof item.type !== 'string' ? [] : [relationEvent(id, item.type, from, to)];
  });
}

/** doccano ids are integers; strings are accepted too. */
function readId(value: unknown, where: string, reasons: ImportProblemDetail[]): string | null {
  if ((typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && value !== '')) return String(value);
  reasons.push(value === undefined ? { code: 'path-missing-id', values: { path: where } } : { code: 'path-not-id', values: { path: where, value: quoteJson(value) } });
  return null;
}
