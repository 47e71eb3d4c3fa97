export interface Samples {
  app_ms: number[];
  reference_ms: number[];
  extra?: Record<string, number[]>;
}

export interface MetricSummary {
  app_ms: number;
  reference_ms: number;
  ratio: number;
  /** Medians of the metric's extra series, by key. */
  [extra: string]: number;
}

export function median(values: readonly number[]): number;
export function summarise(samples: Samples): MetricSummary;

/**
 * What a metric's issue aims at: a ceiling on the app/reference ratio, or on the median of
 * one of its series in milliseconds (issue 3 asks that adding a span take no more than a
 * frame, whatever the reference takes).
 */
export type MetricTarget = { ratio: number } | { series: `${string}_ms`; ms: number };

export function targetText(target: MetricTarget): string;
export function targetMet(target: MetricTarget, summary: MetricSummary): boolean;
