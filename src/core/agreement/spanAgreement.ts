import { createCategoryIds } from './categoryIds.ts';
import { addMatchCounts, emptyMatchCounts, f1Score } from './f1Score.ts';
import type { MatchCounts } from './f1Score.ts';
import { comparePrepared } from './preparedEntities.ts';

/** What span agreement looks at; an EntitySpan fits. Offsets are UTF-16, end exclusive. */
export interface LabelledSpan {
  start: number;
  end: number;
  label: string;
}

/** A span with its label as a small integer id (see CategoryIds); a PreparedEntity fits. */
export interface IdSpan {
  start: number;
  end: number;
  label: number;
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

export function addSpanCounts(into: SpanCounts, from: SpanCounts): void {
  addMatchCounts(into.exact, from.exact);
  addMatchCounts(into.overlap, from.overlap);
}

export function spanScores(counts: SpanCounts): SpanScores {
  return { exact_f1: f1Score(counts.exact), overlap_f1: f1Score(counts.overlap) };
}

/**
 * Compares two annotators' spans of one document. Exact: same start, end and
 * label, one-to-one (a span given twice matches twice only if the other side
 * has it twice too). Overlap: an A span is matched when some B span of its label
 * shares a character with it, and the other way round; empty spans share none.
 */
export interface SpanMatcher {
  /**
   * Adds the counts of A against B to `totals`, and to perLabel[label id] when
   * given. Both lists must be sorted by comparePrepared (start, end, label id).
   * Cost: linear in the spans, plus the label count.
   */
  tally(a: readonly IdSpan[], b: readonly IdSpan[], totals: SpanCounts, perLabel?: readonly SpanCounts[]): void;
}

/** A matcher for label ids below `labelCount`, with scratch space reused from one call to the next. */
export function createSpanMatcher(labelCount: number): SpanMatcher {
  // Per side and label: the largest end among the non-empty spans started so far, and the spans
  // not matched yet that a later span of the other side may still overlap.
  const reachA = new Float64Array(labelCount);
  const reachB = new Float64Array(labelCount);
  const openA: IdSpan[][] = Array.from({ length: labelCount }, () => []);
  const openB: IdSpan[][] = Array.from({ length: labelCount }, () => []);
  // How many entries of openA[label] / openB[label] are in use: resetting a count is cheaper than truncating a list.
  const openCountA = new Int32Array(labelCount);
  const openCountB = new Int32Array(labelCount);

  /**
   * Overlap in one merged pass by start. A span x is matched by a y of the other
   * side with y.start ≤ x.start and y.end > x.start (checked when x arrives, from
   * the reach of that side), or by a y with x.start ≤ y.start < x.end (checked when
   * y arrives: x is then in the open list, and every open span of y's label either
   * ends after y.start, so is matched, or ends before, so never will be).
   */
  function tallyOverlap(a: readonly IdSpan[], b: readonly IdSpan[], totals: SpanCounts, perLabel: readonly SpanCounts[] | undefined) {
    // Reset only the labels these lists use: a document has a few of the schema's labels.
    for (let k = 0; k < a.length; k++) {
      const label = (a[k] as IdSpan).label;
      reachA[label] = -1;
      reachB[label] = -1;
      openCountA[label] = 0;
      openCountB[label] = 0;
    }
    for (let k = 0; k < b.length; k++) {
      const label = (b[k] as IdSpan).label;
      reachA[label] = -1;
      reachB[label] = -1;
      openCountA[label] = 0;
      openCountB[label] = 0;
    }
    let matchedA = 0;
    let matchedB = 0;
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && (a[i] as IdSpan).start <= (b[j] as IdSpan).start)) {
        const span = a[i++] as IdSpan;
        const { start, end, label } = span;
        if (end <= start) continue;
        const open = openB[label] as IdSpan[];
        for (let o = 0, count = openCountB[label] as number; o < count; o++) {
          if ((open[o] as IdSpan).end > start) {
            matchedB++;
            if (perLabel !== undefined) (perLabel[label] as SpanCounts).overlap.matchedB++;
          }
        }
        openCountB[label] = 0;
        if (end > (reachA[label] as number)) reachA[label] = end;
        if ((reachB[label] as number) > start) {
          matchedA++;
          if (perLabel !== undefined) (perLabel[label] as SpanCounts).overlap.matchedA++;
        } else {
          const count = openCountA[label] as number;
          (openA[label] as IdSpan[])[count] = span;
          openCountA[label] = count + 1;
        }
      } else {
        const span = b[j++] as IdSpan;
        const { start, end, label } = span;
        if (end <= start) continue;
        const open = openA[label] as IdSpan[];
        for (let o = 0, count = openCountA[label] as number; o < count; o++) {
          if ((open[o] as IdSpan).end > start) {
            matchedA++;
            if (perLabel !== undefined) (perLabel[label] as SpanCounts).overlap.matchedA++;
          }
        }
        openCountA[label] = 0;
        if (end > (reachB[label] as number)) reachB[label] = end;
        if ((reachA[label] as number) > start) {
          matchedB++;
          if (perLabel !== undefined) (perLabel[label] as SpanCounts).overlap.matchedB++;
        } else {
          const count = openCountB[label] as number;
          (openB[label] as IdSpan[])[count] = span;
          openCountB[label] = count + 1;
        }
      }
    }
    totals.overlap.matchedA += matchedA;
    totals.overlap.matchedB += matchedB;
  }

  return {
    tally(a, b, totals, perLabel) {
      if (perLabel !== undefined) {
        for (const span of a) {
          const counts = perLabel[span.label] as SpanCounts;
          counts.exact.sizeA++;
          counts.overlap.sizeA++;
        }
        for (const span of b) {
          const counts = perLabel[span.label] as SpanCounts;
          counts.exact.sizeB++;
          counts.overlap.sizeB++;
        }
      }
      let exact = 0;
      for (let i = 0, j = 0; i < a.length && j < b.length; ) {
        const order = comparePrepared(a[i] as IdSpan, b[j] as IdSpan);
        if (order === 0) {
          exact++;
          if (perLabel !== undefined) {
            const counts = perLabel[(a[i] as IdSpan).label] as SpanCounts;
            counts.exact.matchedA++;
            counts.exact.matchedB++;
          }
          i++;
          j++;
        } else if (order < 0) i++;
        else j++;
      }
      if (a.length > 0 && b.length > 0) {
        tallyOverlap(a, b, totals, perLabel);
      }
      totals.exact.sizeA += a.length;
      totals.exact.sizeB += b.length;
      totals.exact.matchedA += exact;
      totals.exact.matchedB += exact;
      totals.overlap.sizeA += a.length;
      totals.overlap.sizeB += b.length;
    },
  };
}

/** Scores per label name, for the labels that have at least one span; names in code unit order. */
export function perLabelScores(perLabel: readonly SpanCounts[], names: readonly string[]): Record<string, SpanScores> {
  const scores: Record<string, SpanScores> = {};
  const order = names.map((name, id) => ({ name, id })).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  for (const { name, id } of order) {
    const counts = perLabel[id];
    if (counts === undefined || counts.exact.sizeA + counts.exact.sizeB === 0) continue;
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
  const toIds = (spans: readonly LabelledSpan[]) =>
    spans.map((span) => ({ start: span.start, end: span.end, label: ids.idOf(span.label) })).sort(comparePrepared);
  const converted = list.map(({ a, b }) => ({ a: toIds(a), b: toIds(b) }));
  const totals = emptySpanCounts();
  const perLabel = ids.names.map(() => emptySpanCounts());
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
