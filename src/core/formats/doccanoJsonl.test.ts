import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotatedDocument } from './annotatedDocument.ts';
import { PROPERTY_TIMEOUT, arbitraryDocuments } from './arbitraryDocuments.ts';
import { doccanoJsonlLine, exportDoccanoJsonl, parseDoccanoJsonl } from './doccanoJsonl.ts';
import type { ExportLoss } from './exportLoss.ts';
import type { OffsetUnit } from './offsetUnit.ts';

const doc: AnnotatedDocument = {
  id: 'd1',
  text: '😀 الرباط عاصمة المغرب',
  meta: { kind: 'text' },
  annotator: 'sara',
  status: 'done',
  entities: [{ id: 'e1', start: 3, end: 9, label: 'GPE' }, { id: 'e2', start: 16, end: 22, label: 'GPE' }],
  events: [
    { id: 'v1', type: 'Capital-Of', trigger: null, arguments: [{ role: 'from', entity: 'e1' }, { role: 'to', entity: 'e2' }] },
    { id: 'v2', type: 'Conflict:Attack', trigger: { start: 10, end: 15 }, arguments: [] },
  ],
  stance: [],
};

const exportAll = (docs: AnnotatedDocument[], relations: boolean, offsetUnit: OffsetUnit = 'codepoint') =>
  [...exportDoccanoJsonl(docs, { offsetUnit, relations })].join('');

