import { createCategoryIds } from './categoryIds.ts';
import { emptyMatchCounts, f1Score } from './f1Score.ts';
import type { MatchCounts } from './f1Score.ts';
import { prepareSpans } from './preparedEntities.ts';
import type { PreparedEntities } from './preparedEntities.ts';

/** What span agreement looks at; an EntitySpan fits. Offsets are UTF-16, end exclusive. */
export interface LabelledSpan {
  start: number;
  end: number;
  label: string;
}

/** The two match counts of one label, or of all labels together. */
export interface SpanCounts {
  exact: MatchCounts;
  overlap: MatchCounts;
}

export interface SpanScores {
  exact_f1: number | null;
  overlap_f1: number | null;
}

export function emptySpanCounts(): SpanCounts {
  return { exact: emptyMatchCounts(), overlap: emptyMatchCounts() };
}

export function spanScores(counts: SpanCounts): SpanScores {
  return { exact_f1: f1Score(counts.exact), overlap_f1: f1Score(counts.overlap) };
}

/**
 * Per label id, the match counts of span agreement, LABEL_FIELDS numbers per
 * label in one array (a tally over a corpus adds to them for every span):
 * sizes of A and B, exact matches (the same for both sides), overlap matches of
 * A and of B. The overlap sizes are the exact ones.
 */
export type LabelSpanCounts = Float64Array;

const LABEL_FIELDS = 5;
const SIZE_A = 0;
const SIZE_B = 1;
const EXACT = 2;
const OVERLAP_A = 3;
const OVERLAP_B = 4;

/** The matcher's per-label state, side by side. */
const STATE_FIELDS = 4;
const REACH_A = 0;
const REACH_B = 1;
const HEAD_A = 2;
const HEAD_B = 3;

export function createLabelSpanCounts(labelCount: number): LabelSpanCounts {
  return new Float64Array(labelCount * LABEL_FIELDS);
}

/** The same counts with room for more labels. */
export function growLabelSpanCounts(counts: LabelSpanCounts, labelCount: number): LabelSpanCounts {
  const grown = createLabelSpanCounts(labelCount);
  grown.set(counts);
  return grown;
}

/** One label's counts. */
export function labelSpanCounts(counts: LabelSpanCounts, label: number): SpanCounts {
  const at = label * LABEL_FIELDS;
  const sizeA = counts[at + SIZE_A] ?? 0;
  const sizeB = counts[at + SIZE_B] ?? 0;
  const exact = counts[at + EXACT] ?? 0;
  return {
    exact: { sizeA, sizeB, matchedA: exact, matchedB: exact },
    overlap: { sizeA, sizeB, matchedA: counts[at + OVERLAP_A] ?? 0, matchedB: counts[at + OVERLAP_B] ?? 0 },
  };
}

/**
 * Compares two annotators' spans of one document. Exact: same start, end and
 * label, one-to-one (a span given twice matches twice only if the other side
 * has it twice too). Overlap: an A span is matched when some B span of its label
 * shares a character with it, and the other way round; empty spans share none.
 */
export interface SpanMatcher {
  /**
   * Adds the counts of A against B to `totals` and to `perLabel`. Both must be
   * sorted by comparePrepared (prepareEntities sorts them). Cost: one pass over
   * the spans of both.
   */
  tally(a: PreparedEntities, b: PreparedEntities, totals: SpanCounts, perLabel: LabelSpanCounts): void;
  /**
   * tally without the per-label sizes, for a caller that compares each annotator
   * with several others and adds them once per annotator (addLabelSizes).
   */
  tallyMatches(a: PreparedEntities, b: PreparedEntities, totals: SpanCounts, perLabel: LabelSpanCounts): void;
  /** Makes room for label ids below `labelCount`. */
  reserve(labelCount: number): void;
}

/**
 * Adds one annotator's spans to the per-label sizes: `asA` times to A's size and
 * `asB` times to B's, as that many comparisons with it on the A and B side would.
 */
export function addLabelSizes(perLabel: LabelSpanCounts, spans: PreparedEntities, asA: number, asB: number): void {
  const { count, label: labels } = spans;
  for (let k = 0; k < count; k++) {
    const at = (labels[k] as number) * LABEL_FIELDS;
    perLabel[at + SIZE_A] = (perLabel[at + SIZE_A] as number) + asA;
    perLabel[at + SIZE_B] = (perLabel[at + SIZE_B] as number) + asB;
  }
}

