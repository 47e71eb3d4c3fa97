import type { MetricTarget } from '../stats.mjs';

export interface MetricOptions {
  /** Measured runs of each side, after one discarded warm-up of each. */
  runs: number;
  /** Progress for the person running the benchmark (goes to stderr). */
  log(message: string): void;
}

/** Raw timings of the measured runs, in milliseconds; run.mjs takes the medians. */
export interface MetricSamples {
  app_ms: number[];
  reference_ms: number[];
  /**
   * Optional further series of the measured runs (same count), e.g. the app's time until
   * its highlights are registered; run.mjs prints each one's median beside the result
   * and adds it to the JSON under its key (keys end in `_ms`).
   */
  extra?: Record<string, number[]>;
}

export interface Metric {
  /** Key in the JSON output, e.g. `import_10k`. */
  name: string;
  /** One line: what the app does and what the reference does. */
  description: string;
  /** What the metric's issue aims at; printed beside the result, never enforced. */
  target: MetricTarget;
  run(options: MetricOptions): Promise<MetricSamples>;
  /** Optional breakdown of where the app's time goes (`npm run bench -- --profile`), in ms by phase. */
  profile?(options: MetricOptions): Promise<Record<string, number>>;
}

export interface MetricInfo {
  name: string;
  description: string;
  target: MetricTarget;
  hasProfile: boolean;
}
