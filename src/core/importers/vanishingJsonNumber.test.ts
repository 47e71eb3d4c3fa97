import { describe, expect, it } from 'vitest';
import { vanishingJsonNumber } from './vanishingJsonNumber.ts';

describe('vanishingJsonNumber', () => {
  it('finds a number that JSON.parse turns into 0', () => {
    expect(vanishingJsonNumber('{"text":"x","tiny":1e-400}')).toBe('1e-400');
    expect(vanishingJsonNumber('{"a":[1,{"b":-2.5E-999}]}')).toBe('-2.5E-999');
    expect(vanishingJsonNumber(`{"a":0.${'0'.repeat(400)}1}`)).toBe(`0.${'0'.repeat(400)}1`);
  });

  it('leaves zeros, small but representable numbers and strings alone', () => {
    expect(vanishingJsonNumber('{"a":0,"b":0.0,"c":0e-500,"d":-0}')).toBeNull();
    expect(vanishingJsonNumber('{"a":1e-300,"b":5e-324}')).toBeNull();
    expect(vanishingJsonNumber('{"text":"1e-400 in a string","k\\"1e-999":"\\"1e-400"}')).toBeNull();
  });
});
