import { describe, expect, it } from 'vitest';
import { detectAnnotationFormat } from './annotationFormat.ts';

describe('detectAnnotationFormat', () => {
  it.each([
    ['a.ann', 'T1\tGPE 0 3\tمصر', 'brat'],
    ['a.json', '\uFEFF [\n{"data":{"text":"x"}}]', 'labelstudio'],
    ['a.json', '{\n  "data": {"text": "x"}\n}', 'labelstudio'],
    ['a.jsonl', '{"id":"d","text":"x","meta":{},"annotator":"a","status":"new","offset_unit":"codepoint","entities":[],"events":[],"stance":[]}', 'tawsim'],
    ['a.jsonl', '{"id":0,"tokens":["x"],"ner_tags":[0]}', 'hf'],
    ['a.jsonl', '{"text":"x","label":[[0,1,"X"]]}', 'doccano'],
    ['a.jsonl', '{"text":"x","entities":[],"relations":[]}', 'doccano'],
    ['a.jsonl', '{"id":"d","text":"x","offset_unit":"utf16","label":[[0,1,"X"]]}', 'doccano'],
    ['a.jsonl', '{"id":"d","text":"x","offset_unit":"codepoint","entities":[],"relations":[]}', 'doccano'],
    ['a.jsonl', '{"text":"x","target":"y","label":"agree"}', 'stance'],
    ['a.conll', 'anything', 'conll'],
    ['a.bio.tsv', '\uFEFF\u200Eفرانكفورت\tB-Population-Center\r\n(\tO\r\n', 'conll'],
    ['a.txt', 'مجلس B-ORG\nالأمن I-ORG I-X\n\n-DOCSTART- -X- O\n', 'conll'],
    ['a.txt', `${' '.repeat(10)}-DOCSTART- -X- O\nمجلس ${'O '.repeat(10)}B-ORG\n`, 'conll'],
  ])('%s %j is %s', (file, text, format) => {
    expect(detectAnnotationFormat(file, text)).toBe(format);
  });

  it.each([
    ['a.jsonl', '{"text":"نص","source":"x"}'],
    ['a.txt', 'نص عادي من سطرين\nوسطر آخر'],
    ['a.txt', 'نشر في الاتحاد يوم 11 - 03 - 2013'],
    ['a.txt', `مجلس ${'O '.repeat(10)}الأمن\n`],
  ])('leaves %s %j to the text importers', (file, text) => {
    expect(detectAnnotationFormat(file, text)).toBeNull();
  });

  it('takes a table with the stance fields for stance data, by name or when told it is a table', () => {
    expect(detectAnnotationFormat('a.csv', 'id,text,target,label\n1,نص,هدف,agree\n')).toBe('stance');
    expect(detectAnnotationFormat('a.tsv', 'text\ttarget\tlabel\n')).toBe('stance');
    expect(detectAnnotationFormat('a.csv', 'text,label\nنص,agree\n')).toBeNull();
    const ans = 's1,s2,stance\nادعاء,جملة,agree\n';
    expect(detectAnnotationFormat('ans.csv', ans)).toBeNull();
    expect(detectAnnotationFormat('ans.csv', ans, { stanceFields: { text: 's2', target: 's1', label: 'stance' } })).toBe('stance');
    expect(detectAnnotationFormat('ans.txt', ans, { stanceFields: { text: 's2', target: 's1', label: 'stance' } })).toBeNull();
    expect(detectAnnotationFormat('ans.txt', ans.replaceAll(',', ' '), { stanceFields: { text: 's2', target: 's1', label: 'stance' }, table: true, csvDelimiter: ' ' })).toBe('stance');
    expect(detectAnnotationFormat('a.jsonl', '{"s2":"x","s1":"y","stance":"agree"}', { stanceFields: { text: 's2', target: 's1', label: 'stance' } })).toBe('stance');
    // A BIO file named .tsv is still CoNLL.
    expect(detectAnnotationFormat('a.bio.tsv', 'مجلس\tB-ORG\nالأمن\tI-ORG\n', { table: true })).toBe('conll');
  });

  it('reads only the first lines it needs, however long the text', () => {
    const conll = Array.from({ length: 20 }, (_, i) => `كلمة${i}\tO`).join('\n');
    expect(detectAnnotationFormat('a.txt', `${conll}\n${'نص عادي\n'.repeat(1000)}`)).toBe('conll');
    expect(detectAnnotationFormat('a.txt', `${conll.split('\n').slice(0, 5).join('\n')}\nنص عادي\n`)).toBeNull();
    expect(detectAnnotationFormat('a.txt', '\n\n  \n')).toBeNull();
  });
});
