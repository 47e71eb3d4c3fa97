import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNominalAlphaTally, nominalAlphaFromReliabilityData, nominalAlphaFromUnits } from './krippendorffAlpha.ts';

const _ = null;

describe('Krippendorff alpha: published examples', () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: nominal data,
  // 4 observers × 12 units with missing values; alpha = 0.743 (= 113/152 from the coincidences,
  // whose marginals are n_1..n_5 = 9, 13, 10, 5, 3 and n = 40).
  const fourObservers = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ];

  it('4 observers × 12 units with missing data: nominal alpha 0.743 (113/152), n = 40', () => {
    const result = nominalAlphaFromReliabilityData(fourObservers);
    expect(result.value).toBeCloseTo(113 / 152, 12);
    expect(result.value?.toFixed(3)).toBe('0.743');
    expect(result.pairableValues).toBe(40);
  });

  it('the same data in any coder order, and units in any order, give the same alpha', () => {
    const reversed = [...fourObservers].reverse();
    expect(nominalAlphaFromReliabilityData(reversed).value).toBeCloseTo(113 / 152, 12);
    const shuffledUnits = fourObservers.map((row) => [...row].reverse());
    expect(nominalAlphaFromReliabilityData(shuffledUnits).value).toBeCloseTo(113 / 152, 12);
  });

  it('Krippendorff (2011), section A: binary data, 2 observers × 10 units: alpha 0.095', () => {
    const result = nominalAlphaFromReliabilityData([
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ]);
    // Coincidences o_00 = 10, o_01 = o_10 = 4, o_11 = 2; n_0 = 14, n_1 = 6: 1 − 19·4/84.
    expect(result.value).toBeCloseTo(1 - (19 * 4) / 84, 12);
    expect(result.value?.toFixed(3)).toBe('0.095');
  });

  it('Wikipedia, "Krippendorff\'s alpha", computational example: 3 coders × 15 units, nominal alpha 0.691', () => {
    // The same data and value (0.691358) are in the tests of the Python package fast-krippendorff.
    const result = nominalAlphaFromReliabilityData([
      [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
      [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
      [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
    ]);
    expect(result.value).toBeCloseTo(0.691358, 6);
  });

  it('string categories work like numbers (fast-krippendorff string-label test: 0.722222)', () => {
    const result = nominalAlphaFromReliabilityData([
      ['pos', 'neg', 'neu', _],
      ['pos', 'neg', 'neu', 'pos'],
      ['pos', 'neg', 'pos', 'pos'],
    ]);
    expect(result.value).toBeCloseTo(0.722222, 6);
  });
});

describe('Krippendorff alpha: definitions', () => {
  it('is 1 for perfect agreement over two or more categories', () => {
    expect(nominalAlphaFromUnits([[1, 1, 1], [2, 2], [3, 3, 3, 3]]).value).toBe(1);
  });

  it('is null with a reason when no unit has two values, or when there is no variation', () => {
    const lonely = nominalAlphaFromUnits([[1, _], [_, 2], []]);
    expect(lonely).toMatchObject({ value: null, pairableValues: 0 });
    expect(lonely.reason).toBe('no-pairable-units');
    const flat = nominalAlphaFromUnits([['O', 'O'], ['O', 'O', 'O']]);
    expect(flat).toMatchObject({ value: null, pairableValues: 5 });
    expect(flat.reason).toBe('no-variation');
  });

  it('ignores units with a single value, as the coincidence method does', () => {
    const base = nominalAlphaFromUnits([[1, 1], [2, 1], [2, 2]]).value;
    expect(nominalAlphaFromUnits([[1, 1], [2, 1], [2, 2], [5], [_, 7]]).value).toBe(base);
  });

  it('the tally gives the same result as the helpers', () => {
    const tally = createNominalAlphaTally();
    for (const unit of [[0, 0], [1, 0], [1, 1, 1]]) tally.addUnit(unit);
    expect(tally.result()).toEqual(nominalAlphaFromUnits([['a', 'a'], ['b', 'a'], ['b', 'b', 'b']]));
  });
});

describe('Krippendorff alpha: properties', () => {
  const matrix = fc
    .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 20 }))
    .chain(([coders, units]) =>
      fc.array(fc.array(fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }), { minLength: units, maxLength: units }), {
        minLength: coders,
        maxLength: coders,
      }),
    );

  it('is symmetric in coder order', () => {
    fc.assert(
      fc.property(matrix, fc.nat(), (rows, seed) => {
        const rotated = rows.map((_, i) => rows[(i + seed) % rows.length] as (string | null)[]);
        const a = nominalAlphaFromReliabilityData(rows).value;
        const b = nominalAlphaFromReliabilityData(rotated).value;
        if (a === null) expect(b).toBeNull();
        else expect(b).toBeCloseTo(a, 10);
      }),
    );
  });

  it('is never above 1', () => {
    fc.assert(
      fc.property(matrix, (rows) => {
        const value = nominalAlphaFromReliabilityData(rows).value;
        if (value !== null) expect(value).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});
