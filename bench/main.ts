import { metrics } from './metrics/registry.ts';
import type { MetricInfo, MetricSamples } from './metrics/types.ts';

/** What bench/run.mjs calls through page.evaluate. */
export interface TawsimBench {
  list(): MetricInfo[];
  run(name: string, options: { runs: number }): Promise<MetricSamples>;
  profile(name: string): Promise<Record<string, number>>;
}

declare global {
  interface Window {
    tawsimBench: TawsimBench;
  }
}

function metric(name: string) {
  const found = metrics.find((m) => m.name === name);
  if (!found) throw new Error(`No benchmark metric "${name}"; known: ${metrics.map((m) => m.name).join(', ')}`);
  return found;
}

// Progress goes to the console; run.mjs forwards it to stderr.
const log = (message: string) => console.log(`[bench] ${message}`);

window.tawsimBench = {
  list: () =>
    metrics.map((m) => ({
      name: m.name,
      description: m.description,
      target: m.target,
      hasProfile: m.profile !== undefined,
    })),
  run: (name, { runs }) => {
    if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive integer, got ${runs}`);
    return metric(name).run({ runs, log });
  },
  profile: async (name) => {
    const { profile } = metric(name);
    if (!profile) throw new Error(`Metric "${name}" has no profile`);
    return profile({ runs: 1, log });
  },
};
