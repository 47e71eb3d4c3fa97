import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime: 100 on Linux. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, ms) that Chromium's processes have used so far, in all and by
 * process type (browser, renderer, gpu-process, utility), read from Linux's /proc; null
 * elsewhere. A process's figure includes its threads that have ended (the import's
 * workers end with it), not processes that have.
 */
export function chromiumCpuMs() {
  let pids;
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const byType = {};
  let total = 0;
  for (const pid of pids) {
    let stat;
    let command;
    try {
      if (!/chrom/i.test(readFileSync(`/proc/${pid}/comm`, 'utf8'))) continue;
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the command name in parentheses (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    const type = /--type=([a-z-]+)/.exec(command)?.[1] ?? 'browser';
    byType[type] = (byType[type] ?? 0) + ms;
    total += ms;
  }
  return { total, byType };
}

/** What `chromiumCpuMs` counted between two readings. */
export function cpuSince(before, after) {
  const byType = {};
  for (const [type, ms] of Object.entries(after.byType)) byType[type] = ms - (before.byType[type] ?? 0);
  return { total: after.total - before.total, byType };
}

/**
 * The CPU time of Chromium's processes in each timed part, read at the marks lib/timing.ts
 * prints with --cpu ("tawsim-bench-cpu start app:1", "… end app:1"). A mark reaches this
 * process a moment after the page printed it; over a timed part of seconds that is noise.
 */
export function cpuReadings(read = chromiumCpuMs) {
  let starts = new Map();
  let parts = new Map();
  return {
    /** Reads a mark; false for any other console message. */
    take(text) {
      const mark = /^tawsim-bench-cpu (start|end) (\S+)$/.exec(text);
      if (!mark) return false;
      const reading = read();
      if (!reading) return true;
      const [, edge, run] = mark;
      if (edge === 'start') starts.set(run, reading);
      // A run that times two parts has no one figure: null, and its side is left out.
      else if (starts.has(run)) parts.set(run, parts.has(run) ? null : cpuSince(starts.get(run), reading));
      return true;
    },
    clear() {
      starts = new Map();
      parts = new Map();
    },
    /** Per side, the measured runs' CPU time in all and by process type, when every run has one timed part. */
    series(runs) {
      const series = {};
      for (const side of ['app', 'reference']) {
        const measured = Array.from({ length: runs }, (_, i) => parts.get(`${side}:${i + 1}`));
        if (measured.some((part) => part === undefined || part === null)) continue;
        series[`${side}_cpu_ms`] = measured.map((part) => part.total);
        const types = new Set(measured.flatMap((part) => Object.keys(part.byType)));
        for (const type of types) {
          const values = measured.map((part) => part.byType[type] ?? 0);
          if (values.some((ms) => ms > 0)) series[`${side}_cpu_${type.replace(/-/g, '_')}_ms`] = values;
        }
      }
      return series;
    },
  };
}
