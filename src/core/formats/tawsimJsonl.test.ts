import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectSchema } from '../schema/projectSchema.ts';
import type { AnnotatedDocument } from './annotatedDocument.ts';
import { PROPERTY_TIMEOUT, arbitraryDocuments } from './arbitraryDocuments.ts';
import { exportTawsimJsonl, parseTawsimJsonl, tawsimJsonlLine } from './tawsimJsonl.ts';
import type { OffsetUnit } from './offsetUnit.ts';

const exportAll = (docs: AnnotatedDocument[], offsetUnit: OffsetUnit) => [...exportTawsimJsonl(docs, { offsetUnit })].join('');

const doc: AnnotatedDocument = {
  id: 'd1',
  text: '😀 اعتقلت الشرطة في الرباط',
  meta: { kind: 'text' },
  annotator: 'sara',
  status: 'done',
  entities: [
    { id: 'e1', start: 20, end: 26, label: 'GPE' },
    { id: 'e2', start: 10, end: 16, label: 'ORG' },
  ],
  events: [{ id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 3, end: 9 }, arguments: [{ role: 'Place', entity: 'e1' }] }],
  stance: [{ id: 's1', target: 'الشرطة', targetEntity: 'e2', label: 'against' }],
};

describe('Tawsim JSONL export', { timeout: PROPERTY_TIMEOUT }, () => {
  it('writes the fixed key order, code points by default, surface text on every span', () => {
    expect(tawsimJsonlLine(doc, { offsetUnit: 'codepoint' })).toBe(
      '{"id":"d1","text":"😀 اعتقلت الشرطة في الرباط","meta":{"kind":"text"},"annotator":"sara","status":"done","offset_unit":"codepoint",' +
        '"entities":[{"id":"e1","start":19,"end":25,"label":"GPE","text":"الرباط"},{"id":"e2","start":9,"end":15,"label":"ORG","text":"الشرطة"}],' +
        '"events":[{"id":"v1","type":"Justice:Arrest-Jail","trigger":{"start":2,"end":8,"text":"اعتقلت"},"arguments":[{"role":"Place","entity":"e1"}]}],' +
        '"stance":[{"target":"الشرطة","target_entity":"e2","label":"against"}]}',
    );
    const utf16 = JSON.parse(tawsimJsonlLine(doc, { offsetUnit: 'utf16' }));
    expect(utf16.offset_unit).toBe('utf16');
    expect(utf16.entities[0]).toEqual({ id: 'e1', start: 20, end: 26, label: 'GPE', text: 'الرباط' });
  });

  it('writes empty layers as [] and ends every line with one newline', () => {
    const bare = { ...doc, entities: [], events: [], stance: [] };
    const out = exportAll([bare, bare], 'codepoint');
    expect(out.split('\n')).toHaveLength(3);
    expect(out.endsWith('}\n')).toBe(true);
    expect(JSON.parse(out.split('\n')[0] as string)).toMatchObject({ entities: [], events: [], stance: [] });
  });

  it('slices exactly as Python does in code point mode, and as JavaScript in UTF-16 mode', () => {
    fc.assert(
      fc.property(arbitraryDocuments(), (docs) => {
        for (const [unit, slice] of [
          ['codepoint', (text: string, s: number, e: number) => [...text].slice(s, e).join('')],
          ['utf16', (text: string, s: number, e: number) => text.slice(s, e)],
        ] as const) {
          for (const line of exportAll(docs, unit).split('\n').filter(Boolean)) {
            const record = JSON.parse(line);
            for (const span of [...record.entities, ...record.events.flatMap((e: { trigger: unknown }) => (e.trigger === null ? [] : [e.trigger]))]) {
              expect(slice(record.text, span.start, span.end)).toBe(span.text);
            }
          }
        }
      }),
    );
  });

  it('round-trips: export → import gives the documents back, export → import → export the same bytes', () => {
    fc.assert(
      fc.property(arbitraryDocuments(), fc.constantFrom<OffsetUnit>('codepoint', 'utf16'), (docs, unit) => {
        const first = exportAll(docs, unit);
        const imported = parseTawsimJsonl(first, 'x.jsonl');
        expect(imported.problems).toEqual([]);
        expect(imported.documents).toEqual(docs);
        expect(exportAll(imported.documents, unit)).toBe(first);
      }),
    );
  });

  it('writes meta.tokens in the line unit and reads them back in UTF-16', () => {
    const tokenDoc = { ...doc, entities: [], events: [], stance: [], text: '😀 مصر', meta: { kind: 'text' as const, tokens: [[0, 2], [3, 6]] } };
    const line = tawsimJsonlLine(tokenDoc, { offsetUnit: 'codepoint' });
    expect(JSON.parse(line).meta.tokens).toEqual([[0, 1], [2, 5]]);
    expect(parseTawsimJsonl(line, 'x.jsonl').documents[0]?.meta.tokens).toEqual([[0, 2], [3, 6]]);
  });
});

