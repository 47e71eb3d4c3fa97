export interface Samples {
  app_ms: number[];
  reference_ms: number[];
}

export interface MetricSummary {
  app_ms: number;
  reference_ms: number;
  ratio: number;
}

export function median(values: readonly number[]): number;
export function summarise(samples: Samples): MetricSummary;
