import { duplicateJsonKey } from '../importers/duplicateJsonKey.ts';
import { vanishingJsonNumber } from '../importers/vanishingJsonNumber.ts';
import { DOCUMENT_STATUSES } from '../model/annotation.ts';
import type { EntitySpan, EventAnnotation, StanceAnnotation } from '../model/annotation.ts';
import type { DocumentMeta } from '../model/document.ts';
import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem, ImportProblemDetail } from '../model/importProblem.ts';
import type { ProjectSchema } from '../schema/projectSchema.ts';
import { splitLines } from '../text/splitLines.ts';
import type { AnnotatedDocument, AnnotatedImport } from './annotatedDocument.ts';
import { metaTokensFromUnit, metaTokensToUnit } from './documentTokens.ts';
import { DOCUMENT_KINDS, isDocumentKind } from './importedMeta.ts';
import { describeJson, isJsonObject, isTooDeep, MAX_JSON_DEPTH, parseJsonObject, quoteJson } from './jsonValue.ts';
import type { JsonObject } from './jsonValue.ts';
import { normaliseWithOffsets } from './normalisedText.ts';
import { offsetProblemAt } from './offsetProblem.ts';
import type { OffsetProblem } from './offsetProblem.ts';
import { isOffsetUnit, OFFSET_UNITS, unitOffsets } from './offsetUnit.ts';
import type { OffsetUnit, UnitOffsets } from './offsetUnit.ts';
import { schemaLabels } from './schemaLabels.ts';
import type { SchemaLabels } from './schemaLabels.ts';
import { stanceTargetKey } from '../stance/stanceEdits.ts';

/*
 * Tawsim JSONL, the native format: one line per document and annotator,
 *   {"id","text","meta","annotator","status","offset_unit",
 *    "entities":[{"id","start","end","label","text"}],
 *    "events":[{"id","type","trigger":{"start","end","text"}|null,"arguments":[{"role","entity"}]}],
 *    "stance":[{"target","target_entity","label"}]}
 * with keys in this order, empty layers as [], compact JSON and "\n" after every
 * line, so the same documents always give the same bytes.
 */

export interface TawsimJsonlOptions {
  offsetUnit: OffsetUnit;
}

const quote = JSON.stringify;

/** The keys of a line, in the order they are written. */
const LINE_KEYS = new Set(['id', 'text', 'meta', 'annotator', 'status', 'offset_unit', 'entities', 'events', 'stance']);

/**
 * One line of Tawsim JSONL, without its "\n". The record is built in key order and
 * stringified once (V8's JSON.stringify is faster than concatenating the pieces
 * ourselves); one OffsetIndex per document, O(log a) per span.
 */
export function tawsimJsonlLine(doc: AnnotatedDocument, options: TawsimJsonlOptions): string {
  const units = unitOffsets(doc.text, options.offsetUnit);
  const record = {
    id: doc.id,
    text: doc.text,
    meta: metaTokensToUnit(doc.meta, doc.text, units),
    annotator: doc.annotator,
    status: doc.status,
    offset_unit: options.offsetUnit,
    entities: doc.entities.map((entity) => {
      const span = units.toUnit(entity.start, entity.end);
      return { id: entity.id, start: span.start, end: span.end, label: entity.label, text: span.text };
    }),
    events: doc.events.map((event) => ({
      id: event.id,
      type: event.type,
      trigger: event.trigger === null ? null : units.toUnit(event.trigger.start, event.trigger.end),
      arguments: event.arguments.map((arg) => ({ role: arg.role, entity: arg.entity })),
      // ACE attributes are written only when set, so events without them keep the shape.
      ...(event.attributes && Object.keys(event.attributes).length > 0 ? { attributes: event.attributes } : {}),
    })),
    stance: doc.stance.map((stance) => ({ target: stance.target, target_entity: stance.targetEntity, label: stance.label })),
  };
  return quote(record);
}

/** The lines of a Tawsim JSONL file, each with its "\n": write them out as they come. */
export function* exportTawsimJsonl(docs: Iterable<AnnotatedDocument>, options: TawsimJsonlOptions): Generator<string> {
  for (const doc of docs) yield `${tawsimJsonlLine(doc, options)}\n`;
}

