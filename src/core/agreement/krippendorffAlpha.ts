/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values
 * allowed, by the coincidence-matrix method of Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability":
 *
 *   alpha = 1 − D_o / D_e = 1 − (n − 1) · (n − Σ_c o_cc) / (n² − Σ_c n_c²)
 *
 * where a unit coded by m_u ≥ 2 coders adds 1 / (m_u − 1) to o_ck for each
 * ordered pair of its values from different coders, n_c = Σ_k o_ck and n = Σ_c n_c
 * (the pairable values). Units with fewer than two values are not pairable.
 *
 * Undefined cases give `value: null` with a reason, never NaN: no unit coded by
 * two coders, and every pairable value in one category (D_e = 0: no variation).
 */
/** Why alpha is undefined: no unit coded by two coders, or every pairable value in one category. */
export type AlphaUndefined = 'no-pairable-units' | 'no-variation';

export interface AlphaResult {
  value: number | null;
  reason: AlphaUndefined | null;
  /** n: the values in units that at least two coders coded. */
  pairableValues: number;
}

/** Accumulates units one at a time, so large data need no coders × units matrix. */
export interface NominalAlphaTally {
  /**
   * One unit's values, one per coder who coded it, as category ids ≥ 0 (missing
   * values left out); `times` adds that many units with the same values at once.
   */
  addUnit(values: ArrayLike<number>, times?: number): void;
  /**
   * The same sums as addUnit, for data whose units all have the same coders, so
   * they can be added in bulk: `count` pairable values of `category` ...
   */
  addValues(category: number, count: number): void;
  /** ... and `orderedPairs` ordered pairs of equal values from different coders, within units coded by `coders` coders. */
  addMatchingPairs(orderedPairs: number, coders: number): void;
  result(): AlphaResult;
}

export function createNominalAlphaTally(): NominalAlphaTally {
  let pairable = 0;
  let agreeing = 0;
  const marginals: number[] = [];
  return {
    addUnit(values, times = 1) {
      const m = values.length;
      if (m < 2 || times <= 0) return;
      pairable += m * times;
      let sameOrderedPairs = 0;
      for (let i = 0; i < m; i++) {
        const value = values[i] as number;
        marginals[value] = (marginals[value] ?? 0) + times;
        for (let j = i + 1; j < m; j++) if (values[j] === value) sameOrderedPairs += 2;
      }
      agreeing += (sameOrderedPairs * times) / (m - 1);
    },
    addValues(category, count) {
      pairable += count;
      marginals[category] = (marginals[category] ?? 0) + count;
    },
    addMatchingPairs(orderedPairs, coders) {
      if (coders >= 2) agreeing += orderedPairs / (coders - 1);
    },
    result() {
      if (pairable === 0) {
        return { value: null, reason: 'no-pairable-units', pairableValues: 0 };
      }
      let squares = 0;
      for (const count of marginals) if (count !== undefined) squares += count * count;
      const expected = pairable * pairable - squares;
      if (expected === 0) {
        return { value: null, reason: 'no-variation', pairableValues: pairable };
      }
      return { value: 1 - ((pairable - 1) * (pairable - agreeing)) / expected, reason: null, pairableValues: pairable };
    },
  };
}

/** Alpha from units, each listing its values; null and undefined stand for missing values. */
export function nominalAlphaFromUnits<V>(units: Iterable<ReadonlyArray<V | null | undefined>>): AlphaResult {
  const ids = new Map<V, number>();
  const tally = createNominalAlphaTally();
  const buffer: number[] = [];
  for (const unit of units) {
    buffer.length = 0;
    for (const value of unit) {
      if (value === null || value === undefined) continue;
      let id = ids.get(value);
      if (id === undefined) {
        id = ids.size;
        ids.set(value, id);
      }
      buffer.push(id);
    }
    tally.addUnit(buffer);
  }
  return tally.result();
}

/**
 * Alpha from reliability data laid out as in Krippendorff's papers: one row per
 * coder, one column per unit, null or undefined where a coder did not code a unit.
 */
export function nominalAlphaFromReliabilityData<V>(rows: ReadonlyArray<ReadonlyArray<V | null | undefined>>): AlphaResult {
  const unitCount = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const units = Array.from({ length: unitCount }, (_, u) => rows.map((row) => row[u]));
  return nominalAlphaFromUnits(units);
}
