import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByDisagreement } from './orderByDisagreement.ts';

describe('orderByDisagreement', () => {
  it('is a stable sort by descending score, null last', () => {
    const score = fc.option(fc.constantFrom(0, -0, 0.25, 1 / 3, 0.5, 1), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.oneof(score, fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 60 }), (values) => {
        const scores = values.map((disagreement, id) => ({ id, disagreement }));
        const expected = [...scores].sort((x, y) => (y.disagreement ?? -1) - (x.disagreement ?? -1));
        expect(orderByDisagreement(scores)).toEqual(expected);
      }),
    );
  });

  it('nothing to order', () => {
    expect(orderByDisagreement([])).toEqual([]);
  });
});
