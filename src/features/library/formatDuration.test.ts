import { describe, expect, it } from 'vitest';
import { formatDuration } from './formatDuration.ts';

const units = { hours: 'h', minutes: 'min' };

describe('formatDuration', () => {
  it('rounds to minutes and adds hours past sixty', () => {
    const numbers = new Intl.NumberFormat('en');
    expect(formatDuration(0, numbers, units)).toBe('0 min');
    expect(formatDuration(89_000, numbers, units)).toBe('1 min');
    expect(formatDuration(65 * 60_000, numbers, units)).toBe('1 h 5 min');
  });
  it('writes Arabic digits when the locale does', () => {
    expect(formatDuration(5 * 60_000, new Intl.NumberFormat('ar-EG'), units)).toBe('٥ min');
  });
});

describe('formatDuration under a minute', () => {
  it('says less than a minute instead of zero once any time was recorded', () => {
    expect(formatDuration(5_000, new Intl.NumberFormat('en'), units)).toBe('< 1 min');
  });
});
