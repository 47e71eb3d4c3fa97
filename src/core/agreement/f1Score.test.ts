import { describe, expect, it } from 'vitest';
import { countCommonSorted, f1Score } from './f1Score.ts';

describe('f1Score', () => {
  it('is the harmonic mean of precision and recall', () => {
    // P = 2/4, R = 3/3: 2·0.5·1 / 1.5.
    expect(f1Score({ sizeA: 4, sizeB: 3, matchedA: 2, matchedB: 3 })).toBeCloseTo(2 / 3, 12);
    expect(f1Score({ sizeA: 3, sizeB: 5, matchedA: 2, matchedB: 2 })).toBe(0.5);
  });

  it('null when neither side has an item, 0 when only one side has', () => {
    expect(f1Score({ sizeA: 0, sizeB: 0, matchedA: 0, matchedB: 0 })).toBeNull();
    expect(f1Score({ sizeA: 2, sizeB: 0, matchedA: 0, matchedB: 0 })).toBe(0);
    expect(f1Score({ sizeA: 0, sizeB: 2, matchedA: 0, matchedB: 0 })).toBe(0);
    expect(f1Score({ sizeA: 2, sizeB: 2, matchedA: 0, matchedB: 0 })).toBe(0);
  });

  it('counts a multiset intersection of sorted keys', () => {
    expect(countCommonSorted(['a', 'a', 'b', 'c'], ['a', 'b', 'b', 'd'])).toBe(2);
  });
});
