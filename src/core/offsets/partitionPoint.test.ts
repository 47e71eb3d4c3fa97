import { describe, expect, it } from 'vitest';
import { partitionPoint } from './partitionPoint.ts';

describe('partitionPoint', () => {
  it('finds the first item not before the point', () => {
    const items = [1, 3, 3, 5, 8];
    expect(partitionPoint(items, (n) => n < 3)).toBe(1);
    expect(partitionPoint(items, (n) => n <= 3)).toBe(3);
    expect(partitionPoint(items, (n) => n < 0)).toBe(0);
    expect(partitionPoint(items, (n) => n < 100)).toBe(5);
  });

  it('handles empty and typed arrays', () => {
    expect(partitionPoint([], () => true)).toBe(0);
    expect(partitionPoint(Uint32Array.of(2, 4, 6), (n) => n < 5)).toBe(2);
  });
});
