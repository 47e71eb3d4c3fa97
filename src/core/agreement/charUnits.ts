import { isInsideSurrogatePair } from '../offsets/codePointOffsets.ts';
import { createCategoryIds } from './categoryIds.ts';
import type { CategoryIds } from './categoryIds.ts';
import { cohenKappaFromMatrix } from './cohenKappa.ts';
import type { KappaResult } from './cohenKappa.ts';
import { createNominalAlphaTally } from './krippendorffAlpha.ts';
import type { AlphaResult } from './krippendorffAlpha.ts';
import { prepareEntities } from './preparedEntities.ts';
import type { PreparedEntities } from './preparedEntities.ts';
import type { LabelledSpan } from './spanAgreement.ts';

/**
 * The units of character-level agreement: the code points of the text that are
 * not whitespace (whitespace as JavaScript's \s: Unicode spaces, line breaks, tab,
 * U+FEFF). An emoji is one unit, as is each Arabic letter and each combining mark.
 */
export interface CharUnits {
  readonly text: string;
  /** How many units the text has. */
  readonly count: number;
  /** unitsBefore[q]: how many units start before UTF-16 offset q, for q in 0..text.length. */
  readonly unitsBefore: Int32Array;
  /** True when the text has an astral character (else UTF-16 offsets are code point offsets). */
  readonly astral: boolean;
}