export interface TawsimJsonlImportOptions {
  /** When given, labels, event types, roles and stance labels outside it are problems. */
  schema?: ProjectSchema;
  /** Lines decodeFile found invalid UTF-8 on: skipped here, already reported there. */
  badLines?: ReadonlySet<number>;
}

// More problems than this on one line are summed up: the line is skipped anyway.
const MAX_REASONS_PER_LINE = 20;

/**
 * Reads Tawsim JSONL back into UTF-16 offsets. Every line is checked whole (types,
 * offsets in range and start < end, surface text equal to the slice in the stated
 * unit, unique ids, arguments and stance targets pointing at entities of the line,
 * the schema's labels when given, one line per document and annotator); a line
 * with any problem is reported, each problem as file:line: reason, and skipped, and
 * the rest imports. CRLF inside a text becomes LF, offsets moving with it.
 */
export function parseTawsimJsonl(text: string, file: string, options: TawsimJsonlImportOptions = {}): AnnotatedImport {
  const labels = options.schema === undefined ? null : schemaLabels(options.schema);
  const badLines = options.badLines ?? new Set<number>();
  const documents: AnnotatedDocument[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  const lines = splitLines(text.startsWith('\uFEFF') ? text.slice(1) : text);
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (line.trim() === '' || badLines.has(lineNo)) return;
    const parsed = parseJsonObject(line);
    const found: ImportProblemDetail[] = [];
    let doc: AnnotatedDocument | null = null;
    if ('problem' in parsed) found.push(parsed.problem);
    else {
      // JSON.parse keeps the last of two equal keys and reads 1e-400 as 0: such a line is not guessed at.
      const duplicate = duplicateJsonKey(line);
      const vanishing = vanishingJsonNumber(line);
      if (duplicate !== null) found.push({ code: 'duplicate-key', values: { key: quote(duplicate) } });
      else if (vanishing !== null) found.push({ code: 'tiny-number', values: { number: vanishing } });
      else {
        doc = readLine(parsed.object, labels, found);
      }
    }
    if (doc !== null && found.length === 0) {
      const key = quote([doc.id, doc.annotator]);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, lineNo);
      else found.push({ code: 'repeated-document', values: { document: quote(doc.id), annotator: quote(doc.annotator), line: String(first) } });
    }
    if (found.length === 0 && doc !== null) {
      documents.push(doc);
      // Keys of no Tawsim JSONL line are not kept (meta holds a document's other fields): say so.
      const unknown = 'object' in parsed ? Object.keys(parsed.object).filter((key) => !LINE_KEYS.has(key)) : [];
      if (unknown.length > 0) problems.push(importProblem(file, lineNo, { code: 'keys-left-out', values: { keys: unknown.map((key) => quote(key)).join(', ') } }));
      return;
    }
    const shown = found.slice(0, MAX_REASONS_PER_LINE);
    if (found.length > shown.length) shown.push({ code: 'more-problems', values: { n: found.length - shown.length } });
    for (const detail of shown) problems.push(importProblem(file, lineNo, { ...detail, skipped: 'line' }));
  });
  return { documents, problems };
}

