/**
 * Cohen's kappa, (p_o − p_e) / (1 − p_e), for two annotators who each gave one
 * nominal label to the same items.
 *
 * Undefined cases give `value: null` with a reason, never NaN: no items at all,
 * and p_e = 1, which happens only when both annotators used one and the same
 * category for every item (agreement is then perfect but says nothing beyond
 * chance). Kappa is 1 for identical labels over two or more categories, and can
 * be negative.
 */
/** Why kappa is undefined: no items, or p_e = 1 (one and the same category for every item). */
export type KappaUndefined = 'no-items' | 'one-category';

export interface KappaResult {
  value: number | null;
  reason: KappaUndefined | null;
  /** p_o, or null when there are no items. */
  observed: number | null;
  /** p_e, or null when there are no items. */
  expected: number | null;
  items: number;
}

/**
 * Kappa from a square confusion matrix: rows are A's categories, columns B's,
 * in the same order; cell [i][j] counts items A put in i and B in j.
 */
export function cohenKappaFromMatrix(matrix: ReadonlyArray<ArrayLike<number>>): KappaResult {
  const size = matrix.length;
  const rowTotals = new Float64Array(size);
  const columnTotals = new Float64Array(size);
  let total = 0;
  let diagonal = 0;
  for (let i = 0; i < size; i++) {
    const row = matrix[i] as ArrayLike<number>;
    if (row.length !== size) throw new RangeError(`confusion matrix row ${i} has ${row.length} cells, not ${size}`);
    for (let j = 0; j < size; j++) {
      const count = row[j] as number;
      rowTotals[i] = (rowTotals[i] as number) + count;
      columnTotals[j] = (columnTotals[j] as number) + count;
      total += count;
      if (i === j) diagonal += count;
    }
  }
  if (total === 0) {
    return { value: null, reason: 'no-items', observed: null, expected: null, items: 0 };
  }
  let chance = 0;
  for (let i = 0; i < size; i++) chance += (rowTotals[i] as number) * (columnTotals[i] as number);
  const observed = diagonal / total;
  const expected = chance / (total * total);
  // Scaled by total² so integer counts give an exact result: (N·agree − Σ r·c) / (N² − Σ r·c).
  const denominator = total * total - chance;
  if (denominator === 0) {
    return {
      value: null,
      reason: 'one-category',
      observed,
      expected,
      items: total,
    };
  }
  return { value: (total * diagonal - chance) / denominator, reason: null, observed, expected, items: total };
}

/** Kappa from paired labels: a[i] and b[i] are the two annotators' labels of item i. */
export function cohenKappa<V>(a: readonly V[], b: readonly V[]): KappaResult {
  if (a.length !== b.length) throw new RangeError(`paired labels differ in length: ${a.length} and ${b.length}`);
  const ids = new Map<V, number>();
  const idOf = (value: V): number => {
    let id = ids.get(value);
    if (id === undefined) {
      id = ids.size;
      ids.set(value, id);
    }
    return id;
  };
  const pairs = a.map((value, i) => [idOf(value), idOf(b[i] as V)] as const);
  const matrix = Array.from({ length: ids.size }, () => new Float64Array(ids.size));
  for (const [i, j] of pairs) {
    const row = matrix[i] as Float64Array;
    row[j] = (row[j] as number) + 1;
  }
  return cohenKappaFromMatrix(matrix);
}
