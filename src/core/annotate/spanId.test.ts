import { describe, expect, it } from 'vitest';
import { newSpanId } from './spanId.ts';

describe('newSpanId', () => {
  it('starts at e1', () => {
    expect(newSpanId([])).toBe('e1');
  });

  it('goes one past the highest numbered id, gaps left alone', () => {
    expect(newSpanId(['e1', 'e2'])).toBe('e3');
    expect(newSpanId(['e7', 'e2'])).toBe('e8');
  });

  it('ignores ids of other shapes and never returns a taken id', () => {
    expect(newSpanId(['x', 'E5', 'e', 'e01', 'span-9'])).toBe('e2');
    expect(newSpanId(['e1000000000000000', 'e999999999999999'])).toBe('e1000000000000001');
  });

  it('accepts any iterable', () => {
    expect(newSpanId(new Set(['e4']))).toBe('e5');
  });
});
