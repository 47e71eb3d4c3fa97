import { describe, expect, it } from 'vitest';
import { median, summarise, targetMet, targetText } from './stats.mjs';

// Pure helpers of the benchmark runner; nothing here is timed.
describe('bench stats', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([7])).toBe(7);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('rejects an empty list', () => {
    expect(() => median([])).toThrow();
  });

  it('summarises medians and their ratio', () => {
    expect(summarise({ app_ms: [30, 10, 20], reference_ms: [10, 5, 20] })).toEqual({
      app_ms: 20,
      reference_ms: 10,
      ratio: 2,
    });
  });

  it('adds the medians of extra series after the ratio', () => {
    const summary = summarise({ app_ms: [3, 1, 2], reference_ms: [1, 1, 1], extra: { app_registered_ms: [0.5, 0.25, 1] } });
    expect(summary).toEqual({ app_ms: 2, reference_ms: 1, ratio: 2, app_registered_ms: 0.5 });
    expect(Object.keys(summary)).toEqual(['app_ms', 'reference_ms', 'ratio', 'app_registered_ms']);
  });

  it('judges a ratio target by the ratio, a series target by that series alone', () => {
    const summary = { app_ms: 30, reference_ms: 10, ratio: 3, app_work_ms: 9 };
    expect(targetMet({ ratio: 3 }, summary)).toBe(true);
    expect(targetMet({ ratio: 2.9 }, summary)).toBe(false);
    expect(targetMet({ series: 'app_work_ms', ms: 16 }, summary)).toBe(true);
    expect(targetMet({ series: 'app_work_ms', ms: 8 }, summary)).toBe(false);
    expect(targetMet({ series: 'app_frame_ms', ms: 16 }, summary)).toBe(false);
    expect(targetText({ ratio: 1.5 })).toBe('<= 1.5');
    expect(targetText({ series: 'app_work_ms', ms: 16 })).toBe('app_work_ms <= 16 ms');
  });
});
