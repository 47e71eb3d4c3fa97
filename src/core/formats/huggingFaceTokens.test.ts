import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotatedDocument } from './annotatedDocument.ts';
import { PROPERTY_TIMEOUT, arbitraryDocuments } from './arbitraryDocuments.ts';
import { exportConllBio, parseConllBio } from './conllBio.ts';
import type { ExportLoss } from './exportLoss.ts';
import { exportHuggingFaceTokens, huggingFaceLabelNames, parseHuggingFaceTokens } from './huggingFaceTokens.ts';

const names = huggingFaceLabelNames(['GPE', 'ORG', 'PER']);
const exportAll = (docs: AnnotatedDocument[], onLoss?: (loss: ExportLoss) => void) =>
  [...exportHuggingFaceTokens(docs, { labelNames: names, onLoss })].join('');

describe('Hugging Face token classification', { timeout: PROPERTY_TIMEOUT }, () => {
  it('lists O, then B- and I- of each label', () => {
    expect(names).toEqual(['O', 'B-GPE', 'I-GPE', 'B-ORG', 'I-ORG', 'B-PER', 'I-PER']);
  });

  it('writes one line per sentence with integer tags, outermost entities only', () => {
    const losses: ExportLoss[] = [];
    const doc: AnnotatedDocument = {
      id: 'd1', text: 'جامعة بيرزيت\nفي رام الله', meta: { kind: 'text' }, annotator: 'a', status: 'done',
      entities: [{ id: 'e1', start: 0, end: 12, label: 'ORG' }, { id: 'e2', start: 6, end: 12, label: 'GPE' }, { id: 'e3', start: 16, end: 24, label: 'GPE' }],
      events: [], stance: [],
    };
    expect(exportAll([doc], (loss) => losses.push(loss))).toBe(
      '{"id":"d1-1","tokens":["جامعة","بيرزيت"],"ner_tags":[3,4]}\n{"id":"d1-2","tokens":["في","رام","الله"],"ner_tags":[0,1,2]}\n',
    );
    expect(losses).toEqual([{ document: 'd1', annotator: 'a', reason: '1 nested entity is left out: the format has one tag per token' }]);
  });

  it('reads integer tags with the label list, string tags without, and keeps other fields', () => {
    const text = '{"id":7,"tokens":["في","رام","الله"],"ner_tags":[0,1,2],"lang":"ar"}\n{"tokens":["مصر"],"ner_tags":["B-GPE"]}\n';
    const { documents, problems } = parseHuggingFaceTokens(text, 'hf.jsonl', { labelNames: names, annotator: 'model' });
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.id, d.text, d.annotator, d.entities])).toEqual([
      ['7', 'في رام الله', 'model', [{ id: 'e1', start: 3, end: 11, label: 'GPE' }]],
      ['', 'مصر', 'model', [{ id: 'e1', start: 0, end: 3, label: 'GPE' }]],
    ]);
    expect(documents[0]?.meta).toEqual({ kind: 'text', file: 'hf.jsonl', line: 1, lang: 'ar', tokens: [[0, 2], [3, 6], [7, 11]] });
  });

  it('reports bad lines with file and line and imports the rest', () => {
    const lines = [
      '{"tokens":["a","b"],"ner_tags":[0]}',
      '{"tokens":["a"],"ner_tags":[9]}',
      '{"tokens":["a"],"ner_tags":[1.5]}',
      '{"tokens":["a b\\nc"],"ner_tags":[0]}',
      '{"tokens":"a","ner_tags":[0]}',
      '{"tokens":["a","b"],"ner_tags":[0,',
      '{"tokens":["a","b"],"ner_tags":[0,2]}',
      '{"tokens":["a"],"ner_tags":["PER"]}',
      '{"tokens":["ok"],"ner_tags":[0]}',
    ];
    const { documents, problems } = parseHuggingFaceTokens(`\uFEFF${lines.join('\r\n')}`, 'hf.jsonl', { labelNames: names });
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.reason}`)).toEqual([
      'hf.jsonl:1: 2 tokens but 1 tags; line skipped',
      'hf.jsonl:2: ner_tags[0] is 9, not an index of the label list (0..6); line skipped',
      'hf.jsonl:3: ner_tags[0] is 1.5, not an index of the label list (0..6); line skipped',
      'hf.jsonl:4: tokens[0] is not a non-empty single-line string ("a b\\nc"); line skipped',
      'hf.jsonl:5: "tokens" is not an array (string); line skipped',
      expect.stringMatching(/^hf\.jsonl:6: invalid JSON .*; line skipped$/),
      'hf.jsonl:7: ner_tags[1]: I-GPE does not continue a GPE entity; read as its start, as conlleval does',
      'hf.jsonl:8: ner_tags[0]: "PER" is not a BIO tag; read as O',
    ]);
    expect(documents.map((d) => d.text)).toEqual(['a b', 'a', 'ok']);
    expect(parseHuggingFaceTokens('{"tokens":["a"],"ner_tags":[1]}', 'hf.jsonl').problems[0]?.reason).toBe(
      'integer tags but no label list (give the labels file); line skipped',
    );
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(parseHuggingFaceTokens(`{"tokens":[${deep}],"ner_tags":["O"]}\n{"tokens":["a"],"ner_tags":["O"]}`, 'hf.jsonl')).toMatchObject({
      documents: [{ text: 'a' }],
      problems: [{ line: 1, reason: 'tokens[0] is not a non-empty single-line string ([…]); line skipped' }],
    });
  });

  it('export → import → export gives the same bytes', () => {
    fc.assert(
      fc.property(arbitraryDocuments({ events: false, stance: false }), (docs) => {
        const first = exportAll(docs);
        const imported = parseHuggingFaceTokens(first, 'x.jsonl', { labelNames: names });
        expect(imported.problems).toEqual([]);
        expect(exportAll(imported.documents)).toBe(first);
      }),
    );
  });

  it('turns Wojood sentences into lines and back into the same CoNLL outermost column', () => {
    const conll = readFileSync(new URL('./fixtures/wojood_sample.conll', import.meta.url), 'utf8');
    const docs = parseConllBio(conll, 'w.conll').documents;
    const labels = huggingFaceLabelNames([...new Set(docs.flatMap((d) => d.entities.map((e) => e.label)))].sort());
    const hf = [...exportHuggingFaceTokens(docs, { labelNames: labels })].join('');
    expect(hf.split('\n')).toHaveLength(docs.length + 1);
    const back = parseHuggingFaceTokens(hf, 'w.jsonl', { labelNames: labels }).documents;
    const outermost = (text: string) => text.replace(/^(\S+ \S+)( \S+)*$/gm, '$1');
    expect([...exportConllBio(back)].join('')).toBe(outermost([...exportConllBio(docs)].join('')));
  });
});

describe('Hugging Face token problem codes', () => {
  it('gives each problem of a line a code and the values the interface words', () => {
    const lines = ['{"tokens":"a b","ner_tags":[]}', '{"tokens":["a"],"ner_tags":[]}', '{"tokens":["a",""],"ner_tags":[0,0]}', '{"tokens":["a"],"ner_tags":[99]}'];
    const { problems } = parseHuggingFaceTokens(lines.join('\n'), 'h.jsonl', { labelNames: names });
    expect(problems.map(({ line, code, values }) => ({ line, code, values }))).toEqual([
      { line: 1, code: 'key-not-array', values: { at: '', key: 'tokens', found: 'string' } },
      { line: 2, code: 'token-tag-count', values: { tokens: '1', tags: '0' } },
      { line: 3, code: 'not-token', values: { path: 'tokens[1]', value: '""' } },
      { line: 4, code: 'not-label-index', values: { path: 'ner_tags[0]', value: '99', last: String(names.length - 1) } },
    ]);
  });
});
