import { describe, expect, it } from 'vitest';
import { decodeBioColumns, encodeBioColumns } from './bioTags.ts';

describe('BIO tag columns', () => {
  it('puts each span in the lowest column free over its tokens, outer spans first', () => {
    const tags = encodeBioColumns(4, [{ start: 1, end: 2, label: 'B' }, { start: 0, end: 3, label: 'A' }, { start: 1, end: 2, label: 'C' }]);
    expect(tags).toEqual([['B-A'], ['I-A', 'B-B', 'B-C'], ['I-A'], ['O']]);
  });

  it('reads columns as conlleval does and reports an I- that starts an entity', () => {
    const orphans: string[] = [];
    const spans = decodeBioColumns([['B-A'], ['I-A', 'I-B'], ['I-C'], ['B-A'], ['I-A']], (t, c, tag) => orphans.push(`${t}:${c}:${tag}`));
    expect(spans).toEqual([
      { start: 0, end: 2, label: 'A', column: 0 },
      { start: 1, end: 2, label: 'B', column: 1 },
      { start: 2, end: 3, label: 'C', column: 0 },
      { start: 3, end: 5, label: 'A', column: 0 },
    ]);
    expect(orphans).toEqual(['2:0:I-C', '1:1:I-B']);
  });
});
