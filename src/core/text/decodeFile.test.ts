import { describe, expect, it } from 'vitest';
import { decodeFile, decodeProblems, decodeString, normaliseNewlines } from './decodeFile.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));

describe('decodeFile', () => {
  it('decodes UTF-8 Arabic unchanged', () => {
    const result = decodeFile(utf8('السلام عليكم\nمرحبا'), 'a.txt');
    expect(result).toEqual({ text: 'السلام عليكم\nمرحبا', badLines: new Set(), problems: [] });
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeFile(concat([0xef, 0xbb, 0xbf], utf8('نص')), 'a.txt').text).toBe('نص');
  });

  it('keeps a U+FEFF that is not at the start', () => {
    expect(decodeFile(utf8('a\uFEFFb'), 'a.txt').text).toBe('a\uFEFFb');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decodeFile(utf8('a\r\nb\rc\n\r\nd'), 'a.txt').text).toBe('a\nb\nc\n\nd');
  });

  it.each([
    ['nothing', ''],
    ['whitespace', ' \n\t\r\n\u00A0'],
    ['only a BOM', '\uFEFF'],
  ])('rejects an empty file (%s)', (_, content) => {
    const result = decodeFile(utf8(content), 'empty.txt');
    expect(result.text).toBeNull();
    expect(result.problems).toMatchObject([{ file: 'empty.txt', line: null, code: 'empty-file', reason: 'empty file' }]);
  });

  it('rejects a file with NUL bytes as binary', () => {
    const result = decodeFile(concat([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'image.png');
    expect(result.text).toBeNull();
    expect(result.problems).toMatchObject([
      { file: 'image.png', line: null, code: 'binary-file', reason: 'binary file, not text (contains NUL bytes)' },
    ]);
  });

  it('names UTF-16 when the NUL bytes follow a UTF-16 BOM', () => {
    const result = decodeFile(concat([0xff, 0xfe, 0x27, 0x06, 0x20, 0x00]), 'utf16.txt');
    expect(result.problems[0]).toMatchObject({ code: 'binary-utf16', reason: expect.stringMatching(/UTF-16/) });
  });

  it('decodes invalid UTF-8 with U+FFFD and reports each bad line', () => {
    const bytes = concat(utf8('good\n'), [0x61, 0xff, 0x62], utf8('\r\nfine\n'), [0xc3], utf8('\n'));
    const result = decodeFile(bytes, 'bad.txt');
    expect(result.text).toBe('good\na\uFFFDb\nfine\n\uFFFD\n');
    expect([...result.badLines]).toEqual([2, 4]);
    expect(result.problems).toMatchObject([
      { file: 'bad.txt', line: 2, reason: 'invalid UTF-8; undecodable bytes replaced by U+FFFD' },
      { file: 'bad.txt', line: 4, reason: 'invalid UTF-8; undecodable bytes replaced by U+FFFD' },
    ]);
  });

  it('says the bad lines are skipped for a reader that skips them, replaced for one that keeps them', () => {
    const result = decodeFile(concat(utf8('good\n'), [0xff], utf8('\nfine\n')), 'bad.jsonl');
    expect(decodeProblems(result, true)).toMatchObject([{ file: 'bad.jsonl', line: 2, reason: 'invalid UTF-8; line skipped' }]);
    expect(decodeProblems(result, false)).toBe(result.problems);
  });

  it('numbers bad lines after lone CRs as the normalised text does', () => {
    const bytes = concat(utf8('one\rtwo\r'), [0xff], utf8('\r\nfour'));
    const result = decodeFile(bytes, 'cr.txt');
    expect(result.text).toBe('one\ntwo\n\uFFFD\nfour');
    expect([...result.badLines]).toEqual([3]);
  });

  it('rejects a file that is mostly not UTF-8 (a legacy code page)', () => {
    // "السلام عليكم" in Windows-1256.
    const result = decodeFile(concat([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3, 0x20, 0xda, 0xe1, 0xed, 0xdf, 0xe3]), 'cp1256.txt');
    expect(result.text).toBeNull();
    expect(result.problems[0]).toMatchObject({ file: 'cp1256.txt', line: null });
    expect(result.problems[0]?.reason).toMatch(/not UTF-8/);
  });
});

describe('decodeString', () => {
  it('applies the same BOM, newline and emptiness rules to a string', () => {
    expect(decodeString('\uFEFFa\r\nb', 'a.txt').text).toBe('a\nb');
    expect(decodeString('  \n', 'a.txt').problems[0]?.reason).toBe('empty file');
    expect(decodeString('a\0b', 'a.txt').text).toBeNull();
  });
});

describe('normaliseNewlines', () => {
  it('leaves other line separators alone', () => {
    expect(normaliseNewlines('a\u2028b\u0085c\r\n')).toBe('a\u2028b\u0085c\n');
  });
});
