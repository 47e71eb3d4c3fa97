import { describe, expect, it } from 'vitest';
import { countOf } from './countOf.ts';

describe('countOf', () => {
  it('puts the noun in the singular for one only', () => {
    expect([0, 1, 2].map((n) => countOf(n, 'problem'))).toEqual(['0 problems', '1 problem', '2 problems']);
  });
});
