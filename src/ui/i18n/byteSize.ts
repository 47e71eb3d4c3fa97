import type { Locale } from './locale.ts';

const UNITS = [
  { unit: 'byte', size: 1 },
  { unit: 'kilobyte', size: 1024 },
  { unit: 'megabyte', size: 1024 * 1024 },
  { unit: 'gigabyte', size: 1024 * 1024 * 1024 },
] as const;

/** A file size in the interface's language ("17.2 kB", "17,2 كيلوبايت"), in the largest unit it reaches. */
export function formatByteSize(bytes: number, locale: Locale): string {
  let chosen: (typeof UNITS)[number] = UNITS[0];
  for (const candidate of UNITS) if (bytes >= candidate.size) chosen = candidate;
  // The same number locale as the messages (ar-MA: Latin digits, as Moroccan news writes them).
  const format = new Intl.NumberFormat(locale === 'ar' ? 'ar-MA' : 'en', {
    style: 'unit',
    unit: chosen.unit,
    unitDisplay: chosen.unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: chosen.unit === 'byte' ? 0 : 1,
  });
  return format.format(bytes / chosen.size);
}
