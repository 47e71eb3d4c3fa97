import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateJsonKey } from './duplicateJsonKey.ts';

describe('duplicateJsonKey', () => {
  it('finds a key given twice in one object, at any depth', () => {
    expect(duplicateJsonKey('{"text":"أ","text":"ب"}')).toBe('text');
    expect(duplicateJsonKey('{"a":{"x":1,"y":[{"k":1},{"k":2}],"x":3}}')).toBe('x');
  });

  it('does not confuse values, array items, escapes or sibling objects with keys', () => {
    expect(duplicateJsonKey('{"text":"text","meta":{"text":"\\"text\\""},"list":["text","text"]}')).toBeNull();
    expect(duplicateJsonKey('[{"a":1},{"a":2}]')).toBeNull();
    expect(duplicateJsonKey('{"a":"x,\\"a\\":","b":{"a":1}}')).toBeNull();
  });

  it('finds no key twice in what JSON.stringify writes, and finds a key repeated into it, escapes included', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, key) => {
        const json = JSON.stringify(value);
        expect(duplicateJsonKey(json)).toBeNull();
        const quoted = JSON.stringify(key);
        expect(duplicateJsonKey(`{${quoted}:${json},${quoted}:0}`)).toBe(key);
        expect(duplicateJsonKey(`[${json},{${quoted}:1,${JSON.stringify(`${key}\\`)}:${json}}]`)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
