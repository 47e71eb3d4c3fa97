/**
 * How strongly a confusion matrix cell is shaded, 0–1: the square root of its
 * share of the largest count, so small disagreements still show. The O/O cell
 * (characters nobody tagged) would dwarf everything, so it is left out of the
 * largest count and drawn at most fully shaded.
 */
export function heatShade(count: number, largest: number): number {
  if (largest <= 0 || count <= 0) return 0;
  return Math.min(1, Math.sqrt(count / largest));
}

/** The largest count of the matrix, the O/O cell (row 0, column 0) aside. */
export function largestCount(counts: readonly (readonly number[])[]): number {
  let largest = 0;
  counts.forEach((row, i) => row.forEach((count, j) => {
    if ((i !== 0 || j !== 0) && count > largest) largest = count;
  }));
  return largest;
}

/**
 * The shade from which a cell's figure is written in --heat-ink-strong, below which in
 * --heat-ink (theme.css). In the light theme --heat mixed with white is dark enough for
 * white text from here, and light enough for black below, both at WCAG AA (4.5:1); the
 * page's ink (#1d2321) would not do: around 0.75 neither it nor white reaches 4.5. In the
 * dark theme --heat is mixed with the dark surface, and both inks are light.
 */
export const STRONG_INK_FROM_SHADE = 0.8;
