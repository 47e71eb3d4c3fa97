#!/usr/bin/env node
/**
 * `npm run bench`: builds the benchmark page (bench/index.html, app code bundled by Vite
 * as the app build does), serves it on 127.0.0.1, drives headless Chromium through
 * `window.tawsimBench`, and prints the medians. Never part of `npm test`.
 *
 *   npm run bench                       table on stdout
 *   npm run bench -- --json             one JSON object on stdout, progress on stderr
 *   npm run bench -- --runs 3 --only import_10k
 *   npm run bench -- --profile          where the app's time goes, phase by phase
 *   npm run bench -- --only agree_10k_3 --cpu-profile bench/results
 *                                       also record a V8 CPU profile of each metric's runs
 *   npm run bench -- --only import_10k --cpu
 *                                       also the CPU time Chromium used in each timed part
 *
 * npm prints its own "> tawsim@… bench" banner on stdout: for stdout holding only the
 * JSON use `npm run -s bench -- --json` or `node bench/run.mjs --json`, or `--out FILE`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchOnlyArgs, chromiumArgs, chromiumExecutable } from './chromium.mjs';
import { cpuReadings } from './chromiumCpu.mjs';
import { serveStatic } from './serve.mjs';
import { summarise, targetMet, targetText } from './stats.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const projectDir = resolve(benchDir, '..');
const outDir = join(projectDir, 'node_modules', '.cache', 'tawsim-bench');

const USAGE = `Usage: npm run bench -- [--json] [--out FILE] [--runs N] [--only name[,name]] [--profile] [--cpu-profile DIR] [--cpu]
  --json      print one JSON object {metric: {app_ms, reference_ms, ratio}} on stdout
              (npm adds its banner to stdout: use npm run -s bench -- --json)
  --out FILE  also write that JSON object to FILE (bench/results/ is gitignored)
  --runs N    measured runs of each side after one warm-up (default 5)
  --only      run only these metrics (comma-separated)
  --profile   instead of measuring, print each metric's phase breakdown (ms)
  --cpu-profile DIR
              record V8 CPU profiles (Chrome DevTools Protocol) of every app and
              reference run (console.profile around each, see lib/timing.ts) into
              DIR/<metric>.<side>.<run>.cpuprofile (open them in DevTools' Performance
              panel), print the functions with the most self time over the measured
              runs, and build unminified so their names are readable
  --cpu       (Linux) also the CPU time all of Chromium's processes used in each
              timed part, from /proc: app_cpu_ms and reference_cpu_ms, and the same
              by process type (app_cpu_renderer_ms, …), for metrics whose sides time
              one part per run (import_10k, export_10k). On a machine with N cores, a
              side cannot take less than its CPU time / N`;

/** The page's viewport: a desktop window; the annotation screen sizes its document view from it. */
const VIEWPORT = { width: 1280, height: 960 };

function options() {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
      only: { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'boolean', default: false },
      'cpu-profile': { type: 'string' },
      cpu: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : null;
  return { json: values.json, out: values.out, runs, only, profile: values.profile, cpuProfile: values['cpu-profile'], cpu: values.cpu, help: values.help };
}

async function buildPages({ minify }) {
  const { build, loadConfigFromFile } = await import('vite');
  mkdirSync(outDir, { recursive: true });
  // The app's own config (plugins, worker format), with the bench page as the only input,
  // less the service-worker plugin: the bench page registers no service worker, and the
  // precache step would only slow the build (and refuses an unminified bundle over 2 MiB).
  const configFile = join(projectDir, 'vite.config.ts');
  const { config } = await loadConfigFromFile({ command: 'build', mode: 'production', isPreview: false, isSsrBuild: false }, configFile);
  const plugins = (config.plugins ?? []).flat(Infinity).filter((plugin) => plugin && !String(plugin.name).startsWith('vite-plugin-pwa'));
  await build({
    ...config,
    configFile: false,
    plugins,
    root: benchDir,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      ...config.build,
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 100_000,
      minify,
      rolldownOptions: { input: { index: join(benchDir, 'index.html') } },
    },
  });
}

