import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSpanMatches, spanAgreement } from './spanAgreement.ts';
import type { LabelledSpan } from './spanAgreement.ts';

const span = (start: number, end: number, label: string): LabelledSpan => ({ start, end, label });
const one = (a: LabelledSpan[], b: LabelledSpan[]) => spanAgreement([{ a, b }]);

describe('spanAgreement: hand-checked cases', () => {
  it('a boundary disagreement counts for overlap_f1 but not for exact_f1', () => {
    expect(one([span(0, 5, 'GPE')], [span(0, 4, 'GPE')])).toMatchObject({ exact_f1: 0, overlap_f1: 1 });
  });

  it('a label disagreement counts for neither', () => {
    const result = one([span(0, 5, 'GPE')], [span(0, 5, 'LOC')]);
    expect(result).toMatchObject({ exact_f1: 0, overlap_f1: 0 });
    expect(result.per_label).toEqual({ GPE: { exact_f1: 0, overlap_f1: 0 }, LOC: { exact_f1: 0, overlap_f1: 0 } });
  });

  it('identical spans give 1 and adjacent spans share no character', () => {
    expect(one([span(2, 6, 'PER')], [span(2, 6, 'PER')])).toMatchObject({ exact_f1: 1, overlap_f1: 1 });
    expect(one([span(0, 3, 'PER')], [span(3, 6, 'PER')])).toMatchObject({ exact_f1: 0, overlap_f1: 0 });
  });

  it('per label: each label scored on its own spans', () => {
    // A: GPE 0-5, GPE 10-14, PER 20-25. B: GPE 0-5, GPE 10-13, ORG 30-33.
    const result = one(
      [span(0, 5, 'GPE'), span(10, 14, 'GPE'), span(20, 25, 'PER')],
      [span(10, 13, 'GPE'), span(0, 5, 'GPE'), span(30, 33, 'ORG')],
    );
    // Exact: 1 match of 3 + 3 → 2/6. Overlap: A has 2 of 3 matched, B 2 of 3 → 2/3.
    expect(result.exact_f1).toBeCloseTo(1 / 3, 12);
    expect(result.overlap_f1).toBeCloseTo(2 / 3, 12);
    expect(result.per_label).toEqual({
      GPE: { exact_f1: 0.5, overlap_f1: 1 },
      ORG: { exact_f1: 0, overlap_f1: 0 },
      PER: { exact_f1: 0, overlap_f1: 0 },
    });
    expect(Object.keys(result.per_label)).toEqual(['GPE', 'ORG', 'PER']);
  });

  it('nested spans: the enclosing span and the inner one are matched separately', () => {
    // A: ORG 0-10 with GPE 0-4 inside; B: ORG 0-10 with GPE 5-8 inside.
    const result = one([span(0, 10, 'ORG'), span(0, 4, 'GPE')], [span(5, 8, 'GPE'), span(0, 10, 'ORG')]);
    expect(result).toMatchObject({ exact_f1: 0.5, overlap_f1: 0.5 });
    expect(result.per_label).toEqual({ GPE: { exact_f1: 0, overlap_f1: 0 }, ORG: { exact_f1: 1, overlap_f1: 1 } });
  });

  it('overlap: one long span against two short ones matches on both sides', () => {
    const comparison = countSpanMatches([span(0, 10, 'PER')], [span(0, 3, 'PER'), span(5, 9, 'PER')]);
    expect(comparison.overlap).toEqual({ sizeA: 1, sizeB: 2, matchedA: 1, matchedB: 2 });
    expect(one([span(0, 10, 'PER')], [span(0, 3, 'PER'), span(5, 9, 'PER')]).overlap_f1).toBe(1);
  });

  it('overlap: precision and recall differ, F1 is their harmonic mean', () => {
    // A: PER 0-4, PER 10-14; B: PER 2-12 (overlaps both), PER 20-24 (none).
    // P = 2/2, R = 1/2 → F1 = 2/3.
    expect(one([span(0, 4, 'PER'), span(10, 14, 'PER')], [span(2, 12, 'PER'), span(20, 24, 'PER')]).overlap_f1).toBeCloseTo(
      2 / 3,
      12,
    );
  });

  it('a span given twice matches one-to-one for exact_f1', () => {
    expect(one([span(0, 3, 'PER'), span(0, 3, 'PER')], [span(0, 3, 'PER')]).exact_f1).toBeCloseTo(2 / 3, 12);
  });

  it('empty spans share no character', () => {
    expect(one([span(3, 3, 'PER')], [span(0, 6, 'PER')]).overlap_f1).toBe(0);
    expect(one([span(0, 6, 'PER')], [span(3, 3, 'PER')]).overlap_f1).toBe(0);
  });

  it('nothing on either side is null (nothing to compare); nothing on one side is 0', () => {
    expect(one([], [])).toEqual({ exact_f1: null, overlap_f1: null, per_label: {} });
    expect(one([span(0, 1, 'X')], [])).toMatchObject({ exact_f1: 0, overlap_f1: 0 });
    expect(one([], [span(0, 1, 'X')])).toMatchObject({ exact_f1: 0, overlap_f1: 0 });
  });

  it('micro-averages over documents: counts are summed, not scores averaged', () => {
    const result = spanAgreement([
      { a: [span(0, 3, 'PER')], b: [span(0, 3, 'PER')] },
      { a: [span(0, 3, 'PER'), span(5, 7, 'PER'), span(9, 11, 'PER')], b: [span(20, 23, 'PER')] },
    ]);
    // 1 exact match, 4 spans in A, 2 in B: 2·1/6 (per-document mean would be 0.5).
    expect(result.exact_f1).toBeCloseTo(1 / 3, 12);
  });

  it('keeps a label named __proto__ as an ordinary key', () => {
    const result = one([span(0, 3, '__proto__')], [span(0, 3, '__proto__')]);
    expect(Object.keys(result.per_label)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(result.per_label)).toBe(Object.prototype);
  });
});

