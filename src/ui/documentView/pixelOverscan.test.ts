import { describe, expect, it } from 'vitest';
import { pixelOverscan } from './pixelOverscan.ts';

const sizes = [60, 60, 300, 60, 60, 60, 60, 60, 200, 60];
const sizeOf = (i: number) => sizes[i]!;

describe('pixelOverscan', () => {
  it('adds blocks on each side until they cover the pixels', () => {
    // Visible 4..5; above, 3 (60) then 2 (300) reach 150; below, 6, 7 and 8 (60 + 60 + 200).
    expect(pixelOverscan({ startIndex: 4, endIndex: 5, count: 10 }, sizeOf, 150)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('stops at the ends of the list', () => {
    expect(pixelOverscan({ startIndex: 0, endIndex: 1, count: 10 }, sizeOf, 100)).toEqual([0, 1, 2]);
    expect(pixelOverscan({ startIndex: 8, endIndex: 9, count: 10 }, sizeOf, 100)).toEqual([6, 7, 8, 9]);
    expect(pixelOverscan({ startIndex: 0, endIndex: 9, count: 10 }, sizeOf, 1000)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('renders only the visible blocks for no overscan', () => {
    expect(pixelOverscan({ startIndex: 3, endIndex: 4, count: 10 }, sizeOf, 0)).toEqual([3, 4]);
  });
});
