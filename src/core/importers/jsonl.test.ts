import { describe, expect, it } from 'vitest';
import { jsonlFieldNames, parseJsonl } from './jsonl.ts';

describe('parseJsonl', () => {
  it('imports one document per object, other fields as meta', () => {
    const text = '{"text":"نص أول","id":"a1","tags":["x"]}\n\n{"text":"نص ثان","score":0.5}\n';
    expect(parseJsonl(text, 'd.jsonl')).toEqual({
      documents: [
        { text: 'نص أول', meta: { kind: 'text', file: 'd.jsonl', line: 1, id: 'a1', tags: ['x'] } },
        { text: 'نص ثان', meta: { kind: 'text', file: 'd.jsonl', line: 3, score: 0.5 } },
      ],
      problems: [],
    });
  });

  it('reports each bad line as file:line: reason and imports the rest', () => {
    const text = [
      '{"text":"good"}',
      '{"text":',
      '["text"]',
      '"text"',
      '{"body":"no text field"}',
      '{"text":42}',
      '{"text":"  \\n "}',
      '{"text":"also good"}',
    ].join('\n');
    const { documents, problems } = parseJsonl(text, 'd.jsonl');
    expect(documents.map((d) => d.text)).toEqual(['good', 'also good']);
    expect(problems.map((p) => [p.file, p.line])).toEqual([2, 3, 4, 5, 6, 7].map((n) => ['d.jsonl', n]));
    expect(problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/^invalid JSON/),
      'not a JSON object (array)',
      'not a JSON object (string)',
      'missing "text" field',
      '"text" field is not a string (number)',
      '"text" field is empty',
    ]);
  });

  it('reads the text from another field when asked', () => {
    const { documents } = parseJsonl('{"body":"نص","text":"عنوان"}', 'd.jsonl', { textField: 'body' });
    expect(documents).toEqual([{ text: 'نص', meta: { kind: 'text', file: 'd.jsonl', line: 1, text: 'عنوان' } }]);
  });

  it('skips the lines with invalid UTF-8 without reporting them again', () => {
    const { documents, problems } = parseJsonl('{"text":"a"}\n{"text":"b\uFFFD"}\n{"text":"c"}', 'd.jsonl', { badLines: new Set([2]) });
    expect(documents.map((d) => d.text)).toEqual(['a', 'c']);
    expect(problems).toEqual([]);
  });

  it('merges a meta object, as in Tawsim\'s own export, keeping valid kind, title, source and date', () => {
    const line = JSON.stringify({
      id: '0123456789abcdef',
      text: 'نص',
      meta: { kind: 'article', title: 'عنوان', source: 'هسبريس', date: '2013-03-11', file: 'page.txt', line: 14, topic: 'x' },
    });
    expect(parseJsonl(line, 'export.jsonl').documents[0]?.meta).toEqual({
      kind: 'article',
      title: 'عنوان',
      source: 'هسبريس',
      date: '2013-03-11',
      file: 'export.jsonl',
      line: 1,
      id: '0123456789abcdef',
      original_file: 'page.txt',
      original_line: 14,
      topic: 'x',
    });
  });

  it('moves reserved fields it cannot keep to original_<key>', () => {
    const line = JSON.stringify({ text: 't', kind: 'opinion', file: 'x.csv', line: 'row 3', date: '11/03/2013', title: 7, meta: 'plain' });
    expect(parseJsonl(line, 'd.jsonl').documents[0]?.meta).toEqual({
      kind: 'text',
      file: 'd.jsonl',
      line: 1,
      original_kind: 'opinion',
      original_file: 'x.csv',
      original_line: 'row 3',
      original_date: '11/03/2013',
      original_title: 7,
      original_meta: 'plain',
    });
  });

  it('turns CRLF and CR inside the text into LF', () => {
    expect(parseJsonl('{"text":"a\\r\\nb\\rc"}', 'd.jsonl').documents[0]?.text).toBe('a\nb\nc');
  });

  it('counts lines across CRLF line endings', () => {
    const { documents } = parseJsonl('{"text":"a"}\r\n\r\n{"text":"b"}\r\n', 'd.jsonl');
    expect(documents.map((d) => d.meta.line)).toEqual([1, 3]);
  });
});

describe('jsonlFieldNames', () => {
  it('lists string fields, most frequent first', () => {
    const text = '{"id":1,"title":"t","body":"b"}\n{"title":"t2","body":"b2","lang":"ar"}\n{"body":"b3","title":""}\nnot json';
    expect(jsonlFieldNames(text)).toEqual(['body', 'title', 'lang']);
  });

  it('looks at the first maxLines records only', () => {
    expect(jsonlFieldNames('{"a":"x"}\n\n{"b":"y"}', 1)).toEqual(['a']);
  });
});

describe('parseJsonl on a .json file holding one array', () => {
  it('imports one document per element, at the line the element starts, and reports bad elements and trailing text', () => {
    const text = '\uFEFF[\n  {"text": "نص أول", "_id": "a1",\n   "spans": [{"verb": ["هاجم"]}]},\n  {"text": 7},\n  "نص",\n  {"text": "نص ثان"}\n]\n, tail\n';
    const { documents, problems } = parseJsonl(text, 'spans.json');
    expect(documents).toEqual([
      { text: 'نص أول', meta: { kind: 'text', file: 'spans.json', line: 2, _id: 'a1', spans: [{ verb: ['هاجم'] }] } },
      { text: 'نص ثان', meta: { kind: 'text', file: 'spans.json', line: 6 } },
    ]);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [4, '"text" field is not a string (number)'],
      [5, 'not a JSON object (string)'],
      [8, expect.stringMatching(/^invalid JSON/)],
    ]);
  });

  it('reads other files that start with "[" line by line, as JSONL', () => {
    const { documents, problems } = parseJsonl('["x"]\n{"text":"نص"}\n', 'd.jsonl');
    expect(documents.map((d) => d.text)).toEqual(['نص']);
    expect(problems).toMatchObject([{ file: 'd.jsonl', line: 1, reason: 'not a JSON object (array)' }]);
  });
});
