/**
 * How many items each side has and how many of them found a partner on the
 * other side. For exact matching both matched counts are the same number; for
 * overlap matching they can differ (one long span may overlap two short ones).
 */
export interface MatchCounts {
  sizeA: number;
  sizeB: number;
  /** A's items with a partner in B: precision = matchedA / sizeA. */
  matchedA: number;
  /** B's items with a partner in A: recall = matchedB / sizeB. */
  matchedB: number;
}

export function emptyMatchCounts(): MatchCounts {
  return { sizeA: 0, sizeB: 0, matchedA: 0, matchedB: 0 };
}

/** Adds `from` into `into` (micro-averaging is summing counts before dividing). */
export function addMatchCounts(into: MatchCounts, from: MatchCounts): void {
  into.sizeA += from.sizeA;
  into.sizeB += from.sizeB;
  into.matchedA += from.matchedA;
  into.matchedB += from.matchedB;
}

/**
 * Harmonic mean of precision and recall. Null when neither side has an item
 * (nothing to compare); 0 when only one side has items, since then nothing of
 * it is matched. Symmetric: swapping A and B swaps precision and recall.
 */
export function f1Score(counts: MatchCounts): number | null {
  const { sizeA, sizeB, matchedA, matchedB } = counts;
  if (sizeA === 0 && sizeB === 0) return null;
  if (sizeA === 0 || sizeB === 0) return 0;
  const precision = matchedA / sizeA;
  const recall = matchedB / sizeB;
  if (precision + recall === 0) return 0;
  // Exact matching (matchedA = matchedB = tp) reduces to 2tp / (sizeA + sizeB), computed so to avoid rounding.
  if (matchedA === matchedB) return (2 * matchedA) / (sizeA + sizeB);
  return (2 * precision * recall) / (precision + recall);
}

/** Size of the multiset intersection of two sorted lists of keys. */
export function countCommonSorted(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}

/** Exact-match counts of two sorted key lists. */
export function exactMatchCounts(a: readonly string[], b: readonly string[]): MatchCounts {
  const common = countCommonSorted(a, b);
  return { sizeA: a.length, sizeB: b.length, matchedA: common, matchedB: common };
}