function readLine(record: JsonObject, labels: SchemaLabels | null, reasons: ImportProblemDetail[]): AnnotatedDocument | null {
  const id = readString(record, 'id', '', reasons);
  const raw = readString(record, 'text', '', reasons);
  const annotator = readString(record, 'annotator', '', reasons);
  const status = readChoice(record, 'status', DOCUMENT_STATUSES, reasons);
  const unit = record.offset_unit;
  if (unit === undefined) reasons.push({ code: 'missing-key', values: { at: '', key: 'offset_unit' } });
  else if (!isOffsetUnit(unit)) reasons.push({ code: 'key-not-one-of', values: { at: '', key: 'offset_unit', value: excerpt(unit), choices: OFFSET_UNITS.join(', ') } });
  const rawMeta = readMeta(record.meta, reasons);
  const layers = ['entities', 'events', 'stance'].map((key) => {
    const value = record[key];
    if (value === undefined) reasons.push({ code: 'missing-key', values: { at: '', key } });
    else if (!Array.isArray(value)) reasons.push({ code: 'key-not-array', values: { at: '', key, found: describeJson(value) } });
    return Array.isArray(value) ? value : [];
  });
  if (id === null || raw === null || annotator === null || status === null || !isOffsetUnit(unit) || rawMeta === null) return null;

  const units = unitOffsets(raw, unit);
  const normalised = normaliseWithOffsets(raw, { stripBom: false });
  const spans = new SpanReader(raw, units, normalised.toNormalised, unit);
  const entities = readEntities(layers[0] as unknown[], spans, labels, reasons);
  // Every id the line gives an entity, even one with a bad span: that span is reported once, not again by each reference.
  const entityIds = new Set((layers[0] as unknown[]).flatMap((value) => (isJsonObject(value) && typeof value.id === 'string' ? [value.id] : [])));
  const events = readEvents(layers[1] as unknown[], spans, entityIds, labels, reasons);
  const stance = readStance(layers[2] as unknown[], entityIds, labels, reasons);
  const read = metaTokensFromUnit(rawMeta, (offset) => spans.offset(offset));
  if ('problem' in read) {
    reasons.push(read.problem);
    return null;
  }
  return { id, text: normalised.text, meta: read.meta, annotator, status, entities, events, stance };
}

/** Reads spans in the line's unit into UTF-16 offsets of the stored (LF-only) text. */
class SpanReader {
  constructor(
    private readonly raw: string,
    private readonly units: UnitOffsets,
    private readonly toNormalised: (offset: number) => number,
    private readonly unit: OffsetUnit,
  ) {}

  offset(value: unknown): number | OffsetProblem {
    const utf16 = this.units.fromUnit(value);
    return typeof utf16 === 'number' ? this.toNormalised(utf16) : utf16;
  }

  /** The span of an object with start, end and text, or the reasons it is not one. */
  read(value: JsonObject, where: string, reasons: ImportProblemDetail[]): { start: number; end: number } | null {
    const start = this.units.fromUnit(value.start);
    const end = this.units.fromUnit(value.end);
    if (typeof start !== 'number') reasons.push(offsetProblemAt(`${where}: "start"`, start));
    if (typeof end !== 'number') reasons.push(offsetProblemAt(`${where}: "end"`, end));
    if (typeof start !== 'number' || typeof end !== 'number') return null;
    if (start >= end) {
      reasons.push({ code: 'start-not-before-end', values: { path: where, start: quote(value.start), end: quote(value.end) } });
      return null;
    }
    const slice = this.raw.slice(start, end);
    if (typeof value.text !== 'string') {
      reasons.push({ code: 'key-not-string', values: { at: `${where}: `, key: 'text', found: describeJson(value.text) } });
      return null;
    }
    if (value.text !== slice) {
      const values = { path: where, text: excerpt(value.text), start: quote(value.start), end: quote(value.end), unit: this.unit, slice: excerpt(slice) };
      reasons.push({ code: 'span-text-differs', values });
      return null;
    }
    const span = { start: this.toNormalised(start), end: this.toNormalised(end) };
    if (span.start >= span.end) {
      reasons.push({ code: 'span-only-cr', values: { path: where } });
      return null;
    }
    return span;
  }
}

function readEntities(values: unknown[], spans: SpanReader, labels: SchemaLabels | null, reasons: ImportProblemDetail[]): EntitySpan[] {
  const entities: EntitySpan[] = [];
  const ids = new Set<string>();
  values.forEach((value, i) => {
    const where = `entities[${i}]`;
    if (!isJsonObject(value)) return reasons.push({ code: 'path-not-object', values: { path: where, found: describeJson(value) } });
    const id = readString(value, 'id', where, reasons);
    const label = readString(value, 'label', where, reasons);
    const span = spans.read(value, where, reasons);
    if (id !== null && ids.has(id)) reasons.push({ code: 'id-used-twice', values: { at: `${where}: `, id: quote(id) } });
    if (label !== null && labels !== null && !labels.entities.has(label)) reasons.push({ code: 'label-not-in-schema', values: { path: where, label: quote(label) } });
    if (id !== null) ids.add(id);
    if (id !== null && label !== null && span !== null) entities.push({ id, start: span.start, end: span.end, label });
  });
  return entities;
}