describe('doccano JSONL', { timeout: PROPERTY_TIMEOUT }, () => {
  it('writes the label shape in code points', () => {
    const losses: ExportLoss[] = [];
    expect(doccanoJsonlLine(doc, { offsetUnit: 'codepoint', relations: false, onLoss: (l) => losses.push(l) })).toBe(
      '{"id":"d1","text":"😀 الرباط عاصمة المغرب","offset_unit":"codepoint","label":[[2,8,"GPE"],[15,21,"GPE"]]}',
    );
    expect(losses.map((l) => l.reason)).toEqual(['2 events are left out: the "label" shape has no relations']);
  });

  it('writes relations for from/to events and reports the others', () => {
    const losses: ExportLoss[] = [];
    expect(doccanoJsonlLine(doc, { offsetUnit: 'codepoint', relations: true, onLoss: (l) => losses.push(l) })).toBe(
      '{"id":"d1","text":"😀 الرباط عاصمة المغرب","offset_unit":"codepoint","entities":[{"id":1,"label":"GPE","start_offset":2,"end_offset":8},' +
        '{"id":2,"label":"GPE","start_offset":15,"end_offset":21}],"relations":[{"id":1,"from_id":1,"to_id":2,"type":"Capital-Of"}]}',
    );
    expect(losses.map((l) => l.reason)).toEqual([
      '1 event is left out: only events without trigger, with a "from" and a "to" entity, are doccano relations',
    ]);
  });

  it('reads both shapes; relations become from/to events; other fields go to meta', () => {
    const text = [
      '{"id":3,"text":"😀 الرباط","label":[[2,8,"GPE"]],"Comments":[]}',
      '{"text":"أ ب","entities":[{"id":10,"label":"X","start_offset":0,"end_offset":1},{"id":11,"label":"Y","start_offset":2,"end_offset":3}],"relations":[{"id":5,"from_id":10,"to_id":11,"type":"R"}]}',
    ].join('\n');
    const { documents, problems } = parseDoccanoJsonl(text, 'd.jsonl', { annotator: 'ali' });
    expect(problems).toEqual([]);
    expect(documents[0]).toEqual({
      id: '3', text: '😀 الرباط', meta: { kind: 'text', file: 'd.jsonl', line: 1, Comments: [] }, annotator: 'ali', status: 'new',
      entities: [{ id: 'e1', start: 3, end: 9, label: 'GPE' }], events: [], stance: [],
    });
    expect(documents[1]?.events).toEqual([{ id: '5', type: 'R', trigger: null, arguments: [{ role: 'from', entity: '10' }, { role: 'to', entity: '11' }] }]);
  });

  it.each([
    ['[[-1,2,"X"]]', /label\[0\]: start: offset -1 is outside the text \(0\.\.6\)/],
    ['[[3,1,"X"]]', /label\[0\]: start 3 is not before end 1/],
    ['[[0,1.5,"X"]]', /label\[0\]: end: offset 1.5 is not an integer/],
    ['[[0,9,"X"]]', /label\[0\]: end: offset 9 is outside the text/],
    ['[["0",1,"X"]]', /label\[0\]: start: offset is not a number \(string\)/],
    ['[[0,1]]', /label\[0\] is not a \[start, end, "label"\] triple/],
    ['{"a":1}', /"label" is not an array \(object\)/],
  ])('reports label %s with file and line and imports the rest', (label, reason) => {
    const text = `{"text":"نص"}\n{"text":"نص آخر","label":${label}}\n{"text":"أخير","label":[]}`;
    const { documents, problems } = parseDoccanoJsonl(text, 'd.jsonl');
    expect(documents.map((d) => d.text)).toEqual(['نص', 'أخير']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'd.jsonl', line: 2, reason: expect.stringMatching(reason) });
  });

  it('reads a line in the unit it states, whatever the file is read in, and refuses a line of two shapes', () => {
    const utf16 = doccanoJsonlLine(doc, { offsetUnit: 'utf16', relations: false });
    expect(utf16).toContain('"offset_unit":"utf16","label":[[3,9,"GPE"],[16,22,"GPE"]]');
    const lines = [utf16, '{"text":"نص","offset_unit":"bytes","label":[]}', '{"text":"نص","label":[[0,2,"X"]],"entities":[]}', '{"text":"نص","label":[],"labels":[]}'];
    const { documents, problems } = parseDoccanoJsonl(lines.join('\n'), 'd.jsonl', { offsetUnit: 'codepoint' });
    expect(documents.map((d) => [d.entities.map((e) => d.text.slice(e.start, e.end)), d.meta])).toEqual([[['الرباط', 'المغرب'], { kind: 'text', file: 'd.jsonl', line: 1 }]]);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [2, '"offset_unit" is "bytes", not one of codepoint, utf16; line skipped'],
      [3, 'the line has more than one of "label", "labels" and "entities"/"relations": one shape per line; line skipped'],
      [4, 'the line has more than one of "label", "labels" and "entities"/"relations": one shape per line; line skipped'],
    ]);
  });

  it('says a span that holds only the CR of a CRLF is one, and shows a value nested too deep as […]', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const lines = ['{"text":"سطر\\r\\nثان","label":[[3,4,"X"]]}', `{"text":"نص","label":[${deep}]}`, `{"text":"نص","entities":[],"relations":[{"from_id":${deep},"to_id":1,"type":"R"}]}`, '{"text":"أخير"}'];
    const { documents, problems } = parseDoccanoJsonl(lines.join('\n'), 'd.jsonl');
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [1, 'label[0]: the span holds only the CR of a CRLF; line skipped'],
      [2, 'label[0] is not a [start, end, "label"] triple ([…]); line skipped'],
      [3, 'relations[0].from_id is not an integer or a string ([…]); line skipped'],
      [3, 'relations[0]: entity 1 does not exist; line skipped'],
    ]);
    expect(documents.map((d) => d.text)).toEqual(['أخير']);
  });

  it('reports duplicate ids, dangling relations, truncated lines, BOM and CRLF handled', () => {
    const lines = [
      '{"text":"أ ب","entities":[{"id":1,"label":"X","start_offset":0,"end_offset":1},{"id":1,"label":"Y","start_offset":2,"end_offset":3}]}',
      '{"text":"أ ب","entities":[{"id":1,"label":"X","start_offset":0,"end_offset":1}],"relations":[{"id":1,"from_id":1,"to_id":2,"type":"R"}]}',
      '{"text":"أ ب","label":[[0,1,',
      '{"text":7}',
      '{"text":"سطر\\r\\nثان","label":[[5,8,"X"]]}',
    ];
    const { documents, problems } = parseDoccanoJsonl(`\uFEFF${lines.join('\r\n')}\r\n`, 'd.jsonl');
    expect(problems.map((p) => [p.line, p.reason.replace(/invalid JSON .*;/, 'invalid JSON;')])).toEqual([
      [1, 'entities[1]: id 1 is used twice; line skipped'],
      [2, 'relations[0]: entity 2 does not exist; line skipped'],
      [3, 'invalid JSON; line skipped'],
      [4, '"text" is not a non-empty string; line skipped'],
    ]);
    expect(documents.map((d) => [d.text, d.entities])).toEqual([['سطر\nثان', [{ id: 'e1', start: 4, end: 7, label: 'X' }]]]);
  });

  it('skips a line with a key given twice, naming the key and the line', () => {
    const lines = ['{"text":"أ ب","label":[[0,1,"X"]]}', '{"text":"أ ب","label":[[0,1,"X"]],"label":[[2,3,"Y"]]}'];
    const { documents, problems } = parseDoccanoJsonl(lines.join('\n'), 'd.jsonl');
    expect(problems).toMatchObject([{ file: 'd.jsonl', line: 2, reason: 'key "label" appears twice in one object; line skipped' }]);
    expect(documents).toHaveLength(1);
  });

  it('export → import → export gives the same bytes, in both shapes and units', () => {
    fc.assert(
      fc.property(arbitraryDocuments(), fc.boolean(), fc.constantFrom<OffsetUnit>('codepoint', 'utf16'), (docs, relations, unit) => {
        const first = exportAll(docs, relations, unit);
        const imported = parseDoccanoJsonl(first, 'x.jsonl', { offsetUnit: unit });
        expect(imported.problems).toEqual([]);
        expect(imported.documents.map((d) => d.entities.map((e) => [e.start, e.end, e.label]))).toEqual(
          docs.map((d) => d.entities.map((e) => [e.start, e.end, e.label])),
        );
        expect(exportAll(imported.documents, relations, unit)).toBe(first);
      }),
    );
  });
});

