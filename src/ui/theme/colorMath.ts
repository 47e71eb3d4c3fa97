/** An sRGB colour as 0–255 channels. */
export type Rgb = readonly [number, number, number];

/** #rrggbb to channels; callers pass only checked colours (see safeColor). */
export function parseHex(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** `top` at `alpha` (0–1) over an opaque `under`, as the browser composites a translucent background; also `color-mix(in srgb, top alpha, under)`. */
export function over(top: Rgb, alpha: number, under: Rgb): Rgb {
  return top.map((c, i) => Math.round(alpha * c + (1 - alpha) * under[i]!)) as unknown as Rgb;
}

/** WCAG 2 relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1–21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
