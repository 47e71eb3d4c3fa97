import { describe, expect, it } from 'vitest';
import { isolated } from './isolated.ts';

describe('isolated', () => {
  it('wraps the text in a first-strong isolate and its pop', () => {
    expect(isolated('PERS')).toBe('\u2068PERS\u2069');
    expect([...isolated('')]).toEqual(['\u2068', '\u2069']);
  });
});
