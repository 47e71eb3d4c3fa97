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
