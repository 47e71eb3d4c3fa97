import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotatedDocument } from './annotatedDocument.ts';
import { PROPERTY_TIMEOUT, arbitraryDocuments } from './arbitraryDocuments.ts';
import type { ExportLoss } from './exportLoss.ts';
import { exportLabelStudioJson, labelStudioFieldNames, parseLabelStudioJson } from './labelStudioJson.ts';
import type { OffsetUnit } from './offsetUnit.ts';

const doc: AnnotatedDocument = {
  id: 'd1',
  text: '😀 الرباط عاصمة المغرب',
  meta: { kind: 'text' },
  annotator: 'sara',
  status: 'done',
  entities: [{ id: 'e1', start: 3, end: 9, label: 'GPE' }, { id: 'e2', start: 16, end: 22, label: 'GPE' }],
  events: [{ id: 'v1', type: 'Capital-Of', trigger: null, arguments: [{ role: 'from', entity: 'e1' }, { role: 'to', entity: 'e2' }] }],
  stance: [{ id: 's1', target: 'x', targetEntity: null, label: 'favor' }],
};

/** A Label Studio export of one task, as Label Studio writes it (completed_by is a user number). */
const studioTask = (value: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify([
    {
      id: 41,
      data: { text: '😀 الرباط عاصمة', source: 'web' },
      annotations: [
        { id: 9, completed_by: 1, result: [{ id: 'Ab3_x', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 2, end: 8, text: 'الرباط', labels: ['GPE'], ...value }, ...extra }] },
      ],
    },
  ], null, 2);

