import { describe, expect, it } from 'vitest';
import type { AnnotatedDocument } from '../formats/annotatedDocument.ts';
import { agreementInputFromDocuments } from './agreementInputFromDocuments.ts';

const doc = (id: string, text: string, annotator: string, label = 'GPE'): AnnotatedDocument => ({
  id,
  text,
  meta: { kind: 'text' },
  annotator,
  status: 'done',
  entities: [{ id: 'e1', start: 0, end: 3, label }],
  events: [],
  stance: [],
});

describe('agreementInputFromDocuments', () => {
  it('matches versions by text whatever their ids; the first id names the document', () => {
    const { input, problems } = agreementInputFromDocuments([
      { document: doc('a1', 'مصر', 'ali'), file: 'ali.jsonl' },
      { document: doc('other-id', 'مصر', 'sara'), file: 'sara.jsonl' },
      { document: doc('b1', 'تونس', 'sara'), file: 'sara.jsonl' },
    ]);
    expect(problems).toEqual([]);
    expect(input.documents.map((d) => [d.docId, [...d.annotations.keys()]])).toEqual([
      ['a1', ['ali', 'sara']],
      ['b1', ['sara']],
    ]);
  });

  it('keeps the same id with another text apart, and says so', () => {
    const { input, problems } = agreementInputFromDocuments([
      { document: doc('x', 'مصر', 'ali'), file: 'a.jsonl' },
      { document: doc('x', 'ليبيا', 'sara'), file: 'b.jsonl' },
    ]);
    expect(input.documents.map((d) => d.docId)).toEqual(['x', 'x#2']);
    expect(problems).toMatchObject([
      { file: 'b.jsonl', line: null, reason: 'document "x" has another text than an earlier document with that id: compared as "x#2"' },
    ]);
  });

  it('counts the first version of an annotator and reports the second', () => {
    const { input, problems } = agreementInputFromDocuments([
      { document: doc('x', 'مصر', 'ali', 'GPE'), file: 'a.jsonl' },
      { document: doc('y', 'مصر', 'ali', 'LOC'), file: 'b.jsonl' },
    ]);
    expect(input.documents[0]?.annotations.get('ali')?.entities[0]?.label).toBe('GPE');
    expect(problems[0]?.reason).toBe('document "x" by annotator "ali" is also in a.jsonl: the first one counts');
  });
});