describe('spanAgreement: properties', () => {
  const spans = fc.array(
    fc
      .tuple(fc.nat(30), fc.nat(8), fc.constantFrom('PER', 'LOC', 'GPE'))
      .map(([start, length, label]) => span(start, start + length, label)),
    { maxLength: 25 },
  );

  /** The O(n·m) definition, to check the sorted sweep against. */
  function bruteOverlap(a: LabelledSpan[], b: LabelledSpan[]) {
    const hits = (x: LabelledSpan, ys: LabelledSpan[]) =>
      ys.some((y) => y.label === x.label && x.start < y.end && y.start < x.end && x.start < x.end && y.start < y.end);
    return { sizeA: a.length, sizeB: b.length, matchedA: a.filter((x) => hits(x, b)).length, matchedB: b.filter((y) => hits(y, a)).length };
  }

  it('overlap counts equal the brute-force definition, in total and per label', () => {
    fc.assert(
      fc.property(spans, spans, (a, b) => {
        const comparison = countSpanMatches(a, b);
        expect(comparison.overlap).toEqual(bruteOverlap(a, b));
        for (const label of new Set([...a, ...b].map((s) => s.label))) {
          const brute = bruteOverlap(
            a.filter((s) => s.label === label),
            b.filter((s) => s.label === label),
          );
          const precision = brute.matchedA / brute.sizeA;
          const recall = brute.matchedB / brute.sizeB;
          const f1 = brute.sizeA === 0 || brute.sizeB === 0 || precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
          expect(comparison.perLabel[label]?.overlap_f1).toBeCloseTo(f1, 12);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('exact counts equal a one-to-one multiset match, in total and per label', () => {
    // Few offsets and labels, so that equal starts and repeated spans are common.
    const crowded = fc.array(
      fc.tuple(fc.nat(6), fc.nat(3), fc.constantFrom('PER', 'LOC')).map(([start, length, label]) => span(start, start + length, label)),
      { maxLength: 12 },
    );
    const key = (x: LabelledSpan) => `${x.start}:${x.end}:${x.label}`;
    const bruteExact = (a: LabelledSpan[], b: LabelledSpan[]) => {
      const left = new Map<string, number>();
      for (const x of a) left.set(key(x), (left.get(key(x)) ?? 0) + 1);
      let matched = 0;
      for (const y of b) {
        const count = left.get(key(y)) ?? 0;
        if (count > 0) {
          matched++;
          left.set(key(y), count - 1);
        }
      }
      return { sizeA: a.length, sizeB: b.length, matchedA: matched, matchedB: matched };
    };
    fc.assert(
      fc.property(crowded, crowded, (a, b) => {
        const comparison = countSpanMatches(a, b);
        expect(comparison.exact).toEqual(bruteExact(a, b));
        for (const label of new Set([...a, ...b].map((s) => s.label))) {
          const brute = bruteExact(
            a.filter((s) => s.label === label),
            b.filter((s) => s.label === label),
          );
          const f1 = brute.sizeA + brute.sizeB === 0 ? null : (2 * brute.matchedA) / (brute.sizeA + brute.sizeB);
          expect(comparison.perLabel[label]?.exact_f1).toBe(f1);
        }
      }),
      { numRuns: 500 },
    );
  });

  const nonEmptySpans = fc.array(
    fc
      .tuple(fc.nat(30), fc.integer({ min: 1, max: 8 }), fc.constantFrom('PER', 'LOC', 'GPE'))
      .map(([start, length, label]) => span(start, start + length, label)),
    { maxLength: 25 },
  );

  it('F1 is symmetric in A and B, and overlap_f1 is never below exact_f1 (spans not empty)', () => {
    // Two identical empty spans match exactly but share no character: hence non-empty spans here.
    fc.assert(
      fc.property(nonEmptySpans, nonEmptySpans, (a, b) => {
        const ab = one(a, b);
        const ba = one(b, a);
        expect(ba.exact_f1).toBe(ab.exact_f1);
        if (ab.overlap_f1 === null) expect(ba.overlap_f1).toBeNull();
        else expect(ba.overlap_f1).toBeCloseTo(ab.overlap_f1, 12);
        if (ab.exact_f1 !== null) expect(ab.overlap_f1).toBeGreaterThanOrEqual(ab.exact_f1 - 1e-12);
      }),
    );
  });

  it('identical annotations give 1, whatever the order of the spans', () => {
    fc.assert(
      fc.property(spans, (a) => {
        fc.pre(a.length > 0);
        const result = one(a, [...a].reverse());
        expect(result.exact_f1).toBe(1);
        // An empty span overlaps nothing, not even itself: P = R = the share of non-empty spans.
        expect(result.overlap_f1).toBeCloseTo(a.filter((s) => s.end > s.start).length / a.length, 12);
      }),
    );
  });
});
