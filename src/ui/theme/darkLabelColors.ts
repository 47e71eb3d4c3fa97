import { contrastRatio, over, parseHex, toHex, type Rgb } from './colorMath.ts';

/**
 * The dark theme's --surface and --ink in theme.css (themePalette.test.ts checks they
 * agree): a label's dark highlight is computed against them, so it needs them as values.
 */
export const DARK_SURFACE = '#1d2321';
export const DARK_INK = '#e4e8e5';

/**
 * Ink on a label's tint reaches this rather than AA's 4.5, so the translucent marks
 * over it (a find match, the focused span) still leave the text at AA.
 */
export const TINT_CONTRAST = 6;
/** The strongest tint, as #rrggbbaa's alpha byte (0.45): dark label colours would pass at any strength. */
export const MAX_TINT_ALPHA = 115;
/** Underlines are marks, not text: WCAG asks 3:1 against what they sit on. */
export const LINE_CONTRAST = 3;

const surface = parseHex(DARK_SURFACE);
const ink = parseHex(DARK_INK);
const white: Rgb = [255, 255, 255];

function tintAt(color: Rgb, alphaByte: number): Rgb {
  return over(color, alphaByte / 255, surface);
}

/**
 * How strongly (alpha byte, 0–255) a label colour is laid over the dark surface: the
 * most, up to MAX_TINT_ALPHA, at which ink keeps TINT_CONTRAST. Light colours (yellow,
 * pale blue) get a fainter tint than dark ones, and every tint reads the same. Mixing
 * towards a colour is convex in luminance, so the strengths that pass run from 0 up to
 * one limit, which a binary search finds.
 */
export function darkTintAlpha(color: string): number {
  const rgb = parseHex(color);
  let low = 0;
  let high = MAX_TINT_ALPHA;
  if (contrastRatio(ink, tintAt(rgb, high)) >= TINT_CONTRAST) return high;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (contrastRatio(ink, tintAt(rgb, mid)) >= TINT_CONTRAST) low = mid;
    else high = mid;
  }
  return low;
}

/** The label's dark highlight as one opaque colour, for what is drawn on the surface by itself: label tags, the schema's sample. */
export function darkTint(color: string): string {
  return toHex(tintAt(parseHex(color), darkTintAlpha(color)));
}

/**
 * The label colour for a nested span's underline in the dark theme: itself if it shows
 * against the surface at LINE_CONTRAST, else lightened towards white until it does
 * (a navy label would vanish on a dark page).
 */
export function darkLine(color: string): string {
  const rgb = parseHex(color);
  for (let step = 0; step <= 20; step++) {
    const lighter = over(white, step / 20, rgb);
    if (contrastRatio(lighter, surface) >= LINE_CONTRAST) return toHex(lighter);
  }
  return '#ffffff';
}
