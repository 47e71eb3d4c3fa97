/** Median of a non-empty list of numbers (mean of the two middle values for an even count). */
export function median(values) {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The per-metric summary `npm run bench -- --json` prints: medians and app / reference. */
export function summarise(samples) {
  const app = median(samples.app_ms);
  const reference = median(samples.reference_ms);
  const summary = { app_ms: round(app, 1), reference_ms: round(reference, 1), ratio: round(app / reference, 3) };
  // Further series a metric measures (e.g. app_registered_ms): their medians, after the three above.
  for (const [key, values] of Object.entries(samples.extra ?? {})) {
    if (key in summary) throw new Error(`extra series "${key}" would overwrite ${key}`);
    summary[key] = round(median(values), 1);
  }
  return summary;
}

function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A metric's target as the table prints it: `<= 1.5` for a ratio, `app_work_ms <= 16 ms` for a series. */
export function targetText(target) {
  return 'ratio' in target ? `<= ${target.ratio}` : `${target.series} <= ${target.ms} ms`;
}

/** Whether a summary meets its metric's target; a series the summary lacks does not. */
export function targetMet(target, summary) {
  if ('ratio' in target) return summary.ratio <= target.ratio;
  const value = summary[target.series];
  return value !== undefined && value <= target.ms;
}