/** A matcher for label ids below `labelCount`, with scratch space reused from one call to the next. */
export function createSpanMatcher(labelCount: number): SpanMatcher {
  // Per side and label: the largest end among the non-empty spans started so far, and the
  // spans not matched yet that a later span of the other side may still overlap, as a
  // linked list (head per label, next per span) so that emptying it is one write. The
  // four per-label values side by side in one array (REACH_A … HEAD_B), emptied with one fill.
  let state = new Int32Array(STATE_FIELDS * labelCount);
  let nextA = new Int32Array(64);
  let nextB = new Int32Array(64);

  /**
   * One merged pass by start, A first on equal starts.
   *
   * Overlap: a span x is matched by a y of the other side with y.start ≤ x.start
   * and y.end > x.start (checked when x arrives, from the reach of that side), or
   * by a y with x.start ≤ y.start < x.end (checked when y arrives: x is then in the
   * open list, and every open span of y's label either ends after y.start, so is
   * matched, or ends before, so never will be).
   *
   * Exact: when a B span arrives, every A span with its start has arrived, as a run
   * sorted like B's spans of that start (longer first, then label); a pointer walks
   * that run alongside B's, as a merge does.
   */
  function tallyMatches(a: PreparedEntities, b: PreparedEntities, totals: SpanCounts, perLabel: LabelSpanCounts) {
    const countA = a.count;
    const countB = b.count;
    if (nextA.length < countA) nextA = new Int32Array(Math.max(countA, 2 * nextA.length));
    if (nextB.length < countB) nextB = new Int32Array(Math.max(countB, 2 * nextB.length));
    const linksA = nextA;
    const linksB = nextB;
    const { start: startsA, end: endsA, label: labelsA } = a;
    const { start: startsB, end: endsB, label: labelsB } = b;
    // Empty every label's reach and open list: one native fill, cheaper than visiting the spans.
    state.fill(-1);
    let exact = 0;
    let matchedA = 0;
    let matchedB = 0;
    // A's run of spans with the start last taken from A, and the exact-match pointer into it.
    let runStartA = -1;
    let runFromA = 0;
    let lastStartB = -1;
    let pointer = 0;
    let i = 0;
    let j = 0;
    // The start of each side's next span, past its end when it has none left: one comparison picks the side.
    let nextStartA = countA > 0 ? (startsA[0] as number) : Infinity;
    let nextStartB = countB > 0 ? (startsB[0] as number) : Infinity;
    for (let steps = countA + countB; steps > 0; steps--) {
      if (nextStartA <= nextStartB) {
        const index = i++;
        const start = nextStartA;
        nextStartA = i < countA ? (startsA[i] as number) : Infinity;
        const end = endsA[index] as number;
        if (start !== runStartA) {
          runStartA = start;
          runFromA = index;
        }
        if (end <= start) continue;
        const label = labelsA[index] as number;
        const at = label * STATE_FIELDS;
        for (let o = state[at + HEAD_B] as number; o >= 0; o = linksB[o] as number) {
          if ((endsB[o] as number) > start) {
            matchedB++;
            perLabel[label * LABEL_FIELDS + OVERLAP_B]!++;
          }
        }
        state[at + HEAD_B] = -1;
        if (end > (state[at + REACH_A] as number)) state[at + REACH_A] = end;
        if ((state[at + REACH_B] as number) > start) {
          matchedA++;
          perLabel[label * LABEL_FIELDS + OVERLAP_A]!++;
        } else {
          linksA[index] = state[at + HEAD_A] as number;
          state[at + HEAD_A] = index;
        }
      } else {
        const index = j++;
        const start = nextStartB;
        nextStartB = j < countB ? (startsB[j] as number) : Infinity;
        const end = endsB[index] as number;
        const label = labelsB[index] as number;
        if (start !== lastStartB) {
          lastStartB = start;
          // A's spans of this start are [runFromA, i) if A has any; else the pointer starts at the end.
          pointer = runStartA === start ? runFromA : i;
        }
        while (pointer < i && ((endsA[pointer] as number) > end || ((endsA[pointer] as number) === end && (labelsA[pointer] as number) < label))) pointer++;
        if (pointer < i && (endsA[pointer] as number) === end && labelsA[pointer] === label) {
          exact++;
          perLabel[label * LABEL_FIELDS + EXACT]!++;
          pointer++;
        }
        if (end <= start) continue;
        const at = label * STATE_FIELDS;
        for (let o = state[at + HEAD_A] as number; o >= 0; o = linksA[o] as number) {
          if ((endsA[o] as number) > start) {
            matchedA++;
            perLabel[label * LABEL_FIELDS + OVERLAP_A]!++;
          }
        }
        state[at + HEAD_A] = -1;
        if (end > (state[at + REACH_B] as number)) state[at + REACH_B] = end;
        if ((state[at + REACH_A] as number) > start) {
          matchedB++;
          perLabel[label * LABEL_FIELDS + OVERLAP_B]!++;
        } else {
          linksB[index] = state[at + HEAD_B] as number;
          state[at + HEAD_B] = index;
        }
      }
    }
    totals.exact.sizeA += countA;
    totals.exact.sizeB += countB;
    totals.exact.matchedA += exact;
    totals.exact.matchedB += exact;
    totals.overlap.sizeA += countA;
    totals.overlap.sizeB += countB;
    totals.overlap.matchedA += matchedA;
    totals.overlap.matchedB += matchedB;
  }

  return {
    tally(a, b, totals, perLabel) {
      addLabelSizes(perLabel, a, 1, 0);
      addLabelSizes(perLabel, b, 0, 1);
      tallyMatches(a, b, totals, perLabel);
    },
    tallyMatches,
    reserve(count) {
      if (state.length < STATE_FIELDS * count) state = new Int32Array(STATE_FIELDS * count);
    },
  };
}

