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
});
