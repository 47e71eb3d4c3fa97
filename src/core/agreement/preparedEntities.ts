import { isInsideSurrogatePair } from '../offsets/codePointOffsets.ts';
import type { CategoryIds } from './categoryIds.ts';
import type { CharUnits } from './charUnits.ts';
import type { LabelledSpan } from './spanAgreement.ts';

/**
 * One annotator's entities on one document as every comparison reads them,
 * column by column: UTF-16 offsets, the label as a category id, and the
 * character units each covers, [first, last). Typed columns, reused from one
 * document to the next, because agreement over a corpus prepares hundreds of
 * thousands of entities and objects for each would cost more than comparing them.
 */
export interface PreparedEntities {
  /** How many entities; the columns may be longer. */
  count: number;
  start: Int32Array;
  end: Int32Array;
  label: Int32Array;
  first: Int32Array;
  last: Int32Array;
}

export function createPreparedEntities(capacity = 32): PreparedEntities {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    label: new Int32Array(capacity),
    first: new Int32Array(capacity),
    last: new Int32Array(capacity),
  };
}

/** Makes room for n entities (the columns' contents are not kept). */
function reserve(prepared: PreparedEntities, n: number): void {
  if (prepared.start.length >= n) return;
  const capacity = Math.max(n, 2 * prepared.start.length);
  prepared.start = new Int32Array(capacity);
  prepared.end = new Int32Array(capacity);
  prepared.label = new Int32Array(capacity);
  prepared.first = new Int32Array(capacity);
  prepared.last = new Int32Array(capacity);
}

/**
 * The order of prepared entities, and of the id spans span agreement sorts:
 * start, longer first, then label id (label name order when ids are sorted).
 */
export function comparePrepared(a: { start: number; end: number; label: number }, b: typeof a): number {
  return a.start - b.start || b.end - a.end || a.label - b.label;
}

/**
 * Prepares one annotator's entities on one document, sorted by comparePrepared:
 * the only sort a comparison needs. A span edge inside a surrogate pair takes in
 * the whole character. Offsets that are not integers with 0 ≤ start ≤ end ≤ text
 * length throw a RangeError: they are bugs, not data.
 */
export function prepareEntities(
  units: CharUnits,
  entities: readonly (LabelledSpan & { id?: string })[],
  ids: CategoryIds,
  /** Columns to fill, so a pass over many documents allocates once. */
  into: PreparedEntities = createPreparedEntities(entities.length),
): PreparedEntities {
  const { text, unitsBefore, astral } = units;
  const length = text.length;
  const n = entities.length;
  reserve(into, n);
  into.count = n;
  const { start: starts, end: ends, label: labels, first: firsts, last: lasts } = into;
  let sorted = true;
  let previousStart = -1;
  let previousEnd = 0;
  let previousLabel = 0;
  for (let i = 0; i < n; i++) {
    const entity = entities[i] as LabelledSpan & { id?: string };
    const start = entity.start;
    const end = entity.end;
    // (x | 0) === x: an integer that fits the columns; NaN and fractions fail it.
    if (!((start | 0) === start && (end | 0) === end && start >= 0 && start <= end && end <= length)) {
      throw new RangeError(`entity ${entity.id ?? i} has offsets ${start}..${end}, outside the text (0..${length})`);
    }
    const label = ids.idOf(entity.label);
    starts[i] = start;
    ends[i] = end;
    labels[i] = label;
    // Only a text with astral characters has surrogate pairs to round out of.
    firsts[i] = unitsBefore[astral && isInsideSurrogatePair(text, start) ? start - 1 : start] as number;
    lasts[i] = unitsBefore[astral && isInsideSurrogatePair(text, end) ? end + 1 : end] as number;
    if (sorted && (start < previousStart || (start === previousStart && (end > previousEnd || (end === previousEnd && label < previousLabel))))) {
      sorted = false;
    }
    previousStart = start;
    previousEnd = end;
    previousLabel = label;
  }
  // Stored spans are in document order (start, longer first) already: sort only when not.
  if (!sorted) sortPrepared(into);
  return into;
}

/** Sorts the columns by comparePrepared: insertion sort, as lists that need it are short and nearly sorted. */
function sortPrepared(prepared: PreparedEntities): void {
  const { count, start: starts, end: ends, label: labels, first: firsts, last: lasts } = prepared;
  if (count > 64) {
    sortPreparedLong(prepared);
    return;
  }
  for (let i = 1; i < count; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    const label = labels[i] as number;
    const first = firsts[i] as number;
    const last = lasts[i] as number;
    let j = i - 1;
    for (; j >= 0; j--) {
      const order = (starts[j] as number) - start || end - (ends[j] as number) || (labels[j] as number) - label;
      if (order <= 0) break;
      starts[j + 1] = starts[j] as number;
      ends[j + 1] = ends[j] as number;
      labels[j + 1] = labels[j] as number;
      firsts[j + 1] = firsts[j] as number;
      lasts[j + 1] = lasts[j] as number;
    }
    starts[j + 1] = start;
    ends[j + 1] = end;
    labels[j + 1] = label;
    firsts[j + 1] = first;
    lasts[j + 1] = last;
  }
}

function sortPreparedLong(prepared: PreparedEntities): void {
  const { count, start, end, label, first, last } = prepared;
  const rows = Array.from({ length: count }, (_, i) => ({
    start: start[i] as number,
    end: end[i] as number,
    label: label[i] as number,
    first: first[i] as number,
    last: last[i] as number,
  }));
  rows.sort(comparePrepared);
  rows.forEach((row, i) => {
    start[i] = row.start;
    end[i] = row.end;
    label[i] = row.label;
    first[i] = row.first;
    last[i] = row.last;
  });
}

/**
 * Spans compared without their text (span agreement needs no character units):
 * offsets and label ids, sorted by comparePrepared; first and last are 0.
 */
export function prepareSpans(spans: readonly LabelledSpan[], ids: CategoryIds): PreparedEntities {
  const prepared = createPreparedEntities(spans.length);
  prepared.count = spans.length;
  spans.forEach((span, i) => {
    prepared.start[i] = span.start;
    prepared.end[i] = span.end;
    prepared.label[i] = ids.idOf(span.label);
  });
  sortPrepared(prepared);
  return prepared;
}
