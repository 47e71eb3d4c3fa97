import type { MetricSamples } from '../metrics/types.ts';

/** The run `profiled` is in ("app:1", "reference:1", …), for the CPU marks below. */
let currentRun = '';

/**
 * With `npm run bench -- --cpu` (which sets tawsimBenchCpu), marks the start and end of a
 * timed part on the console: the runner reads the CPU time of Chromium's processes at each.
 */
function cpuMark(edge: 'start' | 'end'): void {
  if ((globalThis as { tawsimBenchCpu?: boolean }).tawsimBenchCpu) console.debug(`tawsim-bench-cpu ${edge} ${currentRun}`);
}

/** Milliseconds `fn` takes, wall clock. */
export async function time(fn: () => Promise<unknown>): Promise<number> {
  cpuMark('start');
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  cpuMark('end');
  return ms;
}

/** Between runs, outside timing: collect garbage and let the storage backend go idle. */
export async function settle(ms = 300): Promise<void> {
  // gc exists when Chromium runs with --js-flags=--expose-gc (bench/chromium.mjs).
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs `fn` inside console.profile(title) / console.profileEnd(title): a no-op unless
 * `npm run bench -- --cpu-profile DIR` has the DevTools Protocol's profiler listening,
 * which then records a CPU profile of exactly this run (its setup and teardown included).
 */
export async function profiled<T>(title: string, fn: () => Promise<T>): Promise<T> {
  currentRun = title;
  console.profile(title);
  try {
    return await fn();
  } finally {
    console.profileEnd(title);
  }
}

export interface AlternateArgs {
  runs: number;
  log(message: string): void;
  /** One app run; does its own setup and teardown and returns only the timed part. */
  app(run: number): Promise<number>;
  /** One reference run, same contract. */
  reference(run: number): Promise<number>;
}

/**
 * App, reference, app, reference…: one discarded warm-up of each, then `runs` of each,
 * so drift in the machine (thermal, other load, storage compaction) hits both sides alike.
 */
export async function alternate({ runs, log, app, reference }: AlternateArgs): Promise<MetricSamples> {
  const samples: MetricSamples = { app_ms: [], reference_ms: [] };
  for (let run = 0; run <= runs; run++) {
    const label = run === 0 ? 'warm-up' : `run ${run}/${runs}`;
    await settle();
    const appMs = await profiled(`app:${run}`, () => app(run));
    log(`${label}: app ${appMs.toFixed(1)} ms`);
    await settle();
    const referenceMs = await profiled(`reference:${run}`, () => reference(run));
    log(`${label}: reference ${referenceMs.toFixed(1)} ms`);
    if (run > 0) {
      samples.app_ms.push(appMs);
      samples.reference_ms.push(referenceMs);
    }
  }
  return samples;
}
