import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohenKappa, cohenKappaFromMatrix } from './cohenKappa.ts';

/** Paired labels from a 2×2 table [[yy, yn], [ny, nn]] (rows A, columns B). */
function pairsFromTable([[yy, yn], [ny, nn]]: [[number, number], [number, number]]) {
  const a: string[] = [];
  const b: string[] = [];
  const push = (count: number, x: string, y: string) => {
    for (let i = 0; i < count; i++) {
      a.push(x);
      b.push(y);
    }
  };
  push(yy, 'Yes', 'Yes');
  push(yn, 'Yes', 'No');
  push(ny, 'No', 'Yes');
  push(nn, 'No', 'No');
  return { a, b };
}

describe('cohenKappa: published worked examples', () => {
  it('Wikipedia, "Cohen\'s kappa", simple example: 50 proposals, 20/5/10/15 gives p_o 0.7, p_e 0.5, kappa 0.4', () => {
    const fromMatrix = cohenKappaFromMatrix([
      [20, 5],
      [10, 15],
    ]);
    expect(fromMatrix.value).toBe(0.4);
    expect(fromMatrix.observed).toBeCloseTo(0.7, 12);
    expect(fromMatrix.expected).toBeCloseTo(0.5, 12);
    expect(fromMatrix.items).toBe(50);
    const { a, b } = pairsFromTable([
      [20, 5],
      [10, 15],
    ]);
    expect(cohenKappa(a, b).value).toBe(0.4);
  });

  it('Wikipedia, same percentages but different numbers: 45/15/25/15 gives 0.1304 and 25/35/5/35 gives 0.2593', () => {
    expect(cohenKappaFromMatrix([[45, 15], [25, 15]]).value).toBeCloseTo(0.1304, 4);
    expect(cohenKappaFromMatrix([[25, 35], [5, 35]]).value).toBeCloseTo(0.2593, 4);
  });

  it('easycalculation.com worked example: 20 patients, 12/2/4/2 gives Pr(a) 0.7, Pr(e) 0.62, kappa 0.21', () => {
    const result = cohenKappaFromMatrix([[12, 2], [4, 2]]);
    expect(result.observed).toBeCloseTo(0.7, 12);
    expect(result.expected).toBeCloseTo(0.62, 12);
    expect(result.value).toBeCloseTo(0.08 / 0.38, 12);
    expect(result.value?.toFixed(2)).toBe('0.21');
  });
});

describe('cohenKappa: definitions', () => {
  it('is 1 for identical labels over two or more categories, and -1 for a perfect swap', () => {
    expect(cohenKappa(['a', 'b', 'c', 'a'], ['a', 'b', 'c', 'a']).value).toBe(1);
    expect(cohenKappa(['x', 'y', 'x', 'y'], ['y', 'x', 'y', 'x']).value).toBe(-1);
  });

  it('is null with a reason when there is nothing to compare or only one category', () => {
    const empty = cohenKappa([], []);
    expect(empty).toMatchObject({ value: null, items: 0, observed: null });
    expect(empty.reason).toBe('no-items');
    const single = cohenKappa(['O', 'O', 'O'], ['O', 'O', 'O']);
    expect(single).toMatchObject({ value: null, observed: 1, expected: 1, items: 3 });
    expect(single.reason).toBe('one-category');
  });

  it('is defined (0) when one annotator uses one category and the other two', () => {
    expect(cohenKappa(['O', 'O', 'O', 'O'], ['O', 'O', 'GPE', 'O']).value).toBe(0);
  });

  it('rejects labels of different lengths and ragged matrices', () => {
    expect(() => cohenKappa(['a'], [])).toThrow(RangeError);
    expect(() => cohenKappaFromMatrix([[1, 2], [3]])).toThrow(RangeError);
  });
});

describe('cohenKappa: properties', () => {
  const labels = fc.array(fc.constantFrom('PER', 'LOC', 'ORG', 'O'), { minLength: 1, maxLength: 60 });
  const pairs = fc
    .array(fc.tuple(fc.constantFrom('PER', 'LOC', 'ORG', 'O'), fc.constantFrom('PER', 'LOC', 'ORG', 'O')), {
      minLength: 1,
      maxLength: 60,
    })
    .map((items) => ({ a: items.map(([x]) => x), b: items.map(([, y]) => y) }));

  it('identical annotations give 1 whenever more than one category is used', () => {
    fc.assert(
      fc.property(labels, (a) => {
        const result = cohenKappa(a, [...a]);
        if (new Set(a).size > 1) expect(result.value).toBe(1);
        else expect(result.value).toBeNull();
      }),
    );
  });

  it('is symmetric in the two annotators and never above 1', () => {
    fc.assert(
      fc.property(pairs, ({ a, b }) => {
        const ab = cohenKappa(a, b).value;
        const ba = cohenKappa(b, a).value;
        if (ab === null) expect(ba).toBeNull();
        else {
          expect(ba).toBeCloseTo(ab, 12);
          expect(ab).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