describe('Label Studio JSON', { timeout: PROPERTY_TIMEOUT }, () => {
  it('writes one task per document, an annotation per annotator, code points, relations', () => {
    const losses: ExportLoss[] = [];
    const out = exportLabelStudioJson([doc, { ...doc, annotator: 'gold', events: [], stance: [] }], { offsetUnit: 'codepoint', onLoss: (l) => losses.push(l) });
    const [task] = JSON.parse(out);
    expect(task.data).toEqual({ text: doc.text, id: 'd1', offset_unit: 'codepoint', meta: { kind: 'text' } });
    expect(task.annotations.map((a: { annotator: string }) => a.annotator)).toEqual(['sara', 'gold']);
    expect(task.annotations[0].result).toEqual([
      { id: 'e1', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 2, end: 8, text: 'الرباط', labels: ['GPE'] } },
      { id: 'e2', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 15, end: 21, text: 'المغرب', labels: ['GPE'] } },
      { from_id: 'e1', to_id: 'e2', type: 'relation', direction: 'right', labels: ['Capital-Of'] },
    ]);
    expect(losses.map((l) => l.reason)).toEqual(['1 stance annotation is left out']);
    expect(out.split('\n')).toHaveLength(4);
  });

  it("reads Label Studio's own export: completed_by as the annotator, other data fields as meta", () => {
    const { documents, problems } = parseLabelStudioJson(studioTask({}), 'ls.json');
    expect(problems).toEqual([]);
    expect(documents).toEqual([
      {
        id: '41', text: '😀 الرباط عاصمة', meta: { kind: 'text', file: 'ls.json', line: 2, source: 'web' }, annotator: 'user 1', status: 'new',
        entities: [{ id: 'Ab3_x', start: 3, end: 9, label: 'GPE' }], events: [], stance: [],
      },
    ]);
  });

  it('says when offsets fit only as UTF-16, and reads them as such when asked', () => {
    const utf16 = studioTask({ start: 3, end: 9 });
    const { documents, problems } = parseLabelStudioJson(utf16, 'old.json');
    expect(documents).toEqual([]);
    expect(problems).toMatchObject([
      {
        file: 'old.json', line: 2,
        reason: 'annotations[0].result[0]: value.text "الرباط" is not the text at 3..9 (the offsets fit as the other offset unit: read the file with that one); annotation skipped',
      },
    ]);
    expect(parseLabelStudioJson(utf16, 'old.json', { offsetUnit: 'utf16' }).documents[0]?.entities).toEqual([{ id: 'Ab3_x', start: 3, end: 9, label: 'GPE' }]);
  });

  it('leaves out an annotation the annotator skipped, so that it is no vote for "no entities"; the text comes in', () => {
    const [task] = JSON.parse(studioTask({}));
    const skipped = { id: 10, completed_by: 2, was_cancelled: true, result: [] };
    const text = `[\n${JSON.stringify({ ...task, annotations: [...task.annotations, skipped] })},\n${JSON.stringify({ ...task, annotations: [skipped] })}\n]`;
    const { documents, problems } = parseLabelStudioJson(text, 'ls.json');
    expect(documents.map((d) => [d.annotator, d.entities.length])).toEqual([['user 1', 1], ['imported', 0]]);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [2, 'annotations[1]: the annotator skipped the task (was_cancelled); annotation skipped'],
      [3, 'annotations[0]: the annotator skipped the task (was_cancelled); annotation skipped'],
    ]);
  });

  it('reads a task in the unit its data states, whatever the file is read in', () => {
    const [task] = JSON.parse(studioTask({ start: 3, end: 9 }));
    const stating = (unit: string) => JSON.stringify({ ...task, data: { ...task.data, offset_unit: unit } });
    const text = `[\n${stating('utf16')},\n${stating('bytes')}\n]`;
    const { documents, problems } = parseLabelStudioJson(text, 'ls.json', { offsetUnit: 'codepoint' });
    expect(documents.map((d) => [d.entities, d.meta])).toEqual([[[{ id: 'Ab3_x', start: 3, end: 9, label: 'GPE' }], { kind: 'text', file: 'ls.json', line: 2, source: 'web' }]]);
    expect(problems).toMatchObject([{ line: 3, reason: 'data.offset_unit is "bytes", not one of codepoint, utf16; task skipped' }]);
  });

  it.each([
    [{ start: -1 }, /value\.start: offset -1 is outside the text/],
    [{ start: 8, end: 2 }, /start 8 is not before end 2/],
    [{ end: 2.5 }, /value\.end: offset 2\.5 is not an integer/],
    [{ end: 99 }, /value\.end: offset 99 is outside the text \(0\.\.14\)/],
    [{ labels: [] }, /value\.labels is not a non-empty list of labels/],
    [{ start: '2' }, /value\.start: offset is not a number \(string\)/],
  ])('reports %j at the task line and skips the annotation', (value, reason) => {
    const { documents, problems } = parseLabelStudioJson(studioTask(value), 'ls.json');
    expect(documents).toEqual([]);
    expect(problems).toMatchObject([{ file: 'ls.json', line: 2, reason: expect.stringMatching(reason) }]);
  });

  it('says a region that holds only the CR of a CRLF is one, and shows values nested too deep as […]', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const region = (value: string) => `{"data":{"text":"سطر\\r\\nثان"},"annotations":[{"result":[${value}]}]}`;
    const tasks = [
      region('{"id":"a","type":"labels","value":{"start":3,"end":4,"labels":["X"]}}'),
      region(`{"id":"a","type":${deep},"value":{}}`),
      region(`{"id":"a","type":"labels","value":{"start":0,"end":3,"text":${deep},"labels":["X"]}}`),
      region(`{"type":"relation","from_id":${deep},"to_id":"b"}`),
    ];
    const { problems } = parseLabelStudioJson(`[\n${tasks.join(',\n')}\n]`, 'ls.json');
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [2, 'annotations[0].result[0]: the span holds only the CR of a CRLF; annotation skipped'],
      [3, 'annotations[0].result[0]: result type […] is not imported'],
      [4, 'annotations[0].result[0]: value.text […] is not the text at 0..3; annotation skipped'],
      [5, 'annotations[0].result[0]: region […] does not exist; annotation skipped'],
      [5, 'annotations[0].result[0]: region "b" does not exist; annotation skipped'],
    ]);
  });

  it('skips a broken or truncated task and imports the others, naming their lines', () => {
    const good = '{"data":{"text":"نص"},"annotations":[]}';
    const text = `\uFEFF[\n${good},\n{"data":{"text":7}},\n{"data":{"text":"x"},"annotations":[{"result":[{"type":"relation","from_id":"a","to_id":"b"}]}]},\n${good},\n{"data":{"text":"مق`;
    const { documents, problems } = parseLabelStudioJson(text, 'ls.json', { annotator: 'me' });
    expect(documents.map((d) => [d.text, d.annotator])).toEqual([['نص', 'me'], ['نص', 'me']]);
    expect(problems.map((p) => [p.line, p.reason.replace(/invalid JSON .*;/, 'invalid JSON;')])).toEqual([
      [3, 'data.text is not a non-empty string; task skipped'],
      [4, 'annotations[0].result[0]: region "a" does not exist; annotation skipped'],
      [4, 'annotations[0].result[0]: region "b" does not exist; annotation skipped'],
      [6, 'invalid JSON; task skipped'],
    ]);
  });

  it('reads tasks without "data" as Label Studio imports them: their own fields are the data', () => {
    const text = '[\n{"text": "هاجم مسلحون مركزا للشرطة", "_id": "s1", "spans": [{"verb": ["هاجم"]}]},\n{"text": "", "_id": "s2"},\n{"body": "لا نص"},\n{"data": {"text": "نص"}},\n{}\n]';
    const { documents, problems } = parseLabelStudioJson(text, 'spans.json');
    expect(documents.map((d) => [d.text, d.meta, d.entities])).toEqual([
      ['هاجم مسلحون مركزا للشرطة', { kind: 'text', file: 'spans.json', line: 2, _id: 's1', spans: [{ verb: ['هاجم'] }] }, []],
      ['نص', { kind: 'text', file: 'spans.json', line: 5 }, []],
    ]);
    expect(problems).toMatchObject([
      { file: 'spans.json', line: 3, reason: 'text is not a non-empty string; task skipped' },
      { file: 'spans.json', line: 4, reason: 'no "data" and no "text" field (fields: "body"); task skipped' },
      { file: 'spans.json', line: 6, reason: 'no "data" and no "text" field (the task is empty); task skipped' },
    ]);
  });

  it('lists the string fields of the first tasks, for choosing the text field', () => {
    const text = '[{"data": {"text": "نص", "source": "x", "n": 3}}, {"sentence": "جملة", "source": "y"}, {"sentence": "أخرى"}, {"broken": ';
    expect(labelStudioFieldNames(text)).toEqual(['source', 'sentence', 'text']);
  });

  it('skips a task with a key given twice, naming the key and the line', () => {
    const text = '[\n{"data":{"text":"نص"},"annotations":[]},\n{"data":{"text":"نص","text":"آخر"},"annotations":[]}\n]';
    const { documents, problems } = parseLabelStudioJson(text, 'ls.json');
    expect(problems).toMatchObject([{ file: 'ls.json', line: 3, reason: 'key "text" appears twice in one object; task skipped' }]);
    expect(documents).toHaveLength(1);
  });

  it('reads CRLF line ends of the file and of a text, offsets moving with the text', () => {
    const task = { data: { text: 'سطر\r\nالرباط' }, annotations: [{ result: [{ id: 'r', type: 'labels', value: { start: 5, end: 11, text: 'الرباط', labels: ['GPE'] } }] }] };
    const text = `[\r\n${JSON.stringify(task)},\r\n${JSON.stringify(task)}\r\n]\r\n`;
    const { documents, problems } = parseLabelStudioJson(text, 'ls.json');
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.text, d.meta.line, d.entities])).toEqual([
      ['سطر\nالرباط', 2, [{ id: 'r', start: 4, end: 10, label: 'GPE' }]],
      ['سطر\nالرباط', 3, [{ id: 'r', start: 4, end: 10, label: 'GPE' }]],
    ]);
  });

  it('reports result types it does not import, and duplicate region ids', () => {
    const text = JSON.stringify([
      { data: { text: 'أ ب' }, annotations: [{ result: [{ type: 'choices', value: { choices: ['x'] } }] }], predictions: [{ result: [] }] },
      { data: { text: 'أ ب' }, annotations: [{ result: [
        { id: 'a', type: 'labels', value: { start: 0, end: 1, labels: ['X'] } },
        { id: 'a', type: 'labels', value: { start: 2, end: 3, labels: ['X'] } },
      ] }] },
    ]);
    const { documents, problems } = parseLabelStudioJson(text, 'ls.json');
    expect(documents).toHaveLength(1);
    expect(problems.map((p) => p.reason)).toEqual([
      '1 prediction is left out',
      'annotations[0].result[0]: result type "choices" is not imported',
      'annotations[0].result[1]: id "a" is used twice; annotation skipped',
    ]);
  });

  it('writes meta.tokens in the file unit and reads them back', () => {
    const tokens = { ...doc, entities: [], events: [], stance: [], text: '😀 مصر', meta: { kind: 'text' as const, tokens: [[0, 2], [3, 6]] } };
    const out = exportLabelStudioJson([tokens], { offsetUnit: 'codepoint' });
    expect(JSON.parse(out)[0].data.meta.tokens).toEqual([[0, 1], [2, 5]]);
    expect(parseLabelStudioJson(out, 'ls.json').documents[0]?.meta).toEqual(tokens.meta);
  });

  it('export → import → export gives the same bytes, in both units', () => {
    fc.assert(
      fc.property(arbitraryDocuments(), fc.constantFrom<OffsetUnit>('codepoint', 'utf16'), (docs, offsetUnit) => {
        const first = exportLabelStudioJson(docs, { offsetUnit });
        const imported = parseLabelStudioJson(first, 'x.json', { offsetUnit });
        expect(imported.problems).toEqual([]);
        expect(exportLabelStudioJson(imported.documents, { offsetUnit })).toBe(first);
      }),
    );
  });
});