describe('Tawsim JSONL import of bad input', () => {
  const good = tawsimJsonlLine(doc, { offsetUnit: 'codepoint' });
  const edit = (change: (record: Record<string, any>) => void) => {
    const record = JSON.parse(good);
    change(record);
    return JSON.stringify(record);
  };

  /** The file is a good line, the bad one, and a good line again (another annotator). */
  function problemsOf(bad: string) {
    const other = good.replace('"annotator":"sara"', '"annotator":"gold"');
    const result = parseTawsimJsonl([good, bad, other].join('\n'), 'in.jsonl');
    expect(result.documents.map((d) => d.annotator)).toEqual(['sara', 'gold']);
    for (const problem of result.problems) {
      expect(problem).toMatchObject({ file: 'in.jsonl', line: 2 });
      expect(problem.reason).toMatch(/; line skipped$/);
    }
    return result.problems.map((p) => p.reason).join('\n');
  }

  it.each([
    ['negative offset', (r: any) => (r.entities[0].start = -1), /entities\[0\]: "start": offset -1 is outside the text \(0\.\.25\)/],
    ['reversed span', (r: any) => Object.assign(r.entities[0], { start: 25, end: 19 }), /entities\[0\]: start 25 is not before end 19/],
    ['empty span', (r: any) => Object.assign(r.entities[0], { end: 19 }), /start 19 is not before end 19/],
    ['fractional offset', (r: any) => (r.entities[0].end = 24.5), /"end": offset 24.5 is not an integer/],
    ['offset past the end', (r: any) => (r.entities[0].end = 26), /outside the text \(0\.\.25\)/],
    ['offset as a string', (r: any) => (r.entities[0].start = '19'), /"start": offset is not a number \(string\)/],
    ['surface text unlike the slice', (r: any) => (r.entities[0].text = 'الرباط!'), /"text" is "الرباط!" but 19\.\.25 \(codepoint\) holds "الرباط"/],
    ['UTF-16 offsets stated as code points', (r: any) => Object.assign(r.entities[0], { start: 20, end: 25 }), /but 20\.\.25 \(codepoint\) holds/],
    ['duplicate entity id', (r: any) => (r.entities[1].id = 'e1'), /entities\[1\]: id "e1" is used twice/],
    ['argument to a missing entity', (r: any) => (r.events[0].arguments[0].entity = 'e9'), /arguments\[0\]: entity "e9" is not an entity of this line/],
    ['trigger out of range', (r: any) => (r.events[0].trigger.end = 99), /events\[0\]\.trigger: "end": offset 99 is outside/],
    ['stance target entity missing', (r: any) => (r.stance[0].target_entity = 'e7'), /target_entity "e7" is not an entity/],
    ['stance target labelled twice', (r: any) => r.stance.push({ ...r.stance[0], label: 'favor' }), /stance\[1\]: the target "الشرطة" has a stance already \(stance\[0\]\); one stance per target/],
    ['empty stance target', (r: any) => Object.assign(r.stance[0], { target: ' ', target_entity: null }), /stance\[0\]: "target" is empty/],
    ['unknown offset unit', (r: any) => (r.offset_unit = 'bytes'), /"offset_unit" is "bytes", not one of codepoint, utf16/],
    ['missing layer', (r: any) => delete r.events, /missing "events"/],
    ['layer of the wrong type', (r: any) => (r.stance = {}), /"stance" is not an array \(object\)/],
    ['text of the wrong type', (r: any) => (r.text = 5), /"text" is not a string \(number\)/],
    ['unknown status', (r: any) => (r.status = 'finished'), /"status" is "finished", not one of new, in_progress, done/],
    ['bad meta.kind', (r: any) => (r.meta.kind = 'tweet'), /meta\.kind is "tweet"/],
    ['bad meta.tokens', (r: any) => (r.meta.tokens = [[3, 1]]), /meta\.tokens\[0\] is empty or reversed/],
  ])('%s', (_, change, reason) => {
    expect(problemsOf(edit(change))).toMatch(reason);
  });

  it('reports a value nested too deep to write out, and reads the other lines', () => {
    // JSON.parse takes 10,000 levels; quoting them in the message recursed and lost the whole file.
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(problemsOf(good.replace('"status":"done"', `"status":${deep}`))).toMatch(/"status" is \[…\], not one of new, in_progress, done/);
    expect(problemsOf(good.replace('"offset_unit":"codepoint"', `"offset_unit":${deep}`))).toMatch(/"offset_unit" is \[…\], not one of codepoint, utf16/);
  });

  it('reads a line with keys of no Tawsim JSONL line, and says they are left out', () => {
    const extra = good.replace('"annotator":"sara"', '"annotator":"sara","source":"web","entites":[]');
    const { documents, problems } = parseTawsimJsonl(extra, 'in.jsonl');
    expect(documents).toHaveLength(1);
    expect(problems).toMatchObject([{ line: 1, reason: 'left out, as no Tawsim JSONL key: "source", "entites" (meta holds a document\'s other fields)' }]);
  });

  it('reports a truncated line and a line that is not an object', () => {
    expect(problemsOf(good.slice(0, 80))).toMatch(/^invalid JSON/);
    expect(problemsOf('[1,2]')).toBe('not a JSON object (array); line skipped');
  });

  it('skips a line with a key given twice rather than keep one of the values', () => {
    const twice = good.replace('"annotator":"sara"', '"annotator":"sara","annotator":"omar"');
    expect(problemsOf(twice)).toBe('key "annotator" appears twice in one object; line skipped');
  });

  it('skips a line with an offset that would read as 0', () => {
    const tiny = good.replace(/"start":(\d+)/, '"start":$1e-400');
    expect(problemsOf(tiny)).toMatch(/^the number \d+e-400 is too small to keep and would read as 0; line skipped$/);
  });

  it('reports a second line for the same document and annotator', () => {
    const result = parseTawsimJsonl(`${good}\n${good}\n`, 'in.jsonl');
    expect(result.documents).toHaveLength(1);
    expect(result.problems).toMatchObject([{ file: 'in.jsonl', line: 2, reason: 'document "d1" by annotator "sara" is already on line 1; line skipped' }]);
  });

  it('lists every problem of a line, up to a limit', () => {
    const bad = edit((r) => (r.entities = Array.from({ length: 30 }, () => ({ id: 'x', start: -1, end: 0, label: 'GPE', text: '' }))));
    const result = parseTawsimJsonl(bad, 'in.jsonl');
    expect(result.problems).toHaveLength(21);
    expect(result.problems[20]?.reason).toMatch(/^\d+ more problems; line skipped$/);
  });

  it('checks labels, event types, roles and stance labels against a schema', () => {
    const name = { en: 'x', ar: 'س' };
    const schema: ProjectSchema = {
      entities: [{ tag: 'GPE', name, color: '#000000', hotkey: null }],
      events: [{ type: 'Justice:Arrest-Jail', name, roles: [{ role: 'Agent', name }], hotkey: null }],
      stanceLabels: [{ tag: 'favor', name, color: '#000000', hotkey: null }],
      stanceTargets: [],
    };
    const reasons = parseTawsimJsonl(good, 'in.jsonl', { schema }).problems.map((p) => p.reason);
    expect(reasons).toEqual([
      'entities[1]: label "ORG" is not in the schema; line skipped',
      'events[0].arguments[0]: role "Place" is not a role of "Justice:Arrest-Jail" in the schema; line skipped',
      'stance[0]: label "against" is not in the schema; line skipped',
    ]);
  });

  it('reads a file with a BOM, CRLF line ends and blank lines', () => {
    const result = parseTawsimJsonl(`\uFEFF${good}\r\n\r\n${good.replace('sara', 'gold')}\r\n`, 'in.jsonl');
    expect(result.problems).toEqual([]);
    expect(result.documents).toEqual([doc, { ...doc, annotator: 'gold' }]);
  });

  it('turns CRLF inside a text into LF and moves the offsets with it', () => {
    const line = JSON.stringify({
      id: 'd', text: 'سطر\r\nالرباط', meta: { kind: 'text' }, annotator: 'a', status: 'new', offset_unit: 'codepoint',
      entities: [{ id: 'e1', start: 5, end: 11, label: 'GPE', text: 'الرباط' }], events: [], stance: [],
    });
    const [imported] = parseTawsimJsonl(line, 'in.jsonl').documents;
    expect(imported?.text).toBe('سطر\nالرباط');
    expect(imported?.entities[0]).toEqual({ id: 'e1', start: 4, end: 10, label: 'GPE' });
  });

  it('skips the lines decodeFile found invalid UTF-8 on', () => {
    expect(parseTawsimJsonl(`${good}\n{"x":"\uFFFD"}`, 'in.jsonl', { badLines: new Set([2]) }).problems).toEqual([]);
  });
});