describe('doccano JSONL problem codes', () => {
  it('gives each problem of a line a code and the values the interface words', () => {
    const lines = [
      '{"id":[1],"text":""}',
      '{"text":"abc","label":[[0,1],[2,1,"A"],["0",1,"A"]]}',
      '{"text":"abc","entities":[{"id":1,"label":"A","start_offset":0,"end_offset":1},{"label":"","start_offset":0,"end_offset":1}],"relations":[{"from_id":1,"to_id":7,"type":"R"}]}',
    ];
    const { problems } = parseDoccanoJsonl(lines.join('\n'), 'd.jsonl');
    expect(problems.map(({ line, code, values }) => ({ line, code, values }))).toEqual([
      { line: 1, code: 'key-not-string-or-number', values: { at: '', key: 'id', found: 'array' } },
      { line: 1, code: 'key-not-non-empty-string', values: { at: '', key: 'text' } },
      { line: 2, code: 'path-not-triple', values: { path: 'label[0]', value: '[0,1]' } },
      { line: 2, code: 'start-not-before-end', values: { path: 'label[1]', start: '2', end: '1' } },
      { line: 2, code: 'offset-not-number', values: { path: 'label[2]: start', found: 'string' } },
      { line: 3, code: 'path-missing-id', values: { path: 'entities[1].id' } },
      { line: 3, code: 'key-not-non-empty-string', values: { at: 'entities[1]: ', key: 'label' } },
      { line: 3, code: 'no-such-entity', values: { path: 'relations[0]', id: '7' } },
    ]);
  });
});
