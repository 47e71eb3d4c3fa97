import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../model/annotation.ts';
import type { AnnotatedDocument } from './annotatedDocument.ts';
import { uniqueDocuments } from './uniqueDocuments.ts';

function doc(id: string, text: string, line: number, entities: EntitySpan[] = [], annotator = 'imported'): AnnotatedDocument {
  return { id, text, meta: { kind: 'text', file: 'train.conll', line }, annotator, status: 'new', entities, events: [], stance: [] };
}

describe('uniqueDocuments', () => {
  it('keeps the first of each id and annotator; exact repeats are counted, not reported', () => {
    const gpe: EntitySpan[] = [{ id: 'T1', start: 0, end: 3, label: 'GPE' }];
    const result = uniqueDocuments([doc('a', '.', 1), doc('b', 'مصر', 3, gpe), doc('a', '.', 5), doc('b', 'مصر', 7, gpe), doc('b', 'مصر', 9, gpe, 'sara')]);
    expect(result.documents.map((d) => [d.id, d.meta.line, d.annotator])).toEqual([
      ['a', 1, 'imported'],
      ['b', 3, 'imported'],
      ['b', 9, 'sara'],
    ]);
    expect(result.duplicates).toBe(2);
    expect(result.problems).toEqual([]);
  });

  it('reports a repeat whose annotations or text differ from the kept one, where it was read', () => {
    const result = uniqueDocuments([
      doc('b', 'مصر', 3, [{ id: 'T1', start: 0, end: 3, label: 'GPE' }]),
      doc('b', 'مصر', 7, [{ id: 'T1', start: 0, end: 3, label: 'LOC' }]),
      doc('b', 'ليبيا', 9),
    ]);
    expect(result.documents).toHaveLength(1);
    expect(result.duplicates).toBe(0);
    expect(result.problems).toMatchObject([
      { file: 'train.conll', line: 7, reason: 'the same text by annotator "imported" as train.conll:3, with other annotations; the first is kept, this one skipped' },
      { file: 'train.conll', line: 9, reason: 'document "b" by annotator "imported" has another text than the one kept from train.conll:3; skipped' },
    ]);
  });

  it('names the files as given; a line only where it counts in that file', () => {
    const sentence = (line: number, label: string) => doc('b', 'مصر', line, [{ id: 'T1', start: 0, end: 3, label }]);
    const result = uniqueDocuments([sentence(1, 'GPE'), sentence(9, 'LOC'), sentence(1, 'ORG')], ['data/train.conll', 'data/train.conll', 'out/train.jsonl']);
    expect(result.problems.map((p) => [p.file, p.line, p.reason.split(',')[0]])).toEqual([
      ['data/train.conll', 9, 'the same text by annotator "imported" as data/train.conll:1'],
      ['out/train.jsonl', null, 'the same text by annotator "imported" as data/train.conll:1'],
    ]);
  });
});
