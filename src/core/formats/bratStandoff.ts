import type { EntitySpan, EventAnnotation } from '../model/annotation.ts';
import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem, ImportProblemDetail } from '../model/importProblem.ts';
import { splitLines } from '../text/splitLines.ts';
import { emptyAnnotatedDocument, IMPORTED_ANNOTATOR } from './annotatedDocument.ts';
import type { AnnotatedDocument, AnnotatedImport, AnnotatedImportOptions } from './annotatedDocument.ts';
import type { OnExportLoss } from './exportLoss.ts';
import { importedMeta } from './importedMeta.ts';
import { normaliseWithOffsets } from './normalisedText.ts';
import type { OffsetProblem } from './offsetProblem.ts';
import { unitOffsets } from './offsetUnit.ts';
import type { UnitOffsets } from './offsetUnit.ts';
import { relationEvent, relationOf } from './relationEvents.ts';
import { leftOut } from './leftOut.ts';
import { textFileLosses } from './textFileLosses.ts';

/*
 * brat standoff: per document a .txt holding the text and an .ann with
 *   T1<TAB>LABEL START END<TAB>surface        entities, and event triggers
 *   E1<TAB>TYPE:T3 ROLE:T1 ROLE:T2            events
 *   R1<TAB>TYPE Arg1:T1 Arg2:T2               relations (Tawsim's trigger-less from/to events)
 *   A1<TAB>NAME E1 VALUE                      event attributes (polarity, tense, ...)
 * Offsets are code points: brat is Python and reads the .txt with universal
 * newlines, so a CR of a CRLF is not counted and a BOM (read as U+FEFF by its
 * utf8 codec) is. A span over a line break is written as brat writes one: a
 * fragment per line ("0 5;6 10"), its surface the fragments joined by a space.
 *
 * brat splits "TYPE:T3" at ":", so a ":" in an event type (ACE's
 * "Justice:Arrest-Jail") is written as "." and read back as ":"; whitespace in a
 * name, which would end it, is written as "_". Both are reported when the name
 * would not read back the same.
 */

export interface BratFile {
  path: string;
  content: string;
}

export interface BratExportOptions {
  onLoss?: OnExportLoss;
}

const ATTRIBUTES = ['polarity', 'tense', 'genericity', 'modality'] as const;
type AttributeName = (typeof ATTRIBUTES)[number];

/**
 * Two files per document, ANNOTATOR/ID.txt and ANNOTATOR/ID.ann (a brat collection
 * per annotator, which bratFolderAnnotator reads back); characters of the id and the
 * annotator other than letters, digits, ".", "-" and "_" become "_" (a loss, for the
 * annotator). Entities are T1…Tn in document order, then each event's trigger.
 */
export function* exportBrat(docs: Iterable<AnnotatedDocument>, options: BratExportOptions = {}): Generator<BratFile> {
  const used = new Set<string>();
  const renamed = new Set<string>();
  for (const doc of docs) {
    const stem = `${fileName(doc.annotator)}/${fileName(doc.id)}`;
    let path = stem;
    for (let n = 2; used.has(path); n++) path = `${stem}-${n}`;
    used.add(path);
    const losses = new Set<string>();
    const ann = bratAnn(doc, (reason) => losses.add(reason));
    for (const reason of textFileLosses(doc.text, { leadingBom: true })) losses.add(reason);
    // Said once per annotator, with its first document: every one of its documents is in that folder.
    const folder = fileName(doc.annotator);
    if (folder !== doc.annotator && !renamed.has(doc.annotator)) {
      renamed.add(doc.annotator);
      losses.add(`annotator ${JSON.stringify(doc.annotator)} is written as the folder ${JSON.stringify(folder)}`);
    }
    for (const reason of losses) options.onLoss?.({ document: doc.id, annotator: doc.annotator, reason });
    yield { path: `${path}.txt`, content: doc.text };
    yield { path: `${path}.ann`, content: ann };
  }
}

const ARCHIVE_NAME = /\.(zip|tar|tgz|gz)$/i;

/**
 * Whose a brat document read from a directory or an archive is, as exportBrat lays them
 * out: the folder holding the .ann, named by its path inside what was read (an archive's
 * entries as ARCHIVE/PATH); undefined for an .ann at the top, or a file read on its own.
 */
export function bratFolderAnnotator(annPath: string): string | undefined {
  const folder = annPath.split(/[\\/]/).at(-2);
  return folder === undefined || folder === '' || ARCHIVE_NAME.test(folder) ? undefined : folder;
}

function fileName(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N}._-]/gu, '_');
  return safe === '' || safe === '.' || safe === '..' ? `_${safe}` : safe;
}

