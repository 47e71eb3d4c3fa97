import { describe, expect, it } from 'vitest';
import { contrastRatio, over, parseHex } from '../../ui/theme/colorMath.ts';
import { themeColors } from '../../ui/theme/themeColors.ts';
import type { Theme } from '../../ui/theme/themeChoice.ts';
import { heatShade, largestCount, STRONG_INK_FROM_SHADE } from './heatShade.ts';

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

  for (const theme of ['light', 'dark'] as Theme[]) {
    it(`writes every shade's figure at WCAG AA contrast in the ${theme} theme: --heat-ink below STRONG_INK_FROM_SHADE, --heat-ink-strong from it`, () => {
      const colors = themeColors(theme);
      const [heat, base, ink, strongInk] = ['--heat', '--heat-base', '--heat-ink', '--heat-ink-strong'].map((name) => parseHex(colors[name]!));
      for (let step = 0; step <= 100; step++) {
        const shade = step / 100;
        // color-mix(in srgb, var(--heat) shade%, var(--heat-base)), as the cell's style draws it.
        const background = over(heat!, shade, base!);
        const text = shade >= STRONG_INK_FROM_SHADE ? strongInk! : ink!;
        expect(contrastRatio(background, text), `shade ${shade}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
