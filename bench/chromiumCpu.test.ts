import { describe, expect, it } from 'vitest';
import { cpuReadings, type CpuReading } from './chromiumCpu.mjs';

/** Readings handed out in turn, as /proc would give them at each mark. */
function readingsOf(list: CpuReading[]): () => CpuReading {
  let next = 0;
  return () => list[next++]!;
}

const at = (browser: number, renderer: number): CpuReading => ({ total: browser + renderer, byType: { browser, renderer, 'gpu-process': 0 } });

describe('CPU time of the timed parts', () => {
  it('gives each side the CPU used between its marks, in all and by process type, leaving out types that used none', () => {
    const readings = cpuReadings(readingsOf([at(0, 0), at(300, 500), at(310, 510), at(400, 550), at(400, 600), at(700, 1100), at(700, 1100), at(800, 1140)]));
    expect(readings.take('[bench] warm-up: app 10 ms')).toBe(false);
    for (const run of ['app:0', 'reference:0', 'app:1', 'reference:1']) {
      expect(readings.take(`tawsim-bench-cpu start ${run}`)).toBe(true);
      expect(readings.take(`tawsim-bench-cpu end ${run}`)).toBe(true);
    }
    expect(readings.series(1)).toEqual({
      app_cpu_ms: [800],
      app_cpu_browser_ms: [300],
      app_cpu_renderer_ms: [500],
      reference_cpu_ms: [140],
      reference_cpu_browser_ms: [100],
      reference_cpu_renderer_ms: [40],
    });
  });

  it('leaves out a side with a run that times no part or two', () => {
    const readings = cpuReadings(readingsOf(Array.from({ length: 8 }, (_, i) => at(i * 10, i * 10))));
    for (const edge of ['start', 'end', 'start', 'end']) readings.take(`tawsim-bench-cpu ${edge} app:1`);
    readings.take('tawsim-bench-cpu start reference:1');
    readings.take('tawsim-bench-cpu end reference:1');
    expect(Object.keys(readings.series(1))).toEqual(['reference_cpu_ms', 'reference_cpu_browser_ms', 'reference_cpu_renderer_ms']);
    expect(readings.series(2)).toEqual({});
    readings.clear();
    expect(readings.series(1)).toEqual({});
  });

});