function bratAnn(doc: AnnotatedDocument, lose: (reason: string) => void): string {
  const units = unitOffsets(doc.text, 'codepoint');
  const name = (value: string, what: NameKind) => writeName(value, what, lose);
  const lines: string[] = [];
  let textBounds = 0;
  let blank = 0;
  /** The T line of a span, or null (and a loss) for a span of line breaks only, which brat cannot hold. */
  const textBound = (label: string, start: number, end: number): string | null => {
    const fragments = fragmentsOf(doc.text, units, start, end);
    if (fragments === null) {
      blank++;
      return null;
    }
    const id = `T${++textBounds}`;
    lines.push(`${id}\t${label} ${fragments}`);
    return id;
  };
  const tIds = new Map<string, string>();
  for (const entity of doc.entities) {
    const id = textBound(name(entity.label, 'label'), entity.start, entity.end);
    if (id !== null) tIds.set(entity.id, id);
  }
  let events = 0;
  let relations = 0;
  let attributes = 0;
  let lostEvents = 0;
  let lostArguments = 0;
  for (const event of doc.events) {
    const relation = relationOf(event);
    const from = relation === null ? undefined : tIds.get(relation.from);
    const to = relation === null ? undefined : tIds.get(relation.to);
    if (event.trigger === null && from !== undefined && to !== undefined) {
      lines.push(`R${++relations}\t${name(event.type, 'event type')} Arg1:${from} Arg2:${to}`);
      if (Object.keys(event.attributes ?? {}).length > 0) lose('attributes of relations are left out: brat has them on events only');
      continue;
    }
    if (event.trigger === null) {
      lostEvents++;
      continue;
    }
    const type = name(event.type, 'event type');
    const trigger = textBound(type, event.trigger.start, event.trigger.end);
    if (trigger === null) {
      lostEvents++;
      continue;
    }
    const args = event.arguments.flatMap((arg) => {
      const target = tIds.get(arg.entity);
      if (target === undefined) lostArguments++;
      return target === undefined ? [] : [` ${name(arg.role, 'role')}:${target}`];
    });
    const id = `E${++events}`;
    lines.push(`${id}\t${type}:${trigger}${args.join('')}`);
    for (const key of ATTRIBUTES) {
      const value = event.attributes?.[key];
      if (value !== undefined) lines.push(`A${++attributes}\t${key} ${id} ${name(value, 'attribute value')}`);
    }
  }
  if (blank > 0) lose(leftOut(blank, 'span', 'spans', `${blank === 1 ? 'it holds' : 'they hold'} only line breaks; so are the events ${blank === 1 ? 'it triggers' : 'they trigger'}`));
  if (lostEvents > 0) lose(leftOut(lostEvents, 'event', 'events', 'without a trigger, only from/to relations fit brat, and brat events need a trigger'));
  if (lostArguments > 0) lose(leftOut(lostArguments, 'event argument', 'event arguments', 'their entities are left out'));
  if (doc.stance.length > 0) lose(leftOut(doc.stance.length, 'stance annotation', 'stance annotations', 'brat has no stance'));
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * "START END[;START END]…<TAB>surface" of a span, one fragment per line it touches
 * (line breaks at its edges are not part of any fragment); null when it holds only line breaks.
 */
function fragmentsOf(text: string, units: UnitOffsets, start: number, end: number): string | null {
  const offsets: string[] = [];
  const surfaces: string[] = [];
  let from = start;
  while (from < end) {
    while (from < end && text[from] === '\n') from++;
    if (from >= end) break;
    let to = text.indexOf('\n', from);
    if (to === -1 || to > end) to = end;
    const span = units.toUnit(from, to);
    offsets.push(`${span.start} ${span.end}`);
    surfaces.push(span.text);
    from = to;
  }
  return offsets.length === 0 ? null : `${offsets.join(';')}\t${surfaces.join(' ')}`;
}

type NameKind = 'label' | 'event type' | 'role' | 'attribute value';

function writeName(value: string, what: NameKind, lose: (reason: string) => void): string {
  let written = value.replace(/\s/g, '_');
  if (what === 'event type') written = written.replaceAll(':', '.');
  if (what === 'role') written = written.replaceAll(':', '_');
  if (readName(written, what) !== value) lose(`${what} ${JSON.stringify(value)} is written as ${JSON.stringify(written)}, which reads back differently`);
  return written;
}

function readName(written: string, what: NameKind): string {
  return what === 'event type' ? written.replaceAll('.', ':') : written;
}

/** The two files of one brat document, as read (a BOM and CRLF may still be in them). */
export interface BratSource {
  /** The document id: the files' name without extension. */
  id: string;
  txtFile: string;
  txt: string;
  annFile: string;
  ann: string;
}

interface TextBound {
  label: string;
  start: number;
  end: number;
}

/**
 * Reads one document. An error in the .ann (a line brat could not read, offsets
 * out of range or not start < end, a surface unlike the text, a duplicate id, a
 * reference to nothing) is reported for its line and the document is skipped.
 * What brat has and Tawsim does not (discontinuous spans, notes, normalisations,
 * equivalences, events as arguments, attributes of entities) is reported and left
 * out, with whatever refers to it; the rest of the document imports.
 */
export function parseBratDocument(source: BratSource, options: AnnotatedImportOptions = {}): AnnotatedImport {
  // Errors of the .ann, in brat's terms, each skipping the document.
  const errors: { line: number; detail: ImportProblemDetail }[] = [];
  const notes: ImportProblem[] = [];
  const error = (line: number, detail: ImportProblemDetail) => errors.push({ line, detail });
  const note = (line: number, detail: ImportProblemDetail) => notes.push(importProblem(source.annFile, line, detail));
  const lfText = source.txt.replace(/\r\n?/g, '\n');
  const units = unitOffsets(lfText, 'codepoint');
  const normalised = normaliseWithOffsets(lfText, { stripBom: true });

  const textBounds = new Map<string, TextBound>();
  const dropped = new Set<string>();
  const eventLines: { id: string; kind: 'E' | 'R'; parts: string[]; line: number }[] = [];
  const attributeLines: { parts: string[]; line: number }[] = [];
  const ids = new Set<string>();
  splitLines(source.ann.startsWith('\uFEFF') ? source.ann.slice(1) : source.ann).forEach((content, i) => {
    const line = i + 1;
    if (content.trim() === '') return;
    const [id = '', data = '', ...tail] = content.split('\t');
    const kind = id[0];
    if (kind === '#' || kind === 'N' || kind === '*') {
      return note(line, { code: kind === '#' ? 'note-left-out' : kind === 'N' ? 'normalisation-left-out' : 'equivalence-left-out', values: { id } });
    }
    if (ids.has(id)) return error(line, { code: 'id-used-twice', values: { at: '', id } });
    ids.add(id);
    const parts = data.split(' ').filter((part) => part !== '');
    if (kind === 'T') {
      const bound = readTextBound(parts, tail.join('\t'), units, lfText, line, error);
      if (bound === 'discontinuous') {
        dropped.add(id);
        note(line, { code: 'discontinuous-span', values: { id } });
      } else if (bound !== null) textBounds.set(id, bound);
    } else if (kind === 'E' || kind === 'R') eventLines.push({ id, kind, parts, line });
    else if (kind === 'A' || kind === 'M') attributeLines.push({ parts, line });
    else error(line, { code: 'not-brat-id', values: { id: JSON.stringify(id) } });
  });

  const triggers = new Set(eventLines.flatMap((event) => (event.kind === 'E' ? [splitRef(event.parts[0] ?? '')[1]] : [])));
  const entities: EntitySpan[] = [];
  for (const [id, bound] of textBounds) {
    if (!triggers.has(id)) entities.push({ id, start: normalised.toNormalised(bound.start), end: normalised.toNormalised(bound.end), label: bound.label });
  }
  const entityIds = new Set(entities.map((entity) => entity.id));
  /** Why an argument cannot be an entity: an error (refers to nothing) or a note (refers to something left out). */
  const checkArgument = (target: string, line: number, event: string): boolean => {
    if (entityIds.has(target)) return true;
    if (dropped.has(target) || ids.has(target)) note(line, { code: 'argument-left-out', values: { event, target } });
    else error(line, { code: 'brat-no-target', values: { event, target } });
    dropped.add(event);
    return false;
  };

  const events: EventAnnotation[] = [];
  for (const { id, kind, parts, line } of eventLines) {
    if (kind === 'R') {
      const [type, ...args] = parts;
      const targets = args.map((arg) => splitRef(arg)[1]);
      if (type === undefined || targets.length !== 2) {
        error(line, { code: 'not-brat-relation', values: { id } });
        continue;
      }
      if (targets.every((target) => checkArgument(target, line, id))) events.push(relationEvent(id, readName(type, 'event type'), targets[0] as string, targets[1] as string));
      continue;
    }
    const [head = '', ...args] = parts;
    const [type, trigger] = splitRef(head);
    const bound = textBounds.get(trigger);
    if (type === '' || bound === undefined) {
      if (type === '') error(line, { code: 'not-brat-event', values: { id } });
      else if (dropped.has(trigger)) note(line, { code: 'trigger-left-out', values: { event: id } });
      else if (ids.has(trigger)) error(line, { code: 'brat-trigger-unreadable', values: { trigger, event: id } });
      else error(line, { code: 'brat-no-trigger', values: { trigger, event: id } });
      dropped.add(id);
      continue;
    }
    const roles = args.map((arg) => splitRef(arg));
    if (!roles.every(([, target]) => checkArgument(target, line, id))) continue;
    events.push({
      id,
      type: readName(type, 'event type'),
      trigger: { start: normalised.toNormalised(bound.start), end: normalised.toNormalised(bound.end) },
      arguments: roles.map(([role, entity]) => ({ role, entity })),
    });
  }

  const eventsById = new Map(events.map((event) => [event.id, event]));
  for (const { parts, line } of attributeLines) {
    const [key = '', target = '', value = 'true'] = parts;
    const event = eventsById.get(target);
    if (!ids.has(target)) error(line, { code: 'brat-no-attribute-target', values: { target: JSON.stringify(target) } });
    else if (event !== undefined && (ATTRIBUTES as readonly string[]).includes(key)) event.attributes = { ...event.attributes, [key as AttributeName]: value };
    else note(line, { code: 'attribute-left-out', values: { attribute: key, target, kept: ATTRIBUTES.join(', ') } });
  }

  const skipped = errors.map(({ line, detail }) => importProblem(source.annFile, line, { ...detail, skipped: 'document' }));
  if (normalised.text.trim() === '') skipped.push(importProblem(source.txtFile, null, { code: 'empty-text', values: {}, skipped: 'document' }));
  if (skipped.length > 0) return { documents: [], problems: [...skipped, ...notes] };
  const doc = emptyAnnotatedDocument(source.id, normalised.text, importedMeta(source.txtFile, null, {}), options.annotator ?? IMPORTED_ANNOTATOR);
  return { documents: [{ ...doc, entities, events }], problems: notes };
}

/** "NAME:ID" split at its last colon (brat's ids have none; ACE types do). */
function splitRef(part: string): [string, string] {
  const colon = part.lastIndexOf(':');
  return colon === -1 ? ['', part] : [part.slice(0, colon), part.slice(colon + 1)];
}

/**
 * A T line's span in UTF-16 of the text as brat read it (LF line ends). Fragments
 * separated only by line breaks (how brat writes a span over lines) are one span.
 */
function readTextBound(
  parts: string[],
  surface: string,
  units: UnitOffsets,
  text: string,
  line: number,
  error: (line: number, detail: ImportProblemDetail) => void,
): TextBound | 'discontinuous' | null {
  const [label, ...offsets] = parts;
  const fragments = offsets.join(' ').split(';').map((fragment) => fragment.trim().split(' '));
  if (label === undefined || offsets.length === 0 || fragments.some((fragment) => fragment.length !== 2)) {
    error(line, { code: 'not-brat-text-bound', values: {} });
    return null;
  }
  const spans: [number, number][] = [];
  for (const [startText, endText] of fragments as [string, string][]) {
    const start = units.fromUnit(numberOf(startText));
    const end = units.fromUnit(numberOf(endText));
    const fragment = `${startText} ${endText}`;
    if (typeof start !== 'number') {
      error(line, offsetProblemIn(fragment, start));
      return null;
    }
    if (typeof end !== 'number') {
      error(line, offsetProblemIn(fragment, end));
      return null;
    }
    if (start >= end || (spans.length > 0 && start < (spans[spans.length - 1] as [number, number])[1])) {
      error(line, { code: 'brat-fragment-order', values: { fragment } });
      return null;
    }
    spans.push([start, end]);
  }
  const expected = spans.map(([start, end]) => text.slice(start, end)).join(' ');
  if (surface !== expected) {
    error(line, { code: 'brat-surface-differs', values: { surface: JSON.stringify(surface), expected: JSON.stringify(expected) } });
    return null;
  }
  const first = spans[0] as [number, number];
  const last = spans[spans.length - 1] as [number, number];
  const gapsAreLineBreaks = spans.every(([start], k) => k === 0 || /^\n+$/.test(text.slice((spans[k - 1] as [number, number])[1], start)));
  return gapsAreLineBreaks ? { label, start: first[0], end: last[1] } : 'discontinuous';
}

/** The problem of an offset of the fragment "START END" of a T line. */
function offsetProblemIn(fragment: string, problem: OffsetProblem): ImportProblemDetail {
  switch (problem.kind) {
    case 'not-number':
      return { code: 'brat-offset-not-number', values: { found: problem.found, fragment } };
    case 'not-integer':
      return { code: 'brat-offset-not-integer', values: { offset: problem.offset, fragment } };
    case 'outside-text':
      return { code: 'brat-offset-outside-text', values: { offset: problem.offset, length: problem.length, fragment } };
    case 'in-surrogate-pair':
      return { code: 'brat-offset-in-surrogate-pair', values: { offset: problem.offset, fragment } };
  }
}

/** brat offsets are decimal integers; anything else is handed on as what it is, to be reported. */
function numberOf(text: string): number | string {
  return /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}
