/**
 * The documents' scores, the most disagreed first, equal scores in the order
 * given, null (no score) last: what a stable sort by descending score gives.
 * A counting sort over the distinct scores instead of a comparison sort: a
 * corpus has many documents and, its scores being ratios of small counts, few
 * distinct scores, and this runs once per report over every document.
 */
export function orderByDisagreement<T extends { disagreement: number | null }>(scores: readonly T[]): T[] {
  const n = scores.length;
  // Scores are in [0, 1]; −1 stands for null, below all of them.
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (scores[i] as T).disagreement ?? -1;
  const distinct = keys.slice().sort();
  let size = 0;
  for (let i = 0; i < n; i++) if (size === 0 || distinct[size - 1] !== distinct[i]) distinct[size++] = distinct[i] as number;
  // Each score's rank among the distinct ones, highest first, then where each rank starts.
  const ranks = new Int32Array(n);
  const starts = new Int32Array(size + 1);
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((distinct[mid] as number) < key) low = mid + 1;
      else high = mid;
    }
    const rank = size - 1 - low;
    ranks[i] = rank;
    starts[rank + 1]!++;
  }
  for (let rank = 0; rank < size; rank++) starts[rank + 1]! += starts[rank] as number;
  const ordered = new Array<T>(n);
  for (let i = 0; i < n; i++) ordered[starts[ranks[i] as number]!++] = scores[i] as T;
  return ordered;
}