describe('Label Studio JSON problem codes', () => {
  it('gives each problem of a task or annotation a code and the values the interface words', () => {
    const tasks = [
      { data: 5 },
      { data: { text: '' } },
      { data: { text: 'abc', meta: { kind: 'text', tokens: [[0, 9]] } } },
      {
        data: { text: '😀ab' },
        annotations: [
          {
            result: [
              { type: 'labels', id: 'r1', value: { start: 2, end: 3, text: 'a', labels: ['A'] } },
              { type: 'labels', id: 'r2', value: { start: 0, end: 1, labels: [] } },
              { type: 'relation', from_id: 'r2', to_id: 'r9' },
            ],
          },
        ],
      },
    ];
    const { problems } = parseLabelStudioJson(JSON.stringify(tasks), 'l.json');
    expect(problems.map(({ code, values, skipped }) => ({ code, values, skipped }))).toEqual([
      { code: 'key-not-object', values: { at: '', key: 'data', found: 'number' }, skipped: 'task' },
      { code: 'path-not-non-empty-string', values: { path: 'data.text' }, skipped: 'task' },
      { code: 'offset-outside-text', values: { path: 'data.meta.tokens[0]', offset: '9', length: '3' }, skipped: 'task' },
      {
        code: 'span-text-other-unit',
        values: { path: 'annotations[0].result[0]', text: '"a"', start: '2', end: '3' },
        skipped: 'annotation',
      },
      { code: 'path-not-label-list', values: { path: 'annotations[0].result[1]: value.labels' }, skipped: 'annotation' },
      { code: 'no-such-region', values: { path: 'annotations[0].result[2]', id: '"r9"' }, skipped: 'annotation' },
    ]);
  });
});
