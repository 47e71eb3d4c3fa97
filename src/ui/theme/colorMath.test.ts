import { describe, expect, it } from 'vitest';
import { contrastRatio, over, parseHex, toHex } from './colorMath.ts';

describe('colour maths', () => {
  it('reads and writes #rrggbb', () => {
    expect(parseHex('#0f5cFF')).toEqual([15, 92, 255]);
    expect(toHex([15, 92, 255])).toBe('#0f5cff');
  });

  it('composites a translucent colour over an opaque one', () => {
    expect(over([255, 0, 0], 0.5, [0, 0, 255])).toEqual([128, 0, 128]);
    expect(over([10, 20, 30], 0, [1, 2, 3])).toEqual([1, 2, 3]);
  });

  it('gives the WCAG contrast ratios', () => {
    expect(contrastRatio(parseHex('#000000'), parseHex('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex('#777777'), parseHex('#ffffff'))).toBeCloseTo(4.48, 2);
    expect(contrastRatio(parseHex('#ffffff'), parseHex('#777777'))).toBe(contrastRatio(parseHex('#777777'), parseHex('#ffffff')));
  });
});
