import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENTITY_LABELS } from '../../core/schema/defaultEntityLabels.ts';
import { DEFAULT_STANCE_LABELS } from '../../core/schema/defaultStanceLabels.ts';
import { contrastRatio, over, parseHex, toHex } from './colorMath.ts';
import { DARK_INK, DARK_SURFACE, darkLine, darkTint, darkTintAlpha, LINE_CONTRAST, MAX_TINT_ALPHA, TINT_CONTRAST } from './darkLabelColors.ts';

const ink = parseHex(DARK_INK);
const surface = parseHex(DARK_SURFACE);
const anyColor = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map((rgb) => toHex(rgb));
const defaults = [...DEFAULT_ENTITY_LABELS, ...DEFAULT_STANCE_LABELS].map((label) => label.color);
const tintOf = (color: string, alpha: number) => over(parseHex(color), alpha / 255, surface);

describe('dark highlight colours, derived from the label colour', () => {
  it('keeps the ink above AA on every default label\'s tint, and the tint strong enough to see', () => {
    for (const color of defaults) {
      const alpha = darkTintAlpha(color);
      expect(contrastRatio(ink, tintOf(color, alpha)), color).toBeGreaterThanOrEqual(TINT_CONTRAST);
      expect(alpha, color).toBeGreaterThanOrEqual(0.2 * 255);
    }
    expect(TINT_CONTRAST).toBeGreaterThan(4.5);
  });

  it('gives any colour the strongest tint that keeps the ink at TINT_CONTRAST', () => {
    fc.assert(fc.property(anyColor, (color) => {
      const alpha = darkTintAlpha(color);
      expect(alpha).toBeLessThanOrEqual(MAX_TINT_ALPHA);
      expect(contrastRatio(ink, tintOf(color, alpha))).toBeGreaterThanOrEqual(TINT_CONTRAST);
      if (alpha < MAX_TINT_ALPHA) expect(contrastRatio(ink, tintOf(color, alpha + 1))).toBeLessThan(TINT_CONTRAST);
      expect(darkTint(color)).toBe(toHex(tintOf(color, alpha)));
    }), { numRuns: 2000 });
  });

  it('draws a nested span\'s underline at 3:1 on the surface, in the label\'s own colour when it already shows', () => {
    fc.assert(fc.property(anyColor, (color) => {
      expect(contrastRatio(parseHex(darkLine(color)), surface)).toBeGreaterThanOrEqual(LINE_CONTRAST);
      if (contrastRatio(parseHex(color), surface) >= LINE_CONTRAST) expect(darkLine(color)).toBe(color);
    }), { numRuns: 2000 });
    expect(darkLine('#1a237e')).not.toBe('#1a237e');
  });
});
