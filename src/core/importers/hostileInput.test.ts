import { describe, expect, it } from 'vitest';
import { importFile } from './importFile.ts';
import { defaultImportOptions } from './importOptions.ts';
import type { ImportFileResult, ImportOptions } from './importOptions.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

/** Imports and checks what must hold for any input: no throw, every problem names the file and a line or null. */
function run(input: Uint8Array | string, file: string, overrides: Partial<ImportOptions> = {}): ImportFileResult {
  const result = importFile(input, file, { ...defaultImportOptions, ...overrides });
  for (const problem of result.problems) {
    expect(problem.file).toBe(file);
    expect(problem.line === null || (Number.isInteger(problem.line) && problem.line >= 1)).toBe(true);
    expect(problem.reason).not.toBe('');
  }
  return result;
}

const texts = (result: ImportFileResult) => result.documents.map((d) => d.text);

// Characters that must reach the annotator exactly as they were in the file.
const TRICKY = [
  'إِنَّ الْحَمْدَ لِلَّهِ', // tashkeel and shadda
  'می\u200Cخواهم \u200Dـ', // ZWNJ, ZWJ, tatweel
  'نص \u202Eمعكوس\u202C و\u2066LTR\u2069 و\u2067RTL\u2069 \u200F\u200E\u061C', // RLO/PDF, LRI/RLI/PDI, marks
  '😀 👨‍👩‍👧 𝕏 𠜎 🇲🇦', // astral characters, ZWJ sequences, flags
  '<script>alert("x")</script><img src=x onerror="alert(1)"> &amp; &lt;', // markup is text
  'a\u00A0b\u2028c\u0085d\uFEFFe', // NBSP, line separator, NEL, inner ZWNBSP
];

describe('hostile input', () => {
  it('strips a BOM and nothing else', () => {
    expect(texts(run(bytes([0xef, 0xbb, 0xbf], '\uFEFFنص'), 'bom.txt'))).toEqual(['\uFEFFنص']);
    expect(texts(run(bytes([0xef, 0xbb, 0xbf], '{"text":"a"}\n{"text":"b"}'), 'bom.jsonl'))).toEqual(['a', 'b']);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('reads %s line endings as LF, with the same line numbers', (_, eol) => {
    const txt = run(utf8(['سطر', '', 'آخر'].join(eol)), 'eol.txt', { txtSplit: 'line' });
    expect(txt.documents.map((d) => [d.text, d.meta.line])).toEqual([['سطر', 1], ['آخر', 3]]);
    expect(texts(run(utf8(['سطر', 'آخر'].join(eol)), 'eol.txt'))).toEqual(['سطر\nآخر']);
    const jsonl = run(utf8(['{"text":"a"}', '', '{"text":"b"}'].join(eol)), 'eol.jsonl');
    expect(jsonl.documents.map((d) => [d.text, d.meta.line])).toEqual([['a', 1], ['b', 3]]);
  });

  it('rejects NUL bytes as binary, whatever the format', () => {
    for (const file of ['nul.txt', 'nul.jsonl']) {
      const result = run(bytes('{"text":"a"}\n', [0x00], '\n{"text":"b"}'), file);
      expect(result.documents).toEqual([]);
      expect(result.problems).toMatchObject([{ file, line: null, reason: 'binary file, not text (contains NUL bytes)' }]);
    }
  });

  it('skips the one JSONL line with invalid UTF-8 and imports the others', () => {
    const result = run(bytes('{"text":"أ"}\n{"text":"', [0xd8], '"}\n{"text":"ج', [0xed, 0xa0, 0x80], '"}\n{"text":"د"}\n'), 'bad.jsonl');
    expect(texts(result)).toEqual(['أ', 'د']);
    expect(result.problems.map((p) => p.line)).toEqual([2, 3]);
  });

  it.each(TRICKY)('passes %s through unchanged in every format', (tricky) => {
    expect(texts(run(utf8(tricky), 'x.txt', { txtSplit: 'line' }))).toEqual([tricky]);
    expect(texts(run(utf8(JSON.stringify({ text: tricky, title: tricky })), 'x.jsonl'))).toEqual([tricky]);
    const page = run(utf8(`${tricky}\nنشر في هسبريس يوم 1 - 1 - 2020\n${tricky}`), 'x.txt');
    expect(page.format).toBe('news');
    expect(texts(page)).toEqual([`${tricky}\n${tricky}`]);
    expect(page.documents[0]?.meta.title).toBe(tricky);
  });

  it('does not let a "__proto__" field reach any prototype', () => {
    const result = run(utf8('{"text":"a","__proto__":{"polluted":true},"meta":{"__proto__":{"polluted":true}}}'), 'p.jsonl');
    expect(texts(result)).toEqual(['a']);
    expect(Object.getPrototypeOf(result.documents[0]?.meta)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops a field nested too deep, keeps the record, and can still serialise it', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = run(utf8(`{"text":"a","deep":${deep},"ok":[[1]]}\n${deep}\n{"text":"b","meta":{"deep":${deep}}}`), 'deep.jsonl');
    expect(texts(result)).toEqual(['a', 'b']);
    expect(result.documents[0]?.meta.ok).toEqual([[1]]);
    expect(result.documents[0]?.meta).not.toHaveProperty('deep');
    expect(result.problems).toMatchObject([
      { file: 'deep.jsonl', line: 1, reason: 'field "deep" is nested more than 64 levels deep; dropped' },
      { file: 'deep.jsonl', line: 2, reason: 'not a JSON object (array)' },
      { file: 'deep.jsonl', line: 3, reason: 'field "deep" is nested more than 64 levels deep; dropped' },
    ]);
    expect(() => JSON.stringify(result.documents)).not.toThrow();
  });

  it('warns about numbers JSON cannot keep exactly, and keeps the record', () => {
    const result = run(utf8('{"text":"a","big":12345678901234567890,"huge":1e400,"tiny":1e-400,"fine":[1.5,9007199254740991,1e-300]}'), 'n.jsonl');
    expect(texts(result)).toEqual(['a']);
    expect(result.problems.map((p) => p.reason)).toEqual([
      'the number 1e-400 is too small to keep and reads as 0; store it as a string',
      'field "big" holds a number too large to keep exactly; store it as a string',
      'field "huge" holds a number too large to keep exactly; store it as a string',
    ]);
  });

  it('imports a 2 MB single line in every format', () => {
    const long = 'كلمة '.repeat(400_000).trimEnd();
    expect(texts(run(utf8(long), 'long.txt'))).toEqual([long]);
    expect(texts(run(utf8(JSON.stringify({ text: long })), 'long.jsonl'))).toEqual([long]);
    const page = run(utf8(`عنوان\nنشر في هسبريس يوم 1 - 1 - 2020\n${long}`), 'long.txt');
    expect(texts(page)).toEqual([`عنوان\n${long}`]);
    expect(run(utf8(`نشر في ${long}`), 'long.txt').format).toBe('txt');
  });

  it('reports an empty or whitespace-only file', () => {
    for (const content of ['', '\n\r\n  \t', '\uFEFF']) {
      const result = run(utf8(content), 'empty.txt');
      expect(result.documents).toEqual([]);
      expect(result.problems).toMatchObject([{ file: 'empty.txt', line: null, reason: 'empty file' }]);
    }
  });
});
