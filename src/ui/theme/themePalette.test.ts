import { describe, expect, it } from 'vitest';
import { contrastRatio, over, parseHex } from './colorMath.ts';
import { DARK_INK, DARK_SURFACE } from './darkLabelColors.ts';
import { themeColors } from './themeColors.ts';
import type { Theme } from './themeChoice.ts';

/** Text and what it is written on, as the style sheets pair them. */
const TEXT: [string, string][] = [
  ['--ink', '--bg'], ['--ink', '--surface'], ['--ink', '--raised'], ['--ink', '--argument-bg'], ['--ink', '--accent-soft'],
  ['--ink', '--danger-soft'], ['--ink', '--warn-soft'], ['--ink', '--gold-soft'],
  ['--ink-soft', '--bg'], ['--ink-soft', '--surface'], ['--ink-soft', '--neutral-soft'], ['--ink-soft', '--raised'],
  ['--accent', '--bg'], ['--accent', '--surface'], ['--accent', '--accent-soft'], ['--accent-ink', '--accent'],
  ['--header-ink', '--header-bg'],
  ['--danger', '--surface'], ['--danger', '--danger-soft'], ['--danger-ink', '--danger'],
  ['--warn-ink', '--bg'], ['--warn-ink', '--surface'], ['--warn-ink', '--warn-soft'], ['--offline-ink', '--warn-soft'],
  ['--missing-ink', '--surface'], ['--missing-ink', '--warn-soft'],
  ['--boundary', '--boundary-soft'], ['--gold-ink', '--surface'], ['--gold-ink', '--gold-soft'],
];
/** Key hints beside a button's text are written at 0.7 opacity (app.css, review.css): still text. */
const HINTS: [string, string][] = [['--ink', '--surface'], ['--ink', '--accent-soft'], ['--accent-ink', '--accent']];
/** Rings, edges and symbols: 3:1 against what they sit on. */
const MARKS: [string, string][] = [
  ['--focus', '--bg'], ['--focus', '--surface'], ['--missing-line', '--surface'],
  ['--boundary', '--surface'], ['--accent', '--surface'], ['--gold-star', '--surface'], ['--gold-line', '--surface'], ['--gold-line', '--bg'],
];

describe('theme palette', () => {
  for (const theme of ['light', 'dark'] as Theme[]) {
    it(`writes text at WCAG AA and draws marks at 3:1 in the ${theme} theme`, () => {
      const colors = themeColors(theme);
      const ratio = (fg: string, bg: string) => {
        expect(colors[fg], fg).toBeDefined();
        expect(colors[bg], bg).toBeDefined();
        return contrastRatio(parseHex(colors[fg]!), parseHex(colors[bg]!));
      };
      for (const [fg, bg] of TEXT) expect(ratio(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      for (const [fg, bg] of HINTS) {
        const background = parseHex(colors[bg]!);
        expect(contrastRatio(over(parseHex(colors[fg]!), 0.7, background), background), `${fg} at 0.7 on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      for (const [fg, bg] of MARKS) expect(ratio(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
    });
  }

  it('gives the dark theme its own value of every colour but those meant to be the same', () => {
    const light = themeColors('light');
    const dark = themeColors('dark');
    const same = Object.keys(light).filter((name) => dark[name] === light[name]);
    expect(same.sort()).toEqual(['--heat', '--heat-ink-strong', '--on-label-ink']);
  });

  it('agrees with the values the dark highlights are computed against', () => {
    const dark = themeColors('dark');
    expect(dark['--surface']).toBe(DARK_SURFACE);
    expect(dark['--ink']).toBe(DARK_INK);
  });
});
