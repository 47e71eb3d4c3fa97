import { PNG } from 'pngjs';

/**
 * Which pixels of a screenshot are ink (dark enough to be part of a letter). Comparing
 * ink masks instead of raw bytes ignores the faint anti-aliasing seam a browser leaves
 * where a highlight starts, while any change in letter shape (a broken join, a
 * different glyph form, a shifted letter) still shows.
 */
export function inkMask(png: Buffer, threshold = 128): { width: number; height: number; ink: boolean[] } {
  const image = PNG.sync.read(png);
  const ink: boolean[] = [];
  for (let i = 0; i < image.data.length; i += 4) {
    const luminance = 0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!;
    ink.push(luminance < threshold);
  }
  return { width: image.width, height: image.height, ink };
}

export function inkDifference(a: Buffer, b: Buffer): number {
  const ma = inkMask(a);
  const mb = inkMask(b);
  if (ma.width !== mb.width || ma.height !== mb.height) return Infinity;
  return ma.ink.reduce((count, value, i) => count + (value === mb.ink[i] ? 0 : 1), 0);
}