function readEvents(
  values: unknown[],
  spans: SpanReader,
  entityIds: ReadonlySet<string>,
  labels: SchemaLabels | null,
  reasons: ImportProblemDetail[],
): EventAnnotation[] {
  const events: EventAnnotation[] = [];
  const ids = new Set<string>();
  values.forEach((value, i) => {
    const where = `events[${i}]`;
    if (!isJsonObject(value)) return reasons.push({ code: 'path-not-object', values: { path: where, found: describeJson(value) } });
    const id = readString(value, 'id', where, reasons);
    const type = readString(value, 'type', where, reasons);
    if (id !== null && ids.has(id)) reasons.push({ code: 'id-used-twice', values: { at: `${where}: `, id: quote(id) } });
    if (id !== null) ids.add(id);
    const roles = type === null || labels === null ? undefined : labels.events.get(type);
    if (type !== null && labels !== null && roles === undefined) reasons.push({ code: 'event-type-not-in-schema', values: { path: where, type: quote(type) } });
    let trigger: { start: number; end: number } | null = null;
    if (value.trigger === undefined) reasons.push({ code: 'missing-key', values: { at: `${where}: `, key: 'trigger' } });
    else if (isJsonObject(value.trigger)) trigger = spans.read(value.trigger, `${where}.trigger`, reasons);
    else if (value.trigger !== null) reasons.push({ code: 'key-not-object-or-null', values: { at: `${where}: `, key: 'trigger', found: describeJson(value.trigger) } });
    if (!Array.isArray(value.arguments)) {
      reasons.push({ code: 'key-not-array', values: { at: `${where}: `, key: 'arguments', found: describeJson(value.arguments) } });
      return;
    }
    const args = value.arguments.flatMap((arg, k) => {
      const argWhere = `${where}.arguments[${k}]`;
      if (!isJsonObject(arg)) {
        reasons.push({ code: 'path-not-object', values: { path: argWhere, found: describeJson(arg) } });
        return [];
      }
      const role = readString(arg, 'role', argWhere, reasons);
      const entity = readString(arg, 'entity', argWhere, reasons);
      if (entity !== null && !entityIds.has(entity)) reasons.push({ code: 'not-entity-of-line', values: { path: argWhere, key: 'entity', id: quote(entity) } });
      if (role !== null && roles !== undefined && !roles.has(role)) {
        reasons.push({ code: 'role-not-in-schema', values: { path: argWhere, role: quote(role), type: quote(type) } });
      }
      return role === null || entity === null ? [] : [{ role, entity }];
    });
    const attributes = readAttributes(value.attributes, where, reasons);
    if (id !== null && type !== null) events.push({ id, type, trigger, arguments: args, ...(attributes ? { attributes } : {}) });
  });
  return events;
}

function readStance(values: unknown[], entityIds: ReadonlySet<string>, labels: SchemaLabels | null, reasons: ImportProblemDetail[]): StanceAnnotation[] {
  const stance: StanceAnnotation[] = [];
  // The app keeps one stance per target: a second would be dropped, or count instead of the first.
  const targets = new Map<string, string>();
  values.forEach((value, i) => {
    const where = `stance[${i}]`;
    const at = `${where}: `;
    if (!isJsonObject(value)) return reasons.push({ code: 'path-not-object', values: { path: where, found: describeJson(value) } });
    const target = value.target;
    if (typeof target !== 'string') reasons.push({ code: 'key-not-string', values: { at, key: 'target', found: describeJson(target) } });
    else if (target.trim() === '') reasons.push({ code: 'key-empty', values: { at, key: 'target' } });
    const label = readString(value, 'label', where, reasons);
    if (label !== null && labels !== null && !labels.stance.has(label)) reasons.push({ code: 'label-not-in-schema', values: { path: where, label: quote(label) } });
    const targetEntity = value.target_entity;
    if (targetEntity === undefined) reasons.push({ code: 'missing-key', values: { at, key: 'target_entity' } });
    else if (targetEntity !== null && typeof targetEntity !== 'string') {
      reasons.push({ code: 'key-not-string-or-null', values: { at, key: 'target_entity', found: describeJson(targetEntity) } });
    } else if (typeof targetEntity === 'string' && !entityIds.has(targetEntity)) {
      reasons.push({ code: 'not-entity-of-line', values: { path: where, key: 'target_entity', id: quote(targetEntity) } });
    }
    if (typeof target === 'string' && label !== null && (targetEntity === null || typeof targetEntity === 'string')) {
      const key = stanceTargetKey({ target, targetEntity });
      const first = targets.get(key);
      if (first !== undefined) reasons.push({ code: 'target-labelled-twice', values: { path: where, target: quote(target), first } });
      targets.set(key, where);
      // The file has no stance ids; the app needs one per stance.
      stance.push({ id: `s${i + 1}`, target, targetEntity, label });
    }
  });
  return stance;
}