/** Scores per label name, for the labels that have at least one span; names in code unit order. */
export function perLabelScores(perLabel: LabelSpanCounts, names: readonly string[]): Record<string, SpanScores> {
  const scores: Record<string, SpanScores> = {};
  const order = names.map((name, id) => ({ name, id })).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  for (const { name, id } of order) {
    const counts = labelSpanCounts(perLabel, id);
    if (counts.exact.sizeA + counts.exact.sizeB === 0) continue;
    // defineProperty: a label such as "__proto__" must stay an ordinary key.
    Object.defineProperty(scores, name, { value: spanScores(counts), enumerable: true, writable: true, configurable: true });
  }
  return scores;
}

/** One comparison in total and per label name (for tests and one-off use; the report tallies by id). */
export function countSpanMatches(
  a: readonly LabelledSpan[],
  b: readonly LabelledSpan[],
): SpanCounts & { perLabel: Record<string, SpanScores> } {
  const result = spanAgreementCounts([{ a, b }]);
  return { ...result.totals, perLabel: perLabelScores(result.perLabel, result.names) };
}

function spanAgreementCounts(documents: Iterable<{ a: readonly LabelledSpan[]; b: readonly LabelledSpan[] }>) {
  // For spans, a label named "O" is a label like any other (its id happens to be 0).
  const list = [...documents];
  const ids = createCategoryIds();
  const converted = list.map(({ a, b }) => ({ a: prepareSpans(a, ids), b: prepareSpans(b, ids) }));
  const totals = emptySpanCounts();
  const perLabel = createLabelSpanCounts(ids.names.length);
  const matcher = createSpanMatcher(ids.names.length);
  for (const { a, b } of converted) matcher.tally(a, b, totals, perLabel);
  return { totals, perLabel, names: ids.names };
}

/**
 * exact_f1 and overlap_f1 of two annotators, micro-averaged over documents
 * (counts summed, then divided): each item of `documents` holds A's and B's
 * spans of one document both annotated. Per label likewise.
 */
export function spanAgreement(
  documents: Iterable<{ a: readonly LabelledSpan[]; b: readonly LabelledSpan[] }>,
): SpanScores & { per_label: Record<string, SpanScores> } {
  const { totals, perLabel, names } = spanAgreementCounts(documents);
  return { ...spanScores(totals), per_label: perLabelScores(perLabel, names) };
}
