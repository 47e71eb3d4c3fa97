import { describe, expect, it } from 'vitest';
import { splitLines } from './splitLines.ts';

describe('splitLines', () => {
  it('splits on LF, CRLF and lone CR alike', () => {
    expect(splitLines('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps empty lines, including a last one after a final newline', () => {
    expect(splitLines('a\n\nb\n')).toEqual(['a', '', 'b', '']);
  });
});