/** meta must be an object; a missing kind becomes "text", as for any imported text. */
function readMeta(value: unknown, reasons: ImportProblemDetail[]): DocumentMeta | null {
  if (value === undefined) {
    reasons.push({ code: 'missing-key', values: { at: '', key: 'meta' } });
    return null;
  }
  if (!isJsonObject(value)) {
    reasons.push({ code: 'key-not-object', values: { at: '', key: 'meta', found: describeJson(value) } });
    return null;
  }
  if (isTooDeep(value, 1)) {
    reasons.push({ code: 'key-deeper-than', values: { key: 'meta', depth: MAX_JSON_DEPTH } });
    return null;
  }
  if (value.kind === undefined) return { kind: 'text', ...value } as DocumentMeta;
  if (!isDocumentKind(value.kind)) {
    reasons.push({ code: 'path-not-one-of', values: { path: 'meta.kind', value: excerpt(value.kind), choices: DOCUMENT_KINDS.join(', ') } });
    return null;
  }
  return value as DocumentMeta;
}

/** A non-empty string field, or null with the reason recorded. */
function readString(record: JsonObject, key: string, where: string, reasons: ImportProblemDetail[]): string | null {
  const value = record[key];
  const at = where === '' ? '' : `${where}: `;
  if (value === undefined) reasons.push({ code: 'missing-key', values: { at, key } });
  else if (typeof value !== 'string') reasons.push({ code: 'key-not-string', values: { at, key, found: describeJson(value) } });
  else if (value === '') reasons.push({ code: 'key-empty', values: { at, key } });
  else return value;
  return null;
}

function readChoice<C extends string>(record: JsonObject, key: string, choices: readonly C[], reasons: ImportProblemDetail[]): C | null {
  const value = record[key];
  if (value === undefined) reasons.push({ code: 'missing-key', values: { at: '', key } });
  else if (!choices.includes(value as C)) reasons.push({ code: 'key-not-one-of', values: { at: '', key, value: excerpt(value), choices: choices.join(', ') } });
  else return value as C;
  return null;
}

/** A value quoted for a message, cut to a readable length (by code points, so no pair is split). */
function excerpt(value: unknown): string {
  const chars = [...quoteJson(value)];
  return chars.length > 60 ? `${chars.slice(0, 57).join('')}...` : chars.join('');
}

const EVENT_ATTRIBUTES = new Set(['polarity', 'tense', 'genericity', 'modality']);

/** An event's optional ACE attributes: an object of string values under the four known names. */
function readAttributes(value: unknown, where: string, reasons: ImportProblemDetail[]): EventAnnotation['attributes'] | undefined {
  if (value === undefined) return undefined;
  if (!isJsonObject(value)) {
    reasons.push({ code: 'key-not-object', values: { at: `${where}: `, key: 'attributes', found: describeJson(value) } });
    return undefined;
  }
  const attributes: Record<string, string> = {};
  for (const [name, setting] of Object.entries(value)) {
    if (!EVENT_ATTRIBUTES.has(name)) reasons.push({ code: 'unknown-attribute', values: { path: `${where}.attributes`, name: quote(name) } });
    else if (typeof setting !== 'string') reasons.push({ code: 'path-not-string', values: { path: `${where}.attributes.${name}`, found: describeJson(setting) } });
    else attributes[name] = setting;
  }
  return Object.keys(attributes).length > 0 ? attributes : undefined;
}
