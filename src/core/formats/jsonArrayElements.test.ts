import { describe, expect, it } from 'vitest';
import { jsonArrayElements } from './jsonArrayElements.ts';

describe('jsonArrayElements', () => {
  it('cuts an array into its elements with their first lines, ignoring brackets in strings', () => {
    const text = '[\n  {"a": "],{\\"["},\n  [1, {"b": 2}]\n  ,3\n]';
    expect(jsonArrayElements(text)).toEqual([
      { source: '{"a": "],{\\"["}', line: 2 },
      { source: '[1, {"b": 2}]', line: 3 },
      { source: '3', line: 4 },
    ]);
  });

  it('keeps a truncated last element and the text after the array, and returns a non-array whole', () => {
    expect(jsonArrayElements('[{"a":1},\n{"b":')).toEqual([{ source: '{"a":1}', line: 1 }, { source: '{"b":', line: 2 }]);
    expect(jsonArrayElements('\n{"a":1}')).toEqual([{ source: '\n{"a":1}', line: 2 }]);
    expect(jsonArrayElements('[]')).toEqual([]);
    expect(jsonArrayElements('[]\n')).toEqual([]);
    expect(jsonArrayElements('[{"a":1}]\n{"b":2}\n["c"]\n')).toEqual([{ source: '{"a":1}', line: 1 }, { source: '{"b":2}\n["c"]', line: 2 }]);
  });
});
