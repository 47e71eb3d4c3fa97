import { describe, expect, it } from 'vitest';
import { HEAT_COLOR, heatShade, largestCount, LIGHT_TEXT_FROM_SHADE } from './heatShade.ts';

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

  it('writes every shade\'s figure at WCAG AA contrast: black below LIGHT_TEXT_FROM_SHADE, white from it', () => {
    const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const heat = channels(HEAT_COLOR);
    for (let step = 0; step <= 100; step++) {
      const shade = step / 100;
      // color-mix(in srgb, heat shade%, white), as the cell's style draws it.
      const background = luminance(heat.map((c) => Math.round(shade * c + (1 - shade) * 255)));
      const text = shade >= LIGHT_TEXT_FROM_SHADE ? 1 : 0;
      expect(contrast(background, text), `shade ${shade}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