function isLowSurrogateCode(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isWhitespace(code: number): boolean {
  // Letters (Arabic among them) leave after a few comparisons.
  if (code < 0x2000) return code === 0x20 || (code <= 0x0d && code >= 0x09) || code === 0xa0 || code === 0x1680;
  return code <= 0x200a || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * The units of a text. `buffer`, when long enough, is used for unitsBefore
 * instead of a new array (the result is then valid until the buffer's next use):
 * a pass over many documents allocates once.
 */
export function charUnits(text: string, buffer?: Int32Array): CharUnits {
  const length = text.length;
  const unitsBefore = buffer !== undefined && buffer.length > length ? buffer : new Int32Array(length + 1);
  let count = 0;
  let astral = false;
  for (let i = 0; i < length; i++) {
    unitsBefore[i] = count;
    const code = text.charCodeAt(i);
    // Without a branch, every code above U+0020 counts (1 when 0x20 − code is negative):
    // spaces and letters alternate too irregularly for a branch to be predicted. The
    // rare codes where that is wrong are corrected below: controls, no-break space,
    // whitespace above U+1680, and astral characters (one unit for two code units).
    count += (0x20 - code) >>> 31;
    if (code >= 0x1680 || code < 0x20 || code === 0xa0) {
      if (code < 0x20) {
        if (code < 0x09 || code > 0x0d) count++;
      } else if (code === 0xa0) count--;
      else if (code >= 0xd800 && code <= 0xdbff && i + 1 < length && isLowSurrogateCode(text.charCodeAt(i + 1))) {
        astral = true;
        unitsBefore[++i] = count;
      } else if (isWhitespace(code)) count--;
    }
  }
  unitsBefore[length] = count;
  return { text, count, unitsBefore, astral };
}

/** Code points in text[start, end), edges outside surrogate pairs. */
function codePointLength(text: string, start: number, end: number): number {
  let length = end - start;
  for (let i = start; i < end - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && isLowSurrogateCode(text.charCodeAt(i + 1))) {
      length--;
      i++;
    }
  }
  return length;
}

/**
 * One annotator's categories over the units of a document, run-length coded:
 * segment i (i < count) covers units [ends[i − 1] (or 0), ends[i]) and has
 * category categories[i]; the last end is the unit count. A few segments per
 * entity, so comparing two annotators costs their entities, not the length of
 * the text. The arrays may be longer than count: they are reused.
 */
export interface CategorySegments {
  count: number;
  ends: Int32Array;
  categories: Int32Array;
}

export function createCategorySegments(capacity = 64): CategorySegments {
  return { count: 0, ends: new Int32Array(capacity), categories: new Int32Array(capacity) };
}

/** Appends a segment to the columns, or extends the last one when it has the same category; returns the new count. */
function pushSegment(ends: Int32Array, categories: Int32Array, count: number, end: number, category: number): number {
  if (count > 0 && categories[count - 1] === category) {
    ends[count - 1] = end;
    return count;
  }
  ends[count] = end;
  categories[count] = category;
  return count + 1;
}

/**
 * The spans that take part in the painting below, column by column, and the
 * edges of their units: scratch reused from one call to the next (a corpus has
 * thousands of documents whose spans cross), grown as needed.
 */
const painting = {
  label: new Int32Array(64),
  first: new Int32Array(64),
  last: new Int32Array(64),
  /** UTF-16 start and code point length of the span: the priority of "longest, then earliest". */
  start: new Int32Array(64),
  length: new Int32Array(64),
  /** The elementary intervals [from, to) the span covers. */
  from: new Int32Array(64),
  to: new Int32Array(64),
  edges: new Int32Array(130),
  /** Per elementary interval, the index of the span that wins it, or −1. */
  winner: new Int32Array(130),
};

function reservePainting(n: number): void {
  if (painting.label.length < n) {
    const capacity = Math.max(n, 2 * painting.label.length);
    painting.label = new Int32Array(capacity);
    painting.first = new Int32Array(capacity);
    painting.last = new Int32Array(capacity);
    painting.start = new Int32Array(capacity);
    painting.length = new Int32Array(capacity);
    painting.from = new Int32Array(capacity);
    painting.to = new Int32Array(capacity);
  }
  if (painting.edges.length < 2 * n + 2) {
    painting.edges = new Int32Array(2 * n + 2);
    painting.winner = new Int32Array(2 * n + 2);
  }
}

/** True when painted span x wins a unit over y: longer, then earlier start, then label first in code unit order. */
function outranks(names: readonly string[], x: number, y: number): boolean {
  const { length, start, label } = painting;
  if (length[x] !== length[y]) return (length[x] as number) > (length[y] as number);
  if (start[x] !== start[y]) return (start[x] as number) < (start[y] as number);
  return (names[label[x] as number] as string) < (names[label[y] as number] as string);
}

/** The first index below count whose value is at least `value`, in sorted[0, count). */
function firstAtLeast(sorted: Int32Array, count: number, value: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Sorts values[0, count) in place; insertion sort for the short, nearly sorted edge lists of one document. */
function sortNumbers(values: Int32Array, count: number): void {
  if (count > 64) {
    values.subarray(0, count).sort();
    return;
  }
  for (let i = 1; i < count; i++) {
    const value = values[i] as number;
    let j = i - 1;
    while (j >= 0 && (values[j] as number) > value) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = value;
  }
}

/**
 * Each unit's category: the label of the longest entity covering it (length in
 * code points), ties broken by the earlier start, then by label name in code
 * unit order; 0 (OUTSIDE_LABEL) when none covers it. `entities` are one
 * annotator's, prepared and sorted by prepareEntities with the same `ids`.
 *
 * Cost: O(k) for k entities that do not overlap (the usual case), O(k log k)
 * otherwise, however long the text and however deeply the entities nest.
 */
export function categorySegments(
  units: CharUnits,
  entities: PreparedEntities,
  ids: CategoryIds,
  into: CategorySegments = createCategorySegments(),
): CategorySegments {
  const n = entities.count;
  // Each entity adds at most two segments, plus the one to the end.
  if (into.ends.length < 2 * n + 2) {
    into.ends = new Int32Array(2 * n + 2);
    into.categories = new Int32Array(2 * n + 2);
  }
  // Spans that nest (or are disjoint) need no ranking: a span inside another is never
  // longer, so each unit takes the label of the outermost span over it (for identical
  // spans, the label first in code unit order). Only spans that cross fall through to
  // the general painting below. Containment is judged on UTF-16 offsets rounded out of
  // surrogate pairs, as the painting's lengths are.
  const { ends: segmentEnds, categories: segmentCategories } = into;
  const { text, astral } = units;
  const names = ids.names;
  const { start: starts, end: ends, label: labels, first: firsts, last: lasts } = entities;
  let count = 0;
  let cursor = 0;
  let nested = true;
  let outer = -1;
  let outerStart = 0;
  let outerEnd = 0;
  let outerLabel = 0;
  for (let i = 0; i <= n; i++) {
    let start = 0;
    let end = 0;
    if (i < n) {
      start = starts[i] as number;
      end = ends[i] as number;
      if (astral && isInsideSurrogatePair(text, start)) start--;
      if (astral && isInsideSurrogatePair(text, end)) end++;
    }
    if (i === n || outer < 0 || start >= outerEnd) {
      // The outer span so far is complete: lay it down.
      if (outer >= 0) {
        const first = firsts[outer] as number;
        const last = lasts[outer] as number;
        if (last > first) {
          if (first > cursor) count = pushSegment(segmentEnds, segmentCategories, count, first, 0);
          count = pushSegment(segmentEnds, segmentCategories, count, last, outerLabel);
          cursor = last;
        }
      }
      outer = i;
      outerStart = start;
      outerEnd = end;
      outerLabel = labels[i] as number;
    } else if (end <= outerEnd) {
      // Inside the outer span; the same span with another label wins by name.
      const label = labels[i] as number;
      if (start === outerStart && end === outerEnd && (names[label] as string) < (names[outerLabel] as string)) outerLabel = label;
    } else if (start === outerStart) {
      // Same start, longer: the outer one was inside this one.
      outer = i;
      outerEnd = end;
      outerLabel = labels[i] as number;
    } else {
      nested = false;
      break;
    }
  }
  if (nested) {
    if (cursor < units.count || count === 0) count = pushSegment(segmentEnds, segmentCategories, count, units.count, 0);
    into.count = count;
    return into;
  }

  reservePainting(n);
  const { label: paintLabel, first: paintFirst, last: paintLast, start: paintStart, length: paintLength, from, to, edges, winner } = painting;
  let painted = 0;
  let edgeCount = 0;
  edges[edgeCount++] = 0;
  edges[edgeCount++] = units.count;
  for (let i = 0; i < n; i++) {
    const first = firsts[i] as number;
    const last = lasts[i] as number;
    if (last <= first) continue;
    let start = starts[i] as number;
    let end = ends[i] as number;
    if (astral && isInsideSurrogatePair(text, start)) start--;
    if (astral && isInsideSurrogatePair(text, end)) end++;
    paintLabel[painted] = labels[i] as number;
    paintFirst[painted] = first;
    paintLast[painted] = last;
    paintStart[painted] = start;
    // UTF-16 starts order spans as code point starts do; only lengths need counting in code points.
    paintLength[painted] = astral ? codePointLength(text, start, end) : end - start;
    painted++;
    edges[edgeCount++] = first;
    edges[edgeCount++] = last;
  }

  // Elementary intervals between the edges of all entities; each gets its winning span.
  sortNumbers(edges, edgeCount);
  let distinct = 0;
  for (let e = 0; e < edgeCount; e++) if (distinct === 0 || edges[distinct - 1] !== edges[e]) edges[distinct++] = edges[e] as number;
  const intervals = distinct - 1;
  winner.fill(-1, 0, intervals);

  let covered = 0;
  for (let x = 0; x < painted; x++) {
    from[x] = firstAtLeast(edges, distinct, paintFirst[x] as number);
    to[x] = firstAtLeast(edges, distinct, paintLast[x] as number);
    covered += (to[x] as number) - (from[x] as number);
  }
  if (covered <= 4 * painted + 16) {
    // A few overlaps: try every span on every interval it covers.
    for (let x = 0; x < painted; x++) {
      for (let t = from[x] as number; t < (to[x] as number); t++) {
        const current = winner[t] as number;
        if (current < 0 || outranks(names, x, current)) winner[t] = x;
      }
    }
  } else {
    // Deep nesting: paint in rank order, each interval once, skipping painted ones (path-compressed).
    const order = Array.from({ length: painted }, (_, x) => x).sort((x, y) => (outranks(names, x, y) ? -1 : outranks(names, y, x) ? 1 : 0));
    const next = Int32Array.from({ length: intervals + 1 }, (_, t) => t);
    const find = (start: number): number => {
      let root = start;
      while (next[root] !== root) root = next[root] as number;
      for (let t = start; next[t] !== root; ) {
        const following = next[t] as number;
        next[t] = root;
        t = following;
      }
      return root;
    };
    for (const x of order) {
      for (let t = find(from[x] as number); t < (to[x] as number); t = find(t + 1)) {
        winner[t] = x;
        next[t] = t + 1;
      }
    }
  }
  count = 0;
  for (let t = 0; t < intervals; t++) {
    const x = winner[t] as number;
    count = pushSegment(segmentEnds, segmentCategories, count, edges[t + 1] as number, x < 0 ? 0 : (paintLabel[x] as number));
  }
  into.count = count;
  return into;
}

/** The category of every unit, one by one. */
export function expandSegments(segments: CategorySegments): Int32Array {
  const { count, ends, categories } = segments;
  const result = new Int32Array(count > 0 ? (ends[count - 1] as number) : 0);
  let from = 0;
  for (let i = 0; i < count; i++) {
    const end = ends[i] as number;
    result.fill(categories[i] as number, from, end);
    from = end;
  }
  return result;
}

/** The category name of every unit of the text, for tests and for showing units. */
export function unitLabels(text: string, spans: readonly LabelledSpan[]): string[] {
  const ids = createCategoryIds();
  const units = charUnits(text);
  const segments = categorySegments(units, prepareEntities(units, spans, ids), ids);
  return Array.from(expandSegments(segments), (id) => ids.names[id] as string);
}

/**
 * Adds two annotators' categories of one document's units to a size × size
 * row-major count matrix (rows a, columns b), and returns how many units they
 * put in the same category. Both cover the same units.
 */
export function addSegmentPairs(counts: Float64Array, size: number, a: CategorySegments, b: CategorySegments): number {
  const { count: countA, ends: endsA, categories: categoriesA } = a;
  const { count: countB, ends: endsB, categories: categoriesB } = b;
  let i = 0;
  let j = 0;
  let from = 0;
  let agreeing = 0;
  while (i < countA && j < countB) {
    const endA = endsA[i] as number;
    const endB = endsB[j] as number;
    const end = endA < endB ? endA : endB;
    const categoryA = categoriesA[i] as number;
    const categoryB = categoriesB[j] as number;
    const cell = categoryA * size + categoryB;
    counts[cell] = (counts[cell] as number) + (end - from);
    if (categoryA === categoryB) agreeing += end - from;
    from = end;
    if (endA === end) i++;
    if (endB === end) j++;
  }
  return agreeing;
}

/** Adds one annotator's values (how many units of each category) of one document to `values`, indexed by category. */
export function addSegmentValues(values: Float64Array, segments: CategorySegments): void {
  const { count, ends, categories } = segments;
  let from = 0;
  for (let i = 0; i < count; i++) {
    const end = ends[i] as number;
    const category = categories[i] as number;
    values[category] = (values[category] as number) + (end - from);
    from = end;
  }
}

/** How many units two annotators put in the same category. */
export function agreeingUnits(a: CategorySegments, b: CategorySegments): number {
  let i = 0;
  let j = 0;
  let from = 0;
  let agreeing = 0;
  while (i < a.count && j < b.count) {
    const endA = a.ends[i] as number;
    const endB = b.ends[j] as number;
    const end = endA < endB ? endA : endB;
    if (a.categories[i] === b.categories[j]) agreeing += end - from;
    from = end;
    if (endA === end) i++;
    if (endB === end) j++;
  }
  return agreeing;
}

/** Rows of a row-major square matrix, as cohenKappaFromMatrix and JSON take them. */
export function matrixRows(counts: Float64Array, size: number): number[][] {
  return Array.from({ length: size }, (_, row) => Array.from(counts.subarray(row * size, row * size + size)));
}

/** char_kappa of two annotators: Cohen's kappa over the units of all the given documents, pooled. */
export function charKappa(
  documents: Iterable<{ text: string; a: readonly LabelledSpan[]; b: readonly LabelledSpan[] }>,
): KappaResult {
  const list = [...documents];
  const ids = createCategoryIds(list.flatMap(({ a, b }) => [...a, ...b].map((span) => span.label)));
  const size = ids.names.length;
  const counts = new Float64Array(size * size);
  for (const { text, a, b } of list) {
    const units = charUnits(text);
    const segmentsA = categorySegments(units, prepareEntities(units, a, ids), ids);
    addSegmentPairs(counts, size, segmentsA, categorySegments(units, prepareEntities(units, b, ids), ids));
  }
  return cohenKappaFromMatrix(matrixRows(counts, size));
}

/**
 * char_alpha: Krippendorff's nominal alpha over the units of all documents, any
 * number of annotators; `annotations[k]` is annotator k's spans, or undefined if
 * that annotator did not annotate the document (no values for its units).
 */
export function charAlpha(
  documents: Iterable<{ text: string; annotations: ReadonlyArray<readonly LabelledSpan[] | undefined> }>,
): AlphaResult {
  const ids = createCategoryIds();
  const tally = createNominalAlphaTally();
  for (const { text, annotations } of documents) {
    const present = annotations.filter((spans): spans is readonly LabelledSpan[] => spans !== undefined);
    if (present.length < 2) continue;
    const units = charUnits(text);
    const perAnnotator = present.map((spans) => categorySegments(units, prepareEntities(units, spans, ids), ids));
    const values = new Float64Array(ids.names.length);
    for (const segments of perAnnotator) addSegmentValues(values, segments);
    values.forEach((count, category) => tally.addValues(category, count));
    // Every unit has a value from each annotator: its coincidences are the pairwise agreements.
    for (let p = 0; p < perAnnotator.length; p++) {
      for (let q = p + 1; q < perAnnotator.length; q++) {
        tally.addMatchingPairs(2 * agreeingUnits(perAnnotator[p] as CategorySegments, perAnnotator[q] as CategorySegments), perAnnotator.length);
      }
    }
  }
  return tally.result();
}
