import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENTITY_LABELS } from '../../core/schema/defaultEntityLabels.ts';
import { contrastRatio, over, parseHex, toHex, type Rgb } from '../theme/colorMath.ts';
import { DARK_INK, DARK_SURFACE, darkTint, LINE_CONTRAST } from '../theme/darkLabelColors.ts';
import { DARK_MARKS, highlightStyleSheet } from './highlightStyles.ts';

const ink = parseHex(DARK_INK);
const surface = parseHex(DARK_SURFACE);
const anyColor = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map((rgb) => toHex(rgb));
/** A #rrggbbaa background laid over an opaque colour. */
const layer = (background: string, under: Rgb) => over(parseHex(background), parseInt(background.slice(7), 16) / 255, under);

describe('highlight style sheet', () => {
  const sheet = highlightStyleSheet('tw', [{ index: 0, color: '#e8575a' }, { index: 1, color: '#ffd54f' }]);

  it('paints the light theme as before: the label colour at 35%, nested spans at 15% with underlines', () => {
    expect(sheet).toContain('::highlight(tw-l0-d0) { background-color: #e8575a59; }');
    expect(sheet).toContain('::highlight(tw-l1-d2) { background-color: #ffd54f26; text-decoration: underline double #ffd54f; text-decoration-thickness: 2px; }');
  });

  it('paints the dark theme under its root attribute: a tint per label, nested spans by underline alone', () => {
    expect(sheet).toMatch(/:root\[data-theme='dark'\] ::highlight\(tw-l1-d0\) \{ background-color: #ffd54f[0-9a-f]{2}; \}/);
    expect(sheet).toContain(":root[data-theme='dark'] ::highlight(tw-l1-d1) { background-color: transparent; text-decoration-color: #ffd54f; }");
    expect(sheet).toContain(":root[data-theme='dark'] ::highlight(tw-found) { background-color: #ffd54f20;");
  });

  it('keeps the text at AA in the dark theme under every mark laid over any label\'s tint', () => {
    const check = (color: string) => {
      const tint = parseHex(darkTint(color));
      for (const [name, mark] of Object.entries(DARK_MARKS)) {
        if (mark.background) expect(contrastRatio(ink, layer(mark.background, tint)), `${name} over ${color}`).toBeGreaterThanOrEqual(4.5);
      }
    };
    for (const label of DEFAULT_ENTITY_LABELS) check(label.color);
    // On a find match the caret is the match: it adds a line, no second background.
    expect(DARK_MARKS.caret.background).toBeUndefined();
    fc.assert(fc.property(anyColor, check), { numRuns: 3000 });
  });

  it('draws every dark mark\'s line at 3:1 on the surface', () => {
    for (const [name, mark] of Object.entries(DARK_MARKS)) {
      if (mark.line) expect(contrastRatio(parseHex(mark.line.slice(-7)), surface), name).toBeGreaterThanOrEqual(LINE_CONTRAST);
    }
  });
});