describe('event attributes', () => {
  it('round-trips ACE attributes and reports bad ones', () => {
    const doc: AnnotatedDocument = {
      id: 'a1', text: 'الأمن يوقف عصابة', meta: { kind: 'headline' }, annotator: 'amal', status: 'done',
      entities: [{ id: 'e1', start: 11, end: 16, label: 'NORP' }],
      events: [{ id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 6, end: 10 }, arguments: [{ role: 'Person', entity: 'e1' }], attributes: { tense: 'PRESENT', polarity: 'POSITIVE' } }],
      stance: [],
    };
    const line = tawsimJsonlLine(doc, { offsetUnit: 'codepoint' });
    expect(JSON.parse(line).events[0].attributes).toEqual({ tense: 'PRESENT', polarity: 'POSITIVE' });
    const back = parseTawsimJsonl(`${line}\n`, 'a.jsonl');
    expect(back.problems).toEqual([]);
    expect(back.documents[0]?.events[0]?.attributes).toEqual({ tense: 'PRESENT', polarity: 'POSITIVE' });
    expect(tawsimJsonlLine(back.documents[0]!, { offsetUnit: 'codepoint' })).toBe(line);
    const bad = parseTawsimJsonl(`${line.replace('"tense":"PRESENT"', '"mood":"PRESENT"')}\n`, 'a.jsonl');
    expect(bad.problems[0]?.reason).toContain('unknown attribute "mood"');
  });
});