/** A metric that hangs (say, a worker that failed to load) must not hang the run forever. */
const METRIC_TIMEOUT_MS = 30 * 60 * 1000;

function withTimeout(promise, label, crashed) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} did not finish within ${METRIC_TIMEOUT_MS / 60000} minutes`)), METRIC_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout, crashed]).finally(() => clearTimeout(timer));
}

function pad(cells, widths) {
  return cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd();
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  return rows.map((row) => pad(row, widths)).join('\n');
}

async function main() {
  const opts = options();
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  // stdout carries the JSON object and nothing else.
  const out = (text) => process.stdout.write(`${text}\n`);
  if (opts.json) console.log = console.error;
  const progress = (message) => console.error(message);

  const executablePath = chromiumExecutable();
  progress(`bench: building pages into ${outDir}`);
  await buildPages({ minify: !opts.cpuProfile });
  const server = await serveStatic(outDir);
  const { chromium } = await import('@playwright/test');
  // A profile on disk, as a user's browser has. Playwright's default contexts are off the
  // record, and Chromium (150 here) keeps their IndexedDB in an in-memory SQLite store whose
  // writes of large values cost several times those of the on-disk store a user's profile has.
  const profileDir = mkdtempSync(join(tmpdir(), 'tawsim-bench-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    args: [...chromiumArgs, ...benchOnlyArgs],
    viewport: VIEWPORT,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cpu = opts.cpu ? cpuReadings() : null;
    page.on('console', (message) => {
      if (cpu?.take(message.text())) return;
      progress(message.text());
    });
    page.on('pageerror', (error) => progress(`page error: ${error.message}`));
    const crashed = new Promise((_, reject) => page.once('crash', () => reject(new Error('the benchmark page crashed'))));
    crashed.catch(() => {});
    await page.goto(server.url);
    await page.waitForFunction(() => window.tawsimBench !== undefined);
    if (cpu) await page.evaluate(() => (globalThis.tawsimBenchCpu = true));
    const known = await page.evaluate(() => window.tawsimBench.list());
    const unknown = (opts.only ?? []).filter((name) => !known.some((m) => m.name === name));
    if (unknown.length > 0) throw new Error(`Unknown metric(s) ${unknown.join(', ')}; known: ${known.map((m) => m.name).join(', ')}`);
    const selected = known.filter((m) => !opts.only || opts.only.includes(m.name));

    const results = {};
    for (const metric of selected) {
      if (opts.profile) {
        if (!metric.hasProfile) {
          progress(`bench: ${metric.name} has no profile; skipped`);
          continue;
        }
        progress(`bench: profiling ${metric.name}`);
        results[metric.name] = await withTimeout(
          page.evaluate((name) => window.tawsimBench.profile(name), metric.name),
          `${metric.name} profile`,
          crashed,
        );
        continue;
      }
      progress(`bench: ${metric.name}: ${metric.description} (${opts.runs} runs + 1 warm-up each)`);
      const cdp = opts.cpuProfile ? await startCpuProfiles(page) : null;
      cpu?.clear();
      const samples = await withTimeout(
        page.evaluate(({ name, runs }) => window.tawsimBench.run(name, { runs }), { name: metric.name, runs: opts.runs }),
        metric.name,
        crashed,
      );
      if (cdp) await writeCpuProfiles(cdp, opts.cpuProfile, metric.name, progress);
      progress(`bench: ${metric.name} app ms [${samples.app_ms.map((v) => v.toFixed(1)).join(', ')}]`);
      progress(`bench: ${metric.name} reference ms [${samples.reference_ms.map((v) => v.toFixed(1)).join(', ')}]`);
      for (const [key, values] of Object.entries(samples.extra ?? {})) {
        progress(`bench: ${metric.name} ${key} [${values.map((v) => v.toFixed(1)).join(', ')}]`);
      }
      if (cpu) samples.extra = { ...samples.extra, ...cpu.series(opts.runs) };
      results[metric.name] = summarise(samples);
    }

    if (opts.out) {
      mkdirSync(dirname(resolve(opts.out)), { recursive: true });
      writeFileSync(opts.out, `${JSON.stringify(results, null, 2)}\n`);
      progress(`bench: wrote ${opts.out}`);
    }
    if (opts.json) {
      out(JSON.stringify(results));
    } else if (opts.profile) {
      for (const [name, phases] of Object.entries(results)) {
        out(`\n${name} profile`);
        out(table([['phase', 'ms'], ...Object.entries(phases).map(([phase, ms]) => [phase, ms.toFixed(1)])]));
      }
    } else {
      const rows = [['metric', 'app ms', 'reference ms', 'ratio', 'target', '']];
      for (const metric of selected) {
        const r = results[metric.name];
        rows.push([
          metric.name,
          r.app_ms.toFixed(1),
          r.reference_ms.toFixed(1),
          r.ratio.toFixed(2),
          targetText(metric.target),
          targetMet(metric.target, r) ? 'ok' : 'over target',
        ]);
      }
      out(`\nmedians of ${opts.runs} runs (after 1 warm-up each), ratio = app / reference`);
      out(table(rows));
      const extras = [];
      for (const metric of selected) {
        for (const [key, value] of Object.entries(results[metric.name])) {
          if (!['app_ms', 'reference_ms', 'ratio'].includes(key)) extras.push([metric.name, key, value.toFixed(1)]);
        }
      }
      if (extras.length > 0) {
        out('\nfurther medians (see bench/README.md)');
        out(table([['metric', 'series', 'ms'], ...extras]));
      }
    }
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
    await server.close();
  }
}

/**
 * Lets the page's console.profile / console.profileEnd (lib/timing.ts calls them around
 * each app and reference run) record V8 CPU profiles, collected from the DevTools Protocol.
 */
async function startCpuProfiles(page) {
  const cdp = await page.context().newCDPSession(page);
  const profiles = [];
  cdp.on('Profiler.consoleProfileFinished', ({ title, profile }) => profiles.push({ title, profile }));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  return { cdp, profiles };
}

/** Self time by function over some profiles, most first. */
function selfTimes(profiles) {
  const byFunction = new Map();
  let totalMs = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    // timeDeltas[i] is the time before sample i: each sample stands for the time up to the next.
    const deltas = profile.timeDeltas;
    for (let i = 0; i < profile.samples.length; i++) {
      const ms = (deltas[i + 1] ?? 0) / 1000;
      const { callFrame } = byId.get(profile.samples[i]);
      const where = callFrame.url ? `${callFrame.url.replace(/^.*\//, '')}:${callFrame.lineNumber + 1}` : '';
      const key = `${callFrame.functionName || '(anonymous)'} ${where}`.trim();
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
      totalMs += ms;
    }
  }
  return { totalMs, top: [...byFunction].sort((a, b) => b[1] - a[1]) };
}

/** Writes the profiles and prints the functions with the most self time in the measured runs of each side. */
async function writeCpuProfiles({ cdp, profiles }, dir, name, progress) {
  await cdp.send('Profiler.disable');
  await cdp.detach();
  mkdirSync(resolve(dir), { recursive: true });
  const runs = new Map();
  for (const { title, profile } of profiles) {
    const [side, run] = title.split(':');
    writeFileSync(join(resolve(dir), `${name}.${side}.${run}.cpuprofile`), JSON.stringify(profile));
    if (run !== '0') runs.set(side, [...(runs.get(side) ?? []), profile]);
  }
  progress(`bench: ${name}: ${profiles.length} CPU profiles written to ${resolve(dir)}`);
  for (const [side, sideProfiles] of runs) {
    const { totalMs, top } = selfTimes(sideProfiles);
    progress(`bench: ${name} ${side}: self time over ${sideProfiles.length} measured runs (${totalMs.toFixed(0)} ms sampled), top functions:`);
    for (const [key, ms] of top.slice(0, side === 'app' ? 30 : 10)) {
      progress(`  ${(ms / sideProfiles.length).toFixed(1).padStart(8)} ms/run ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%  ${key}`);
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
