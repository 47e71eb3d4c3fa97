import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnnotatedDocument } from './annotatedDocument.ts';
import { PROPERTY_TIMEOUT, arbitraryDocuments } from './arbitraryDocuments.ts';
import type { ExportLoss } from './exportLoss.ts';
import { exportStanceClassification, parseStanceClassification } from './stanceClassification.ts';

// Six rows of the ANS stance corpus (src/core/importers/fixtures/SOURCES.md): claim s1, sentence s2, stance.
const ans = readFileSync(new URL('../importers/fixtures/ans_stance_sample.csv', import.meta.url), 'utf8');

const exportAll = (docs: AnnotatedDocument[], onLoss?: (loss: ExportLoss) => void) => [...exportStanceClassification(docs, { onLoss })].join('');

describe('stance classification JSONL', { timeout: PROPERTY_TIMEOUT }, () => {
  it('writes one line per stance and reports the layers it leaves out', () => {
    const losses: ExportLoss[] = [];
    const doc: AnnotatedDocument = {
      id: 'd', text: 'الخارجية ترفض', meta: { kind: 'headline' }, annotator: 'a', status: 'done',
      entities: [{ id: 'e1', start: 0, end: 8, label: 'ORG' }], events: [],
      stance: [{ id: 's1', target: 'الخارجية', targetEntity: 'e1', label: 'against' }, { id: 's2', target: 'الحكومة', targetEntity: null, label: 'favor' }],
    };
    expect(exportAll([doc], (loss) => losses.push(loss))).toBe(
      '{"text":"الخارجية ترفض","target":"الخارجية","label":"against"}\n{"text":"الخارجية ترفض","target":"الحكومة","label":"favor"}\n',
    );
    expect(losses.map((l) => l.reason)).toEqual(['entities and events are left out: the format holds stance only']);
  });

  it('writes one line per target of a document, reporting a second stance of the same target text', () => {
    const losses: ExportLoss[] = [];
    const doc: AnnotatedDocument = {
      id: 'd', text: 'الخارجية ترفض', meta: { kind: 'headline' }, annotator: 'a', status: 'done', entities: [{ id: 'e1', start: 0, end: 8, label: 'ORG' }], events: [],
      stance: [{ id: 's1', target: 'الخارجية', targetEntity: 'e1', label: 'against' }, { id: 's2', target: 'الخارجية', targetEntity: null, label: 'favor' }],
    };
    expect(exportAll([doc], (loss) => losses.push(loss))).toBe('{"text":"الخارجية ترفض","target":"الخارجية","label":"against"}\n');
    expect(losses.map((l) => l.reason)).toContain('1 stance is left out: a record names its target by text alone, and another stance of the document has the same target text');
  });

  it('keeps a record\'s other fields in its document\'s meta, as a table\'s other columns', () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
    const text = ['{"text":"أ","target":"ت","label":"agree","source":"ANS","id":7}', `{"text":"ب","target":"ت","label":"agree","x":${deep}}`].join('\n');
    const { documents, problems } = parseStanceClassification(text, 's.jsonl');
    expect(documents.map((d) => d.meta)).toEqual([{ kind: 'text', file: 's.jsonl', line: 1, source: 'ANS', id: 7 }]);
    expect(problems).toMatchObject([{ line: 2, reason: expect.stringMatching(/; line skipped$/) }]);
  });

  it('keeps one stance per target of a text: a repeated record is merged, another label or an empty target refused', () => {
    const text = ['{"text":"أ","target":"ت","label":"agree"}', '{"text":"أ","target":"ت","label":"agree"}', '{"text":"أ","target":"ت","label":"disagree"}', '{"text":"أ","target":" ","label":"agree"}'].join('\n');
    const { documents, problems } = parseStanceClassification(text, 's.jsonl');
    expect(documents.map((d) => d.stance)).toEqual([[{ id: 's1', target: 'ت', targetEntity: null, label: 'agree' }]]);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [3, 'the same text has a stance toward "ت" already, with another label (line 1); one stance per target; line skipped'],
      [4, 'the target is empty; line skipped'],
    ]);
  });

  it('makes one document per distinct text and reports bad lines', () => {
    const text = ['{"text":"أ","target":"ت","label":"agree"}', '{"text":"ب","target":"ت"}', '{"text":"أ","target":"س","label":"disagree"}', '{"text":"ب",'].join('\r\n');
    const { documents, problems } = parseStanceClassification(`\uFEFF${text}`, 's.jsonl', { annotator: 'ans' });
    expect(documents).toEqual([
      {
        id: '', text: 'أ', meta: { kind: 'text', file: 's.jsonl', line: 1 }, annotator: 'ans', status: 'new', entities: [], events: [],
        stance: [{ id: 's1', target: 'ت', targetEntity: null, label: 'agree' }, { id: 's2', target: 'س', targetEntity: null, label: 'disagree' }],
      },
    ]);
    expect(problems.map((p) => [p.line, p.reason.replace(/invalid JSON .*;/, 'invalid JSON;')])).toEqual([
      [2, '"label" is not a string (undefined); line skipped'],
      [4, 'invalid JSON; line skipped'],
    ]);
  });

  it('export → import → export gives the same bytes (texts distinct per export)', () => {
    const distinctTexts = arbitraryDocuments({ events: false, stance: true }).filter((docs) => new Set(docs.map((d) => d.text)).size === docs.length);
    fc.assert(
      fc.property(distinctTexts, (docs) => {
        const first = exportAll(docs);
        const imported = parseStanceClassification(first, 'x.jsonl');
        expect(imported.problems).toEqual([]);
        expect(exportAll(imported.documents)).toBe(first);
      }),
    );
  });

  it('reads a JSONL file whose fields have other names', () => {
    const { documents, problems } = parseStanceClassification('{"s2":"جملة","s1":"ادعاء","stance":"agree"}\n{"s2":"جملة","s1":"ادعاء"}', 'ans.jsonl', {
      fields: { text: 's2', target: 's1', label: 'stance' },
    });
    expect(documents.map((d) => [d.text, d.stance])).toEqual([['جملة', [{ id: 's1', target: 'ادعاء', targetEntity: null, label: 'agree' }]]]);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([[2, '"stance" is not a string (undefined); line skipped']]);
  });
});