describe('Tawsim JSONL problem codes', () => {
  it('gives each problem of a line a code and the values the interface words', () => {
    const record = {
      id: 'd1',
      text: 'abc',
      meta: { kind: 'poem' },
      annotator: 'a',
      status: 'done',
      offset_unit: 'codepoint',
      entities: [
        { id: 'e1', label: 'PERS', start: 0, end: 1, text: 'a' },
        { id: 'e1', label: 'PERS', start: 2, end: 9, text: 'c' },
      ],
      events: [{ id: 'v1', type: 'Conflict:Attack', trigger: 5, arguments: [{ role: 'Attacker', entity: 'e7' }] }],
      stance: [{ target: 't', label: 'favor' }],
    };
    const { problems } = parseTawsimJsonl(`{"id":"d0","text":3}\n${JSON.stringify(record)}\n`, 'in.jsonl');
    expect(problems.slice(0, 2).map(({ code, values, skipped }) => ({ code, values, skipped }))).toEqual([
      { code: 'key-not-string', values: { at: '', key: 'text', found: 'number' }, skipped: 'line' },
      { code: 'missing-key', values: { at: '', key: 'annotator' }, skipped: 'line' },
    ]);
    expect(problems.filter((p) => p.line === 2).map(({ code, values }) => ({ code, values }))).toEqual([
      { code: 'path-not-one-of', values: { path: 'meta.kind', value: '"poem"', choices: 'article, headline, text' } },
    ]);
    const fixed = JSON.stringify({ ...record, meta: { kind: 'text' } });
    expect(parseTawsimJsonl(fixed, 'in.jsonl').problems.map(({ code, values }) => ({ code, values }))).toEqual([
      { code: 'offset-outside-text', values: { path: 'entities[1]: "end"', offset: '9', length: '3' } },
      { code: 'id-used-twice', values: { at: 'entities[1]: ', id: '"e1"' } },
      { code: 'key-not-object-or-null', values: { at: 'events[0]: ', key: 'trigger', found: 'number' } },
      { code: 'not-entity-of-line', values: { path: 'events[0].arguments[0]', key: 'entity', id: '"e7"' } },
      { code: 'missing-key', values: { at: 'stance[0]: ', key: 'target_entity' } },
    ]);
  });
});
