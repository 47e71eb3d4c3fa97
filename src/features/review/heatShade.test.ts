import { describe, expect, it } from 'vitest';
import { heatShade, largestCount } from './heatShade.ts';

describe('heat map shading', () => {
  it('leaves the O/O cell out of the largest count', () => {
    expect(largestCount([[900, 3], [4, 16]])).toBe(16);
    expect(largestCount([[900]])).toBe(0);
  });

  it('shades by the square root of the share, capped at 1', () => {
    expect(heatShade(4, 16)).toBe(0.5);
    expect(heatShade(16, 16)).toBe(1);
    expect(heatShade(900, 16)).toBe(1);
    expect(heatShade(0, 16)).toBe(0);
    expect(heatShade(3, 0)).toBe(0);
  });
});