describe('stance tables (CSV, TSV)', () => {
  it('reads the ANS corpus: the sentence as the document, the claim as its target', () => {
    const { documents, problems } = parseStanceClassification(ans, 'ans.csv', { fields: { text: 's2', target: 's1', label: 'stance' }, annotator: 'ans' });
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(6);
    expect(documents[0]).toEqual({
      id: '', text: 'هدوء الاشتباكات فى طرابلس', meta: { kind: 'text', file: 'ans.csv', line: 2 }, annotator: 'ans', status: 'new', entities: [], events: [],
      stance: [{ id: 's1', target: 'هجوم صاروخي يستهدف مطار في طرابلس ويجبر ليبيا على تغيير مسار الرحلات الجوية', targetEntity: null, label: 'disagree' }],
    });
    expect(documents.map((d) => d.stance[0]!.label)).toEqual(['disagree', 'disagree', 'disagree', 'disagree', 'disagree', 'agree']);
  });

  it('gathers the rows of one text, keeps the other columns of its first row, and reports bad rows with their lines', () => {
    const table = [
      'id\ttext\ttarget\tlabel',
      '7\t"نص ""أول""\r\nبسطرين"\tالحكومة\tagainst',
      '8\tنص ثان\tالحكومة',
      '9\t"نص ""أول""\nبسطرين"\tالوزارة\tfavor',
      '10\t \tالحكومة\tfavor',
      '11\tنص ثالث\tالحكومة\t',
      '',
    ].join('\n');
    const { documents, problems } = parseStanceClassification(`\uFEFF${table}`, 's.tsv');
    expect(documents).toEqual([
      {
        id: '', text: 'نص "أول"\nبسطرين', meta: { kind: 'text', file: 's.tsv', line: 2, id: '7' }, annotator: 'imported', status: 'new', entities: [], events: [],
        stance: [{ id: 's1', target: 'الحكومة', targetEntity: null, label: 'against' }, { id: 's2', target: 'الوزارة', targetEntity: null, label: 'favor' }],
      },
    ]);
    expect(problems.map((p) => `${p.line}: ${p.reason}`)).toEqual([
      '4: the row has 3 fields and the header 4; row skipped',
      '7: column "text" is empty; row skipped',
      '8: column "label" is empty; row skipped',
    ]);
  });

  it('names the columns a table lacks', () => {
    const { documents, problems } = parseStanceClassification(ans, 'ans.csv');
    expect(documents).toEqual([]);
    expect(problems.map((p) => p.reason)).toEqual(['the header has no column "text" (its columns: s1, s2, stance)']);
  });
});

describe('stance classification problem codes', () => {
  it('gives each problem of a line a code and the values the interface words', () => {
    const lines = ['{"target":"t","label":"favor"}', '{"text":" ","target":"t","label":"favor"}', '{"text":"x","target":"t","label":""}'];
    const { problems } = parseStanceClassification(lines.join('\n'), 's.jsonl');
    expect(problems.map(({ line, code, values }) => ({ line, code, values }))).toEqual([
      { line: 1, code: 'key-not-string', values: { at: '', key: 'text', found: 'undefined' } },
      { line: 2, code: 'key-empty', values: { at: '', key: 'text' } },
      { line: 3, code: 'key-empty', values: { at: '', key: 'label' } },
    ]);
  });
});
