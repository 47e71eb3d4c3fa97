import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from './importFile.ts';
import { defaultImportOptions } from './importOptions.ts';
import type { ImportOptions } from './importOptions.ts';

const seedBytes = new Uint8Array(readFileSync(new URL('../../../public/demo/000_884f1ecf36255e5d.txt', import.meta.url)));
const seedText = new TextDecoder().decode(seedBytes);
const utf8 = (s: string) => new TextEncoder().encode(s);
const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({ ...defaultImportOptions, ...overrides });

describe('importFile', () => {
  it('detects the seed as a news page: 1 article and 58 headlines', () => {
    const result = importFile(seedBytes, 'seed.txt', options(), 'preview');
    expect(result.format).toBe('news');
    expect(result.file).toBe('seed.txt');
    expect(result.documents).toHaveLength(59);
    expect(result.documents[0]?.meta).toMatchObject({ kind: 'article', date: '2013-03-11', file: 'seed.txt', line: 14 });
    expect(result.problems).toEqual([]);
    expect(result.segments.length).toBeGreaterThan(0);
    expect(result.presentationForms).toBe(0);
  });

  it('gives the same documents from bytes, a string, a BOM and CRLF', () => {
    const expected = importFile(seedBytes, 'seed.txt', options()).documents;
    expect(importFile(seedText, 'seed.txt', options()).documents).toEqual(expected);
    expect(importFile(utf8(`\uFEFF${seedText.replaceAll('\n', '\r\n')}`), 'seed.txt', options()).documents).toEqual(expected);
  });

  it('passes the headlines option on', () => {
    expect(importFile(seedBytes, 'seed.txt', options({ headlines: false })).documents).toHaveLength(1);
  });

  it('leaves the preview-only segments and count out of an import', () => {
    const page = utf8('ﺍﻟﺮﺑﺎﻁ …\nنشر في هسبريس يوم 1 - 1 - 2020\nزار ﺍﻟﺮﺑﺎﻁ وفد.');
    const imported = importFile(page, 'p.txt', options());
    const previewed = importFile(page, 'p.txt', options(), 'preview');
    expect(imported.documents).toEqual(previewed.documents);
    expect(imported.problems).toEqual(previewed.problems);
    expect(previewed.segments.length).toBeGreaterThan(0);
    expect([imported.segments, imported.presentationForms]).toEqual([[], 0]);
  });

  it('falls back to plain text without a dateline', () => {
    const result = importFile(utf8('سطر\n\nسطر آخر'), 'notes.txt', options({ txtSplit: 'block' }));
    expect(result.format).toBe('txt');
    expect(result.documents.map((d) => d.text)).toEqual(['سطر', 'سطر آخر']);
    expect(result.segments).toEqual([]);
  });

  it('detects JSONL by extension or by a first line holding a JSON object', () => {
    expect(importFile(utf8('{"text":"a"}'), 'd.ndjson', options()).format).toBe('jsonl');
    expect(importFile(utf8('{"text":"a"}'), 'D.JSON', options()).format).toBe('jsonl');
    expect(importFile(utf8('\n{"text":"a"}\n{"text":"b"}'), 'd.txt', options()).documents.map((d) => d.text)).toEqual(['a', 'b']);
    expect(importFile(utf8('{ not json'), 'd.txt', options()).format).toBe('txt');
  });

  it('detects CSV and TSV by extension, reads a forced csv of another name, and takes the text column from the options', () => {
    expect(importFile(utf8('text,id\nنص,1'), 'd.CSV', options()).format).toBe('csv');
    const tsv = importFile(utf8('body\tid\r\nنص, بفاصلة\t1\r\n'), 'd.tsv', options({ textField: 'body' }));
    expect(tsv.documents).toEqual([{ text: 'نص, بفاصلة', meta: { kind: 'text', file: 'd.tsv', line: 2, id: '1' } }]);
    expect(importFile(utf8('text;id\nنص;1'), 'export.dat', options({ format: 'csv' })).documents.map((d) => d.text)).toEqual(['نص']);
    expect(importFile(utf8('text,id\nنص,1'), 'd.txt', options()).format).toBe('txt');
    const spaced = importFile(utf8('text summary\n"نص طويل" "عنوان"\n'), 'marsum.txt', options({ format: 'csv', csvDelimiter: ' ' }));
    expect(spaced.documents).toEqual([{ text: 'نص طويل', meta: { kind: 'text', file: 'marsum.txt', line: 2, summary: 'عنوان' } }]);
  });

  it('finds a table of quoted records in a .txt when its header names the text column (MArSum), and leaves prose as text', () => {
    const marsum = importFile(utf8('text summary\n"نص طويل" "عنوان"\n"نص\nثان" "عنوان ثان"\n'), 'marsum.txt', options());
    expect(marsum.format).toBe('csv');
    expect(marsum.documents.map((d) => [d.text, d.meta.summary])).toEqual([['نص طويل', 'عنوان'], ['نص\nثان', 'عنوان ثان']]);
    expect(importFile(utf8('article summary\n"نص" "عنوان"\n'), 'm.txt', options({ textField: 'article' })).format).toBe('csv');
    // A header without the text column, and prose whose two-word title comes before a quotation.
    expect(importFile(utf8('article summary\n"نص" "عنوان"\n'), 'm.txt', options()).format).toBe('txt');
    expect(importFile(utf8('الفصل الأول\n"قال الرجل" ومضى.\n'), 'story.txt', options()).format).toBe('txt');
  });

  it('honours a forced format', () => {
    const forced = importFile(seedBytes, 'seed.txt', options({ format: 'txt', txtSplit: 'line' }));
    expect(forced.format).toBe('txt');
    expect(forced.documents).toHaveLength(16);
    const notNews = importFile(utf8('نص عادي'), 'a.txt', options({ format: 'news' }));
    expect(notNews.documents).toEqual([]);
    expect(notNews.problems[0]).toMatchObject({ file: 'a.txt', line: null });
  });

  it('reads the text field named in the options', () => {
    const result = importFile(utf8('{"body":"نص"}'), 'd.jsonl', options({ textField: 'body' }));
    expect(result.documents.map((d) => d.text)).toEqual(['نص']);
  });

  it('counts presentation forms and folds them in text and title only when asked', () => {
    const page = utf8('ﺍﻟﺮﺑﺎﻁ …\nنشر في هسبريس يوم 1 - 1 - 2020\nزار ﺍﻟﺮﺑﺎﻁ وفد.');
    const kept = importFile(page, 'p.txt', options(), 'preview');
    expect(kept.presentationForms).toBe(12);
    expect(kept.documents[0]?.text).toBe('ﺍﻟﺮﺑﺎﻁ …\nزار ﺍﻟﺮﺑﺎﻁ وفد.');
    const folded = importFile(page, 'p.txt', options({ foldPresentationForms: true }), 'preview');
    expect(folded.presentationForms).toBe(12);
    expect(folded.documents[0]?.text).toBe('الرباط …\nزار الرباط وفد.');
    expect(folded.documents[0]?.meta.title).toBe('الرباط …');
  });

  it('reports a file that is not text and imports nothing', () => {
    const binary = importFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'book.docx', options());
    expect(binary).toMatchObject({
      file: 'book.docx',
      format: 'txt',
      documents: [],
      problems: [{ file: 'book.docx', line: null, reason: 'binary file, not text (contains NUL bytes)' }],
      segments: [],
      presentationForms: 0,
    });
    expect(importFile(utf8(''), 'empty.jsonl', options()).format).toBe('jsonl');
  });

  it('keeps invalid UTF-8 lines with U+FFFD in text but skips them in JSONL, saying which', () => {
    const bad = new Uint8Array([...utf8('{"text":"a"}\n{"text":"'), 0xff, ...utf8('"}\n{"text":"c"}')]);
    const jsonl = importFile(bad, 'd.jsonl', options());
    expect(jsonl.documents.map((d) => d.text)).toEqual(['a', 'c']);
    expect(jsonl.problems).toMatchObject([{ file: 'd.jsonl', line: 2, reason: 'invalid UTF-8; line skipped' }]);
    const txt = importFile(bad, 'd.txt', options({ format: 'txt', txtSplit: 'line' }));
    expect(txt.documents[1]?.text).toBe('{"text":"\uFFFD"}');
    expect(txt.problems).toMatchObject([{ file: 'd.txt', line: 2, reason: 'invalid UTF-8; undecodable bytes replaced by U+FFFD' }]);
  });

  it('sorts problems by line', () => {
    const bad = new Uint8Array([...utf8('{"text":1}\n'), 0xff, ...utf8('\n{"x":"y"}')]);
    expect(importFile(bad, 'd.jsonl', options()).problems.map((p) => p.line)).toEqual([1, 2, 3]);
  });
});
